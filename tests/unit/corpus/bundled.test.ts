import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledCorpus, loadSpeechFile } from '../../../lib/corpus/load-bundled';
import { parseCorpusMeta } from '../../../lib/corpus/meta';

const speeches = loadBundledCorpus('assets/corpus');
const paragraphs = speeches.flatMap((s) => s.paragraphs);
const sentences = paragraphs.flatMap((p) => p.sentences);
const everything = paragraphs.map((p) => p.text).join('\n');

describe('the bundled corpus (assets/corpus/speeches-2021.txt)', () => {
  it('has six speeches with the titles of the table of contents and their issuers', () => {
    expect(speeches.map((s) => [s.order, s.title, s.issuer])).toEqual([
      [1, '强化政治机关意识 提升引领发展之能', '市委直属机关工委'],
      [2, '牢记党办职责使命 打造坚强政治机关', '省委办公厅'],
      [3, '牢固树立政治机关意识 持续提升党建工作质量', '财政部'],
      [4, '坚持不懈推进政治机关建设', '未署名评论文章'],
      [5, '汲取百年大党智慧力量 全面彰显政治机关担当', '太原市直机关'],
      [6, '改作风强担当 打造一流政治机关', '兵团党委宣传部'],
    ]);
    expect(new Set(speeches.map((s) => s.id)).size).toBe(6);
    for (const s of speeches) {
      expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.issuerEn).toBeTruthy();
      expect(s.paragraphs.length).toBeGreaterThan(0);
    }
  });

  it('keeps the table of contents and the compilation title out of the speeches', () => {
    expect(everything).not.toContain('目录');
    expect(everything).not.toContain('汇编（6篇）');
    expect(everything).not.toMatch(/\t\d/);
  });

  it('has no site markers, no U+240E and no blank paragraphs', () => {
    expect(everything).not.toContain('##paid');
    expect(everything).not.toContain('\u240e');
    expect(everything).toContain('百年成就巡礼·兵团篇');
    for (const p of paragraphs) expect(p.text.trim()).toBe(p.text);
    for (const p of paragraphs) expect(p.text).not.toBe('');
  });

  it('joins the sentence broken across two lines', () => {
    expect(sentences.map((s) => s.text)).toContain(
      '认真组织实施系列展演展播活动，举办兵团庆祝建党100周年文艺晚会《当祖国需要我们的时候》、主题音乐会《永远的旗帜》，推出庆祝建党百年重点文艺项目xx个、重大文化活动xx个。',
    );
    expect(paragraphs.some((p) => p.text.endsWith('举办'))).toBe(false);
  });

  it('keeps the headings as paragraphs of their own', () => {
    const headings = paragraphs.filter((p) => p.heading).map((p) => p.text);
    expect(headings).toEqual([
      '一是强化政治建设，做“两个确立”的坚定维护者',
      '二是强化历史自信，做“十个坚持”的忠诚践行者',
      '三是强化责任担当，做“伟大号召”的勇毅奋斗者',
      '一、加强组织领导抓作风',
      '二、坚持党建引领抓作风',
      '三、聚焦主责主业抓作风',
    ]);
  });

  it('keeps placeholders and the 锦锈 typo as in the source', () => {
    expect(everything).toContain('开展各类学习xx余次。');
    expect(everything).toContain('“锦锈太原城”');
  });

  it('has exact sentence offsets everywhere', () => {
    expect(sentences.length).toBeGreaterThan(100);
    for (const p of paragraphs) {
      for (const s of p.sentences) expect(p.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    }
  });

  it('keeps every character of the speech bodies (nothing lost between source and paragraphs)', () => {
    const source = readFileSync('assets/corpus/speeches-2021.txt', 'utf8');
    const strip = (s: string) => s.replace(/\s/g, '');
    const body = strip(source.slice(source.indexOf('##paidbegin##')))
      .replace(/##paid(begin|end)##/g, '')
      .replace(/\u240e/g, '·');
    const titlesAndText = speeches
      .map((s) => strip(s.title) + strip(s.paragraphs.map((p) => p.text).join('')))
      .join('');
    expect(titlesAndText).toBe(body);
  });
});

describe('loadBundledCorpus with user files', () => {
  it('parses a .txt without metadata as one speech with its title on the first line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tifa-corpus-'));
    writeFileSync(join(dir, 'a.txt'), readFileSync('assets/corpus/speeches-2021.txt'));
    writeFileSync(join(dir, 'a.meta.yaml'), readFileSync('assets/corpus/speeches-2021.meta.yaml'));
    writeFileSync(join(dir, 'b-extra.txt'), '在支部的讲话\n落实“三会一课”制度。');
    const loaded = loadBundledCorpus(dir);
    expect(loaded).toHaveLength(7);
    expect(loaded[6]).toMatchObject({ id: 'b-extra', title: '在支部的讲话', order: 7 });
  });

  it('decodes a speech saved in GBK', () => {
    const [speech] = loadSpeechFile('tests/fixtures/cli/speech-gbk.txt', { order: 2 });
    expect(speech).toMatchObject({ id: 'speech-gbk', title: '在党课上的讲话', order: 2 });
    expect(speech?.paragraphs.map((p) => p.text)).toEqual([
      '坚持“六个一”工作法，开展“三项行动”。',
      '要把“三项行动”抓实。',
    ]);
  });
});

describe('parseCorpusMeta', () => {
  it('accepts the bundled metadata', () => {
    const meta = parseCorpusMeta(readFileSync('assets/corpus/speeches-2021.meta.yaml', 'utf8'));
    expect(meta.speeches.map((s) => s.order)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('rejects a bad id, a missing issuer and duplicates, naming the file', () => {
    expect(() =>
      parseCorpusMeta('speeches:\n  - {id: Bad Id, order: 1, title: t, issuer: i}\n', 'm.yaml'),
    ).toThrow(/m\.yaml: speeches\.0\.id/);
    expect(() => parseCorpusMeta('speeches:\n  - {id: a, order: 1, title: t}\n', 'm.yaml')).toThrow(/issuer/);
    expect(() =>
      parseCorpusMeta(
        'speeches:\n  - {id: a, order: 1, title: t, issuer: i}\n  - {id: a, order: 2, title: u, issuer: i}\n',
      ),
    ).toThrow(/used twice/);
  });
});
