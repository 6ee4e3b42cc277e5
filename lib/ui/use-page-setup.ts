import { useEffect, useMemo, useState } from 'preact/hooks';
import { type Translate, translator } from '../i18n';
import { htmlLang, type Language, resolveLanguage } from '../language';
import type { Settings, Theme } from '../settings';
import type { ColorScheme } from './TermCard';

/** The scheme a theme setting gives now: 'system' follows prefers-color-scheme, live. */
function useColorScheme(theme: Theme | undefined): ColorScheme {
  const query = useMemo(() => globalThis.matchMedia?.('(prefers-color-scheme: dark)'), []);
  const [systemDark, setSystemDark] = useState(query?.matches ?? false);
  useEffect(() => {
    if (!query) return;
    const onChange = () => setSystemDark(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, [query]);
  if (theme === 'light' || theme === 'dark') return theme;
  return systemDark ? 'dark' : 'light';
}

export interface PageSetup {
  language: Language;
  t: Translate;
  scheme: ColorScheme;
}

/**
 * Language and colour scheme of an extension page from the settings, applied to <html> (lang,
 * data-theme) so the page's CSS and screen readers follow them; `title` names the document.
 */
export function usePageSetup(settings: Settings | undefined, title?: (t: Translate) => string): PageSetup {
  const language = resolveLanguage(settings?.language ?? 'auto');
  const t = useMemo(() => translator(language), [language]);
  const scheme = useColorScheme(settings?.theme);
  useEffect(() => {
    const root = document.documentElement;
    root.lang = htmlLang(language);
    root.dataset.theme = scheme;
    if (title) document.title = title(t);
  }, [language, scheme, t, title]);
  return { language, t, scheme };
}
