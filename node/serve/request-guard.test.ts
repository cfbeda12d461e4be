import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  allowedHosts,
  checkOrigin,
  decodePathSegment,
  headerCredential,
  isAllowedHost,
  tokenMatches,
} from './request-guard';
import { createSessionBook } from './sessions';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('tokenMatches', () => {
  it('accepts only the exact token', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const wrong of ['a', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), '', null, undefined]) {
      expect(tokenMatches(wrong, TOKEN), String(wrong)).toBe(false);
    }
  });
});

describe('headerCredential', () => {
  it('reads Authorization: Bearer or X-Claw-Token, nothing else', () => {
    expect(headerCredential({ authorization: `Bearer ${TOKEN}` })).toBe(TOKEN);
    expect(headerCredential({ authorization: `bearer ${TOKEN}` })).toBe(TOKEN);
    expect(headerCredential({ tokenHeader: TOKEN })).toBe(TOKEN);
    expect(headerCredential({ authorization: `Basic ${TOKEN}` })).toBeUndefined();
    expect(headerCredential({})).toBeUndefined();
  });
});

describe('decodePathSegment', () => {
  it('decodes a path segment or throws BadRequestError', () => {
    expect(decodePathSegment('ping')).toBe('ping');
    expect(() => decodePathSegment('%E0')).toThrow(BadRequestError);
  });
});

describe('sessions', () => {
  it('knows only the sessions it opened, each one different', () => {
    const book = createSessionBook();
    const a = book.open();
    const b = book.open();
    expect(a).not.toBe(b);
    expect(a.length).toBeGreaterThanOrEqual(40);
    expect(book.has(a) && book.has(b)).toBe(true);
    for (const wrong of [a.slice(0, -1), `${a}x`, '', undefined]) expect(book.has(wrong), String(wrong)).toBe(false);
  });
  it('keeps at most its limit, dropping the oldest', () => {
    const book = createSessionBook(3);
    const [first, ...rest] = [book.open(), book.open(), book.open(), book.open()];
    expect(book.size).toBe(3);
    expect(book.has(first)).toBe(false);
    for (const s of rest) expect(book.has(s)).toBe(true);
  });
});

describe('Host and Origin', () => {
  const allowed = allowedHosts('127.0.0.1', 4242);
  it('loopback names with the right port only', () => {
    for (const host of ['127.0.0.1:4242', 'localhost:4242', '[::1]:4242', 'LOCALHOST:4242'])
      expect(isAllowedHost(host, allowed), host).toBe(true);
    for (const host of ['127.0.0.1:4243', 'evil.example:4242', '127.0.0.1', undefined, ''])
      expect(isAllowedHost(host, allowed), String(host)).toBe(false);
  });
  it('a wildcard bind adds only the names passed in', () => {
    const wide = allowedHosts('0.0.0.0', 80, ['box.lan']);
    expect(isAllowedHost('box.lan:80', wide)).toBe(true);
    expect(isAllowedHost('0.0.0.0:80', wide)).toBe(false);
  });
  it('origins: absent, same, or foreign (https, other port, garbage)', () => {
    expect(checkOrigin(undefined, allowed)).toBe('absent');
    expect(checkOrigin('http://127.0.0.1:4242', allowed)).toBe('same');
    expect(checkOrigin('https://127.0.0.1:4242', allowed)).toBe('foreign');
    expect(checkOrigin('http://127.0.0.1:4243', allowed)).toBe('foreign');
    expect(checkOrigin('null', allowed)).toBe('foreign');
  });
});
