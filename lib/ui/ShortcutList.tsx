import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { MessageKey, Translate } from '../i18n';
import { CopyText } from './CopyText';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** The commands' own descriptions follow the browser's language; these follow the UI's. */
const COMMAND_MESSAGES: Record<string, MessageKey> = {
  // Chrome lists the toolbar button's own command, with no description, whenever there is a popup.
  _execute_action: 'options_shortcut_popup',
  'next-term': 'card_nextTerm',
  'previous-term': 'card_previousTerm',
};

/** Where each browser lets the user change an extension's shortcuts (pages cannot link there). */
const SHORTCUTS_PAGE = import.meta.env.FIREFOX ? 'about:addons' : 'chrome://extensions/shortcuts';

export function ShortcutList({ t }: { t: Translate }) {
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((commands) =>
        setShortcuts(
          commands
            .filter((c) => c.name)
            .map((c) => ({
              name: c.name ?? '',
              description: c.description ?? '',
              shortcut: c.shortcut ?? '',
            })),
        ),
      )
      .catch(() => setShortcuts([]));
  }, []);
  return (
    <div class="tl-shortcuts">
      {shortcuts && shortcuts.length > 0 && (
        <table class="tl-shortcut-table">
          <tbody>
            {shortcuts.map((s) => {
              const key = COMMAND_MESSAGES[s.name];
              return (
                <tr key={s.name} data-command={s.name}>
                  <th scope="row">{key ? t(key) : s.description || s.name}</th>
                  <td>
                    {s.shortcut ? (
                      <kbd>{s.shortcut}</kbd>
                    ) : (
                      <span class="tl-note">{t('options_shortcut_unset')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <p class="tl-note">{t('options_shortcuts_change')}</p>
      <CopyText text={SHORTCUTS_PAGE} t={t} />
    </div>
  );
}
