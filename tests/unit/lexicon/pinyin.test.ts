import { describe, expect, it } from 'vitest';
import { generatePinyin } from '../../../lib/lexicon/pinyin';

describe('generatePinyin', () => {
  it.each([
    // Numeral and measure word apart, the syllables of a word together.
    ['四个意识', 'sì gè yìshí'],
    ['两个确立', 'liǎng gè quèlì'],
    ['三会一课', 'sān huì yī kè'],
    // 第 is hyphenated to its numeral; 一 keeps its dictionary tone (no sandhi).
    ['第一议题', 'dì-yī yìtí'],
    // A numeral of several characters stays one word.
    ['十九届六中全会', 'shíjiǔ jiè liùzhōng-quánhuì'],
    ['党的政治建设', 'dǎng de zhèngzhì jiànshè'],
  ])('%s → %s', (headword, expected) => {
    expect(generatePinyin(headword)).toBe(expected);
  });

  it('reads polyphones in context', () => {
    expect(generatePinyin('民主生活会')).toBe('mínzhǔ shēnghuó huì');
    expect(generatePinyin('银行')).toBe('yínháng');
  });

  it('capitalises names and breaks long words into the words inside them', () => {
    expect(generatePinyin('习近平新时代中国特色社会主义思想')).toBe(
      'Xí Jìnpíng xīn shídài Zhōngguó tèsè shèhuì-zhǔyì sīxiǎng',
    );
    expect(generatePinyin('中国共产党党内监督条例')).toBe('Zhōngguó Gòngchǎndǎng dǎngnèi jiāndū tiáolì');
    expect(generatePinyin('民主集中制')).toBe('mínzhǔ jízhōngzhì');
  });

  it('reads a long idiom syllable by syllable and keeps quotation marks tight', () => {
    expect(generatePinyin('行百里者半九十')).toBe('xíng bǎi lǐ zhě bàn jiǔ shí');
    expect(generatePinyin('“七一”重要讲话')).toBe('"qīyī" zhòngyào-jiǎnghuà');
  });

  it('keeps other characters as written and turns enumeration commas into commas', () => {
    expect(generatePinyin('财青x+')).toBe('cáiqīng x+');
    expect(generatePinyin('脚力、眼力、脑力、笔力')).toBe('jiǎolì, yǎnlì, nǎolì, bǐlì');
  });
});
