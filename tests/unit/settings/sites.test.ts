import { expect, test } from 'vitest';
import { hostMatches, isHostName, normaliseHost, normaliseSites } from '../../../lib/settings-sites';

test('normaliseHost takes host names and whole addresses', () => {
  expect(normaliseHost('www.Xinhuanet.com')).toBe('www.xinhuanet.com');
  expect(normaliseHost(' https://news.cn/politics/?a=1 ')).toBe('news.cn');
  expect(normaliseHost('people.com.cn.')).toBe('people.com.cn');
  expect(normaliseHost('127.0.0.1:8080')).toBe('127.0.0.1');
  expect(normaliseHost('中国政府网.中国')).toMatch(/^xn--[a-z0-9]+\.xn--fiqs8s$/);
  expect(normaliseHost('')).toBeNull();
  expect(normaliseHost('not a host')).toBeNull();
  expect(normaliseHost('chrome://extensions')).toBeNull();
});

test('isHostName accepts only normalised names', () => {
  expect(isHostName('a-b.example.com')).toBe(true);
  expect(isHostName('A.com')).toBe(false);
  expect(isHostName('-a.com')).toBe(false);
  expect(isHostName('a..com')).toBe(false);
  expect(isHostName('')).toBe(false);
});

test('hostMatches covers subdomains, not look-alikes', () => {
  expect(hostMatches(['people.com.cn'], 'cpc.people.com.cn')).toBe(true);
  expect(hostMatches(['people.com.cn'], 'xpeople.com.cn')).toBe(false);
  expect(hostMatches([], 'a.com')).toBe(false);
});

test('normaliseSites drops junk and duplicates', () => {
  expect(normaliseSites(['a.com', 'A.com', 3, 'https://a.com/x', 'b c'])).toEqual(['a.com']);
});
