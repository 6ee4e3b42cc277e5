import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../i18n';

/** A piece of text to paste elsewhere (an address pages may not link to), with a copy button. */
export function CopyText({ text, t }: { text: string; t: Translate }) {
  const [copied, setCopied] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setCopied(false), 2000);
    } catch {
      setCopied(false);
    }
  };
  return (
    <span class="tl-copy-text">
      <code class="tl-code">{text}</code>
      <button type="button" class="tl-button" onClick={copy}>
        {copied ? t('ui_copied') : t('ui_copy')}
      </button>
      <span class="tl-visually-hidden" aria-live="polite">
        {copied ? t('ui_copied') : ''}
      </span>
    </span>
  );
}
