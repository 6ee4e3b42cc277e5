import type { Citation, DictionaryEntry } from '../../../lib/dictionary-types';

/** A citation with offsets computed from the sentence, so the fixture cannot drift. */
export function cite(
  speech: { id: string; title: string; issuer: string },
  sentence: string,
  matched: string,
  at: { paragraph: number; sentenceIndex: number },
): Citation {
  const start = sentence.indexOf(matched);
  if (start < 0) throw new Error(`${matched} not in ${sentence}`);
  return {
    speech: speech.id,
    title: speech.title,
    issuer: speech.issuer,
    paragraph: at.paragraph,
    sentenceIndex: at.sentenceIndex,
    sentence,
    start,
    end: start + matched.length,
    matched,
  };
}

export const SPEECH_A = { id: 'a', title: '强化政治机关意识 提升引领发展之能', issuer: '市委直属机关工委' };
export const SPEECH_B = { id: 'b', title: '牢记党办职责使命 打造坚强政治机关', issuer: '省委办公厅' };
export const SPEECH_C = { id: 'c', title: '坚持不懈推进政治机关建设', issuer: '未署名评论文章' };
export const SPEECH_D = { id: 'd', title: '改作风强担当 打造一流政治机关', issuer: '兵团党委宣传部' };

export function fourConsciousnesses(overrides: Partial<DictionaryEntry> = {}): DictionaryEntry {
  return {
    id: 'si-ge-yi-shi',
    term: '四个意识',
    variants: ['四個意識'],
    category: 'core',
    pinyin: 'sì gè yìshí',
    en: 'the Four Consciousnesses',
    gloss: {
      zh: '政治意识、大局意识、核心意识、看齐意识的合称。',
      en: 'Political awareness, awareness of the big picture, of the core, and of keeping in line.',
    },
    parts: ['政治意识', '大局意识', '核心意识', '看齐意识'],
    related: [],
    inCorpus: true,
    citations: [
      cite(
        SPEECH_A,
        '要增强“四个意识”，坚定“四个自信”，做到“两个维护”，始终在思想上政治上行动上同党中央保持高度一致。',
        '四个意识',
        { paragraph: 3, sentenceIndex: 0 },
      ),
      cite(SPEECH_B, '牢固树立“四个意识”。', '四个意识', { paragraph: 1, sentenceIndex: 2 }),
      cite(SPEECH_B, '以<四個意識>为标尺检视工作。', '四個意識', { paragraph: 2, sentenceIndex: 0 }),
      cite(SPEECH_B, '把增强“四个意识”落实到机关工作的各个方面。', '四个意识', {
        paragraph: 5,
        sentenceIndex: 1,
      }),
      cite(SPEECH_C, '机关党员干部要增强“四个意识”。', '四个意识', { paragraph: 0, sentenceIndex: 0 }),
      cite(SPEECH_D, '始终把“四个意识”体现在改作风强担当之中。', '四个意识', {
        paragraph: 7,
        sentenceIndex: 3,
      }),
    ],
    ...overrides,
  };
}
