import type { Language } from '../language';

/**
 * Every string the term card shows, in one place, so that they can move to @wxt-dev/i18n messages
 * later. They are plain data (not browser.i18n) because the card follows the `language` setting,
 * which can differ from the browser's UI language, and because the reader page renders it too.
 * lib/language.ts resolves that setting, for the card as for the extension pages.
 */
export type CardLang = Language;

export interface CardStrings {
  close: string;
  parts: string;
  /** "Occurs N times on this page." */
  pageCount: (count: number) => string;
  /** "Occurs N times in this speech." (the reader) */
  speechCount: (count: number) => string;
  citations: (count: number) => string;
  noCitations: string;
  more: (hidden: number) => string;
  less: string;
  copy: string;
  copied: string;
  copyFailed: string;
  readInSpeech: string;
  /** "Proposed: 2016-01-29 …" */
  proposed: (when: string) => string;
  /** Accessible name of a copy button: "Copy the quote from 《title》". */
  copyLabel: (title: string) => string;
  readLabel: (title: string) => string;
}

export const CARD_STRINGS: Record<CardLang, CardStrings> = {
  zh_CN: {
    close: '关闭',
    parts: '组成',
    pageCount: (n) => `本页出现 ${n} 次`,
    speechCount: (n) => `本篇出现 ${n} 次`,
    citations: (n) => `讲话引用（${n}）`,
    noCitations: '收录的讲话中没有用到这一提法。',
    more: (n) => `更多引用（还有 ${n} 条）`,
    less: '收起',
    copy: '复制',
    copied: '已复制',
    copyFailed: '复制失败',
    readInSpeech: '在讲话中阅读',
    proposed: (when) => `提出：${when}`,
    copyLabel: (title) => `复制引自《${title}》的句子`,
    readLabel: (title) => `在《${title}》中阅读`,
  },
  zh_TW: {
    close: '關閉',
    parts: '組成',
    pageCount: (n) => `本頁出現 ${n} 次`,
    speechCount: (n) => `本篇出現 ${n} 次`,
    citations: (n) => `講話引用（${n}）`,
    noCitations: '收錄的講話中沒有用到這一提法。',
    more: (n) => `更多引用（還有 ${n} 條）`,
    less: '收起',
    copy: '複製',
    copied: '已複製',
    copyFailed: '複製失敗',
    readInSpeech: '在講話中閱讀',
    proposed: (when) => `提出：${when}`,
    copyLabel: (title) => `複製引自《${title}》的句子`,
    readLabel: (title) => `在《${title}》中閱讀`,
  },
  en: {
    close: 'Close',
    parts: 'Parts',
    pageCount: (n) => (n === 1 ? 'Occurs once on this page' : `Occurs ${n} times on this page`),
    speechCount: (n) => (n === 1 ? 'Occurs once in this speech' : `Occurs ${n} times in this speech`),
    citations: (n) => `Quoted in speeches (${n})`,
    noCitations: 'The bundled speeches do not use this formulation.',
    more: (n) => `More quotes (${n} more)`,
    less: 'Show fewer',
    copy: 'Copy',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    readInSpeech: 'Read in the speech',
    proposed: (when) => `Proposed: ${when}`,
    copyLabel: (title) => `Copy the quote from “${title}”`,
    readLabel: (title) => `Read “${title}” at this sentence`,
  },
};
