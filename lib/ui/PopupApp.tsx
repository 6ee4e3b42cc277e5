import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { reportedFrames } from '../background/badge';
import { CATEGORIES, CATEGORY_IDS } from '../categories';
import type { Translate } from '../i18n';
import { categoryName } from '../language';
import type { ContentRequest } from '../messages';
import { isPageSummary, mergeSummaries } from '../page-summary';
import { isActiveOnHost, updateSettings, withSiteActive } from '../settings';
import { pageAccess, siteHost } from './page-access';
import { type PopupView, popupView, type SummaryAnswer, sortedTerms } from './popup-state';
import type { PopupTarget } from './popup-target';
import { READER_PATH } from './reader-location';
import { Switch } from './Switch';
import { usePageSetup } from './use-page-setup';
import { useSettings } from './use-settings';

/** How often the popup asks the page again while open: pages change, and the scan takes a moment. */
const REFRESH_MS = 1000;

async function askFrame(tabId: number, request: ContentRequest, frameId = 0): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, request, { frameId });
}

function usePageSummary(tabId: number | undefined, enabled: boolean): SummaryAnswer {
  const [answer, setAnswer] = useState<SummaryAnswer>();
  useEffect(() => {
    if (tabId === undefined || !enabled) return;
    let live = true;
    let failures = 0;
    const ask = async () => {
      try {
        // The top frame answers for itself (and that it is there at all); the other frames' terms are
        // those they reported to the background.
        const reply = await askFrame(tabId, { type: 'tifa:get-page-summary' });
        failures = 0;
        const answer = isPageSummary(reply)
          ? mergeSummaries({ ...(await reportedFrames(tabId)), 0: reply })
          : 'error';
        if (live) setAnswer(answer);
      } catch {
        // The content script may still be starting: give it a second try before saying so.
        failures++;
        if (live && failures > 1) setAnswer('error');
      }
    };
    void ask();
    const timer = setInterval(ask, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [tabId, enabled]);
  return answer;
}

const popupTitle = (t: Translate) => t('extName');

export function PopupApp({ target }: { target: PopupTarget }) {
  const settings = useSettings();
  const { t, language } = usePageSetup(settings, popupTitle);
  const access = pageAccess(target.url);
  const host = siteHost(target.url);
  const active =
    settings !== undefined &&
    access !== 'restricted' &&
    (host === undefined || isActiveOnHost(settings, host));
  const answer = usePageSummary(target.tabId, active);
  const reveal = useCallback(
    (id: string, frameId: number | undefined) => {
      if (target.tabId !== undefined)
        void askFrame(target.tabId, { type: 'tifa:reveal-term', id }, frameId).catch(() => undefined);
    },
    [target.tabId],
  );
  if (!settings) return null;
  const view =
    target.tabId === undefined
      ? ({ kind: 'restricted' } as const)
      : popupView({ settings, access, host, answer });
  const summary = view.kind === 'terms' ? view.summary : undefined;
  const showSite = host !== undefined && settings.enabled && access !== 'restricted';
  return (
    <main class="tl-popup" data-view={view.kind}>
      <header class="tl-popup-header">
        <h1 class="tl-popup-title">{t('extName')}</h1>
        <Switch
          checked={settings.enabled}
          label={t('popup_extension_toggle')}
          onChange={(enabled) => void updateSettings({ enabled })}
          testId="toggle-extension"
        >
          <span class="tl-visually-hidden">{t('popup_extension_toggle')}</span>
        </Switch>
      </header>
      {showSite && (
        <Switch
          checked={isActiveOnHost(settings, host)}
          onChange={(on) => void updateSettings((s) => withSiteActive(s, host, on))}
          testId="toggle-site"
        >
          {t('popup_site_toggle', { host })}
        </Switch>
      )}
      <StatusMessage view={view} t={t} />
      {settings.enabled && access !== 'restricted' && (
        <section class="tl-popup-section" aria-labelledby="tl-categories">
          <h2 class="tl-popup-heading" id="tl-categories">
            {t('popup_categories')}
          </h2>
          <ul class="tl-popup-categories">
            {CATEGORY_IDS.map((id) => {
              const name = categoryName(id, language);
              const count = summary?.byCategory[id];
              return (
                <li key={id}>
                  <Switch
                    checked={settings.categories[id]}
                    color={CATEGORIES[id].color}
                    detail={count}
                    label={count === undefined ? name : t('popup_category_count', { name, count })}
                    onChange={(on) =>
                      void updateSettings((s) => ({ categories: { ...s.categories, [id]: on } }))
                    }
                    testId={`toggle-category-${id}`}
                  >
                    {name}
                  </Switch>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {summary && (
        <section class="tl-popup-section" aria-labelledby="tl-terms">
          <h2 class="tl-popup-heading" id="tl-terms">
            {t('popup_terms')}
          </h2>
          <p class="tl-note">{t('popup_total', { count: summary.total, terms: summary.terms.length })}</p>
          <ol class="tl-popup-terms">
            {sortedTerms(summary)
              .filter((term) => settings.categories[term.category])
              .map((term) => (
                <li key={term.id}>
                  <button
                    type="button"
                    class="tl-row-button tl-popup-term"
                    data-entry={term.id}
                    aria-label={t('popup_reveal', { term: term.term })}
                    style={{ '--tl-swatch': CATEGORIES[term.category]?.color }}
                    onClick={() => reveal(term.id, term.frameId)}
                  >
                    <span class="tl-swatch" aria-hidden="true" />
                    <span class="tl-popup-term-text" lang="zh-CN">
                      {term.term}
                    </span>
                    <span class="tl-popup-term-count">{term.count}</span>
                  </button>
                </li>
              ))}
          </ol>
        </section>
      )}
      <footer class="tl-popup-footer">
        <button
          type="button"
          class="tl-link"
          onClick={() => {
            void browser.tabs.create({ url: browser.runtime.getURL(READER_PATH) });
            window.close();
          }}
        >
          {t('popup_open_reader')}
        </button>
        <button
          type="button"
          class="tl-link"
          onClick={() => {
            void browser.runtime.openOptionsPage();
            window.close();
          }}
        >
          {t('popup_open_options')}
        </button>
      </footer>
    </main>
  );
}

function StatusMessage({ view, t }: { view: PopupView; t: Translate }) {
  const text = (() => {
    switch (view.kind) {
      case 'extension-off':
        return t('popup_state_extension_off');
      case 'restricted':
        return t('popup_state_restricted');
      case 'site-off':
        return view.mode === 'blocklist'
          ? t('popup_state_site_off', { host: view.host })
          : t('popup_state_not_allowed', { host: view.host });
      case 'no-response':
        return t('popup_state_no_response');
      case 'loading':
        return t('popup_state_loading');
      case 'no-terms':
        return t('popup_state_no_terms');
      case 'terms':
        return undefined;
    }
  })();
  if (text === undefined) return null;
  return (
    <p class="tl-message tl-popup-status" role="status" data-testid="popup-status">
      {text}
    </p>
  );
}
