import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../lib/text/decode';

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte-order mark', () => {
    const bytes = new TextEncoder().encode('四个意识');
    expect(decodeText(bytes)).toEqual({ text: '四个意识', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toEqual({
      text: '四个意识',
      encoding: 'utf-8',
    });
  });

  it('detects a GBK file (committed fixture) and decodes it', () => {
    const bytes = readFileSync('tests/fixtures/cli/gbk.txt');
    expect(decodeText(bytes)).toEqual({ text: '坚持两个确立，增强四个意识。\n', encoding: 'gb18030' });
  });

  it('decodes GB18030 four-byte sequences (CJK Extension B)', () => {
    const bytes = readFileSync('tests/fixtures/cli/gb18030.txt');
    expect(decodeText(bytes).text).toBe('四个意识𠀀，两个维护\n');
  });

  it('decodes GBK made on the fly, including Traditional characters', () => {
    const text = '兩個確立與兩個維護';
    expect(decodeText(iconv.encode(text, 'gbk'))).toEqual({ text, encoding: 'gb18030' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(decodeText(iconv.encode('两个维护', 'utf-16le', { addBOM: true })).text).toBe('两个维护');
    expect(decodeText(iconv.encode('两个维护', 'utf-16be', { addBOM: true })).text).toBe('两个维护');
  });
});
