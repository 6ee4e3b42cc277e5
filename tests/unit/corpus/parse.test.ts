import { describe, expect, it } from 'vitest';
import {
  type CompilationMeta,
  findTableOfContents,
  parseCompilation,
  parseSpeech,
  speechIdFromFileName,
} from '../../../lib/corpus';

const META: CompilationMeta = {
  speeches: [
    { id: 'second', order: 2, title: '打造 坚强政治机关', issuer: '省委办公厅' },
    {
      id: 'first',
      order: 1,
      title: '强化政治机关意识',
      issuer: '市委直属机关工委',
      issuerEn: 'Work committee',
    },
  ],
};

/** A miniature of the real compilation, with each of its quirks. */
const COMPILATION = [
  '汇编（2篇）',
  '',
  '目录',
  '1.强化政治机关意识\t1',
  '2.打造 坚强政治机关\t4',
  '',
  '##paidbegin##强化政治机关意识',
  '',
  '把坚持“两个确立”作为首要。开展学习xx次。',
  '\u00a0',
  ' \u00a0',
  '',
  '打造 坚强政治机关',
  '',
  '一、加强组织领导抓作风',
  '推出“百年成就巡礼\u240e兵团篇”。认真组织实施活动，举办',
  '兵团庆祝建党100周年文艺晚会《当祖国需要我们的时候》。',
  '再现“锦锈太原城”盛景。',
  '',
  '##paidend##',
  '',
].join('\r\n');

const parse = () => parseCompilation(COMPILATION, META);
const allText = () =>
  parse()
    .flatMap((s) => s.paragraphs.map((p) => p.text))
    .join('\n');

describe('parseCompilation', () => {
  it('reads the table of contents (lines ending in a tab and a page number) as titles, not as a speech', () => {
    const toc = findTableOfContents(COMPILATION.split('\r\n'));
    expect(toc?.titles).toEqual(['强化政治机关意识', '打造 坚强政治机关']);
    const speeches = parse();
    expect(speeches.map((s) => s.title)).toEqual(['强化政治机关意识', '打造 坚强政治机关']);
    expect(allText()).not.toMatch(/目录|\t/);
  });

  it('matches metadata to the table of contents by order and carries it over', () => {
    const [first, second] = parse();
    expect(first).toMatchObject({
      id: 'first',
      order: 1,
      issuer: '市委直属机关工委',
      issuerEn: 'Work committee',
    });
    expect(second).toMatchObject({ id: 'second', order: 2, issuer: '省委办公厅' });
    expect(second.issuerEn).toBeUndefined();
  });

  it('fails when the metadata titles disagree with the table of contents', () => {
    const wrong = { speeches: [META.speeches[1], { ...META.speeches[0], title: '别的标题' }] };
    expect(() => parseCompilation(COMPILATION, wrong)).toThrow(/别的标题/);
    expect(() => parseCompilation(COMPILATION, { speeches: [META.speeches[1]] })).toThrow(/lists 2 speeches/);
  });

  it('removes the ##paidbegin## / ##paidend## site markers', () => {
    expect(allText()).not.toContain('##paid');
    expect(parse()[0].paragraphs[0].text).toBe('把坚持“两个确立”作为首要。开展学习xx次。');
  });

  it('treats lines of only no-break spaces as separators, not paragraphs', () => {
    expect(parse()[0].paragraphs).toHaveLength(1);
    expect(allText()).not.toContain('\u00a0');
  });

  it('turns U+240E into the middle dot', () => {
    expect(allText()).toContain('百年成就巡礼·兵团篇');
    expect(allText()).not.toContain('\u240e');
  });

  it('keeps x/xx placeholders as in the source', () => {
    expect(parse()[0].paragraphs[0].sentences[1].text).toBe('开展学习xx次。');
  });

  it('joins a sentence broken across two lines, but not a heading with the next line', () => {
    const paragraphs = parse()[1].paragraphs;
    expect(paragraphs.map((p) => p.text)).toEqual([
      '一、加强组织领导抓作风',
      '推出“百年成就巡礼·兵团篇”。认真组织实施活动，举办兵团庆祝建党100周年文艺晚会《当祖国需要我们的时候》。',
      '再现“锦锈太原城”盛景。',
    ]);
    expect(paragraphs[0].heading).toBe(true);
    expect(paragraphs[1].heading).toBeUndefined();
    expect(paragraphs[1].sentences[1].text).toBe(
      '认真组织实施活动，举办兵团庆祝建党100周年文艺晚会《当祖国需要我们的时候》。',
    );
  });

  it('does not join a heading with a comma and quotes (一是…，做“…”的…) to the next line', () => {
    const speech = parseSpeech(
      '标题\n一是强化政治建设，做“两个确立”的坚定维护者\n党的十九届六中全会最重要的政治成果。',
      {
        id: 't',
      },
    );
    expect(speech.paragraphs.map((p) => p.text)).toEqual([
      '一是强化政治建设，做“两个确立”的坚定维护者',
      '党的十九届六中全会最重要的政治成果。',
    ]);
  });

  it('joins a line ending in a comma with the next line', () => {
    const speech = parseSpeech('标题\n短句，\n续完。', { id: 't' });
    expect(speech.paragraphs.map((p) => p.text)).toEqual(['短句，续完。']);
  });

  it('keeps the source typo 锦锈太原城', () => {
    expect(allText()).toContain('锦锈太原城');
  });

  it('gives paragraphs and sentences consecutive indexes and exact offsets', () => {
    for (const speech of parse()) {
      speech.paragraphs.forEach((p, i) => {
        expect(p.index).toBe(i);
        for (const s of p.sentences) expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      });
    }
  });

  it('finds speeches by their metadata titles when there is no table of contents', () => {
    const text = '强化政治机关意识\n第一篇。\n打造  坚强政治机关\n第二篇。\n';
    expect(parseCompilation(text, META).map((s) => s.paragraphs[0].text)).toEqual(['第一篇。', '第二篇。']);
    expect(() => parseCompilation('强化政治机关意识\n正文。', META)).toThrow(/not found/);
  });
});

