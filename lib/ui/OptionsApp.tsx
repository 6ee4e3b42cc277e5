import type { ComponentChildren } from 'preact';
import { useId, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_IDS } from '../categories';
import type { Translate } from '../i18n';
import { categoryName } from '../language';
import { LANGUAGES, type LanguageSetting, resetSettings, THEMES, updateSettings } from '../settings';
import { RadioGroup } from './RadioGroup';
import { SettingsBackup } from './SettingsBackup';
import { ShortcutList } from './ShortcutList';
import { SiteList } from './SiteList';
import { Switch } from './Switch';
import { usePageSetup } from './use-page-setup';
import { useSettings } from './use-settings';

const THEME_LABEL = {
  system: 'options_theme_system',
  light: 'options_theme_light',
  dark: 'options_theme_dark',
} as const;

function Section({ title, children, id }: { title: string; children: ComponentChildren; id: string }) {
  const headingId = useId();
  return (
    <section class="tl-options-section" aria-labelledby={headingId} data-section={id}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </section>
  );
}

const optionsTitle = (t: Translate) => t('options_title');

export function OptionsApp() {
  const settings = useSettings();
  const { t, language } = usePageSetup(settings, optionsTitle);
  const languageId = useId();
  if (!settings) return null;
  return (
    <main class="tl-options">
      <h1>{t('options_title')}</h1>
      <Section id="general" title={t('options_general')}>
        <Switch
          checked={settings.enabled}
          onChange={(enabled) => void updateSettings({ enabled })}
          testId="enabled"
        >
          {t('options_enabled')}
        </Switch>
        <Switch
          checked={settings.showEnglish}
          onChange={(showEnglish) => void updateSettings({ showEnglish })}
          testId="show-english"
        >
          {t('options_show_english')}
        </Switch>
        <Switch
          checked={settings.matchTraditional}
          onChange={(matchTraditional) => void updateSettings({ matchTraditional })}
          testId="match-traditional"
        >
          {t('options_match_traditional')}
        </Switch>
        <RadioGroup
          name="theme"
          legend={t('options_theme')}
          options={THEMES.map((theme) => ({ value: theme, label: t(THEME_LABEL[theme]) }))}
          value={settings.theme}
          onChange={(theme) => void updateSettings({ theme })}
        >
          <p class="tl-note tl-fieldset-note">{t('options_theme_note')}</p>
        </RadioGroup>
        <div class="tl-field">
          <label for={languageId}>{t('options_language')}</label>
          <select
            id={languageId}
            class="tl-select"
            value={settings.language}
            onChange={(event) =>
              void updateSettings({ language: (event.target as HTMLSelectElement).value as LanguageSetting })
            }
          >
            {LANGUAGES.map((value) => (
              <option key={value} value={value}>
                {/* Each language is named in itself, so it can be found to switch back. */}
                {value === 'auto' ? t('options_language_auto') : t(`ui_language_${value}`)}
              </option>
            ))}
          </select>
        </div>
      </Section>
      <Section id="categories" title={t('options_categories')}>
        <ul class="tl-options-categories">
          {CATEGORY_IDS.map((id) => (
            <li key={id}>
              <Switch
                checked={settings.categories[id]}
                color={CATEGORIES[id].color}
                onChange={(on) => void updateSettings((s) => ({ categories: { ...s.categories, [id]: on } }))}
                testId={`category-${id}`}
              >
                {categoryName(id, language)}
              </Switch>
            </li>
          ))}
        </ul>
      </Section>
      <Section id="sites" title={t('options_sites')}>
        <SiteList settings={settings} t={t} />
      </Section>
      <Section id="shortcuts" title={t('options_shortcuts')}>
        <ShortcutList t={t} />
      </Section>
      <Section id="backup" title={t('options_backup')}>
        <SettingsBackup t={t} />
      </Section>
      <Section id="reset" title={t('options_reset')}>
        <ResetButton t={t} />
      </Section>
    </main>
  );
}

/** Two steps, inline: a confirm() dialog would block the page and is easy to dismiss by accident. */
function ResetButton({ t }: { t: Translate }) {
  const [state, setState] = useState<'idle' | 'confirm' | 'done'>('idle');
  if (state === 'confirm') {
    return (
      <div class="tl-row">
        <span>{t('options_reset_confirm')}</span>
        <button
          type="button"
          class="tl-button tl-button--danger"
          data-testid="reset-confirm"
          onClick={() => void resetSettings().then(() => setState('done'))}
        >
          {t('options_reset')}
        </button>
        <button type="button" class="tl-button" onClick={() => setState('idle')}>
          {t('ui_close')}
        </button>
      </div>
    );
  }
  return (
    <div class="tl-row">
      <button
        type="button"
        class="tl-button tl-button--danger"
        data-testid="reset"
        onClick={() => setState('confirm')}
      >
        {t('options_reset')}
      </button>
      {state === 'done' && (
        <span class="tl-note" role="status">
          {t('options_reset_done')}
        </span>
      )}
    </div>
  );
}
