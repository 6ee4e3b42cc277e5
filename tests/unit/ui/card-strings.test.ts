import { describe, expect, it } from 'vitest';
import { CARD_STRINGS, resolveCardLang } from '../../../lib/ui/card-strings';

describe('resolveCardLang', () => {
  it('follows the setting when it names a language', () => {
    expect(resolveCardLang('en', 'zh-CN')).toBe('en');
    expect(resolveCardLang('zh_TW', 'en-US')).toBe('zh_TW');
  });

  it('maps the browser language: Traditional regions and scripts, other Chinese, everything else', () => {
    expect(resolveCardLang('auto', 'zh-TW')).toBe('zh_TW');
    expect(resolveCardLang('auto', 'zh-HK')).toBe('zh_TW');
    expect(resolveCardLang('auto', 'zh-Hant-SG')).toBe('zh_TW');
    expect(resolveCardLang('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveCardLang('auto', 'zh')).toBe('zh_CN');
    expect(resolveCardLang('auto', 'de-DE')).toBe('en');
    expect(resolveCardLang('auto', undefined)).toBe('zh_CN');
  });
});

describe('CARD_STRINGS', () => {
  it('has the same keys in every language', () => {
    const keys = Object.keys(CARD_STRINGS.zh_CN).sort();
    expect(Object.keys(CARD_STRINGS.zh_TW).sort()).toEqual(keys);
    expect(Object.keys(CARD_STRINGS.en).sort()).toEqual(keys);
  });

  it('counts in English with the right number', () => {
    expect(CARD_STRINGS.en.pageCount(1)).toBe('Occurs once on this page');
    expect(CARD_STRINGS.en.pageCount(3)).toBe('Occurs 3 times on this page');
    expect(CARD_STRINGS.zh_CN.pageCount(3)).toBe('本页出现 3 次');
  });
});