describe('parseSpeech', () => {
  it('takes the first non-blank line as the title and the rest as paragraphs', () => {
    const speech = parseSpeech(
      '\ufeff\r\n  在全市机关党建会上的讲话 \r\n\r\n第一段。第二句！\r\n\u00a0\r\n第二段。\r\n',
      {
        id: 'my-speech',
        issuer: '某市委',
        order: 7,
      },
    );
    expect(speech).toMatchObject({
      id: 'my-speech',
      title: '在全市机关党建会上的讲话',
      issuer: '某市委',
      order: 7,
    });
    expect(speech.paragraphs.map((p) => p.sentences.map((s) => s.text))).toEqual([
      ['第一段。', '第二句！'],
      ['第二段。'],
    ]);
  });

  it('defaults issuer and order and applies the same clean-up', () => {
    const speech = parseSpeech('##paidbegin##题目\n巡礼\u240e兵团篇。##paidend##', { id: 'x' });
    expect(speech).toMatchObject({ title: '题目', issuer: '', order: 1 });
    expect(speech.paragraphs[0].text).toBe('巡礼·兵团篇。');
  });

  it('rejects an empty file', () => {
    expect(() => parseSpeech(' \n\u00a0\n', { id: 'empty' })).toThrow(/empty/);
  });
});

describe('speechIdFromFileName', () => {
  it('slugs ascii names and hashes names without ascii letters, stably', () => {
    expect(speechIdFromFileName('dir/My Speech_2022.txt')).toBe('my-speech-2022');
    const id = speechIdFromFileName('党课讲稿.txt');
    expect(id).toMatch(/^speech-[a-z0-9]+$/);
    expect(speechIdFromFileName('党课讲稿.txt')).toBe(id);
    expect(speechIdFromFileName('另一篇.txt')).not.toBe(id);
  });
});
