import { useId, useState } from 'preact/hooks';
import type { Translate } from '../i18n';
import { type Settings, type SiteMode, updateSettings } from '../settings';
import { normaliseHost } from '../settings-sites';
import { RadioGroup } from './RadioGroup';

const LIST_FIELD: Record<SiteMode, 'blockedSites' | 'allowedSites'> = {
  blocklist: 'blockedSites',
  allowlist: 'allowedSites',
};

/** The site mode and the list that belongs to it; the other mode's list is kept, not shown. */
export function SiteList({ settings, t }: { settings: Settings; t: Translate }) {
  const [input, setInput] = useState('');
  const [error, setError] = useState<string>();
  const inputId = useId();
  const errorId = useId();
  const field = LIST_FIELD[settings.siteMode];
  const sites = settings[field];
  const add = (event: Event) => {
    event.preventDefault();
    const host = normaliseHost(input);
    if (!host) {
      setError(t('options_site_invalid', { input: input.trim() }));
      return;
    }
    setError(undefined);
    setInput('');
    if (!sites.includes(host)) void updateSettings((s) => ({ [field]: [...s[field], host] }));
  };
  return (
    <div class="tl-sites">
      <RadioGroup
        name="site-mode"
        legend={t('options_sites')}
        hideLegend
        options={[
          { value: 'blocklist', label: t('options_site_mode_blocklist') },
          { value: 'allowlist', label: t('options_site_mode_allowlist') },
        ]}
        value={settings.siteMode}
        onChange={(siteMode) => void updateSettings({ siteMode })}
      />
      <form class="tl-site-form" onSubmit={add} noValidate>
        <label class="tl-visually-hidden" for={inputId}>
          {t('options_site_input')}
        </label>
        <input
          id={inputId}
          class="tl-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('options_site_placeholder')}
          value={input}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(event) => setInput((event.target as HTMLInputElement).value)}
        />
        <button type="submit" class="tl-button">
          {t('options_site_add')}
        </button>
      </form>
      {error && (
        <p class="tl-field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="tl-note">{t('options_sites_empty')}</p>
      ) : (
        <ul class="tl-site-list" data-testid="site-list">
          {sites.map((site) => (
            <li key={site}>
              <span class="tl-site-host">{site}</span>
              <button
                type="button"
                class="tl-button tl-button--small"
                aria-label={t('options_site_remove', { host: site })}
                onClick={() => void updateSettings((s) => ({ [field]: s[field].filter((x) => x !== site) }))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <p class="tl-note">{t('options_site_note')}</p>
    </div>
  );
}
