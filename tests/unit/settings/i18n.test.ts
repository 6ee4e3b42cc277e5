import { expect, test } from 'vitest';
import { messageKeys, translate } from '../../../lib/i18n';
import { UI_LANGUAGES } from '../../../lib/language';

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();

test('every language has every message, with the same placeholders', () => {
  const reference = messageKeys('zh_CN').sort();
  expect(reference.length).toBeGreaterThan(50);
  for (const language of UI_LANGUAGES) {
    expect(messageKeys(language).sort()).toEqual(reference);
    for (const key of reference) {
      const message = translate(language, key as never);
      expect(message.trim(), `${language} ${key}`).not.toBe('');
      expect(placeholders(message), `${language} ${key}`).toEqual(
        placeholders(translate('zh_CN', key as never)),
      );
    }
  }
});

test('each table names itself, so "follow the browser" can ask which one the browser chose', () => {
  for (const language of UI_LANGUAGES) expect(translate(language, 'locale_id')).toBe(language);
});

test('the override language is used, with substitutions', () => {
  expect(translate('en', 'popup_site_toggle', { host: 'a.com' })).toBe('On for a.com');
  expect(translate('zh_TW', 'popup_site_toggle', { host: 'a.com' })).toBe('在 a.com 上啟用');
  expect(translate('zh_CN', 'popup_site_toggle', { host: 'a.com' })).toBe('在 a.com 上启用');
  expect(translate('en', 'popup_site_toggle')).toBe('On for {host}');
});
