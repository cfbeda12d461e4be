import { describe, expect, it } from 'vitest';
import {
  BadRequestError,
  allowedHosts,
  authenticate,
  checkOrigin,
  decodePathSegment,
  isAllowedHost,
  readCookie,
  tokenCookieName,
  tokenMatches,
} from './request-guard';

const TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

describe('tokenMatches', () => {
  it('accepts only the exact token', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const wrong of ['a', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), '', null, undefined]) {
      expect(tokenMatches(wrong, TOKEN), String(wrong)).toBe(false);
    }
  });
});

describe('authenticate', () => {
  const cookie = tokenCookieName(4242);
  it('header, bearer, own cookie and query, in that order', () => {
    expect(authenticate({ authorization: `Bearer ${TOKEN}` }, TOKEN, cookie)).toBe('header');
    expect(authenticate({ tokenHeader: TOKEN }, TOKEN, cookie)).toBe('header');
    expect(authenticate({ cookie: `x=1; ${cookie}=${TOKEN}` }, TOKEN, cookie)).toBe('cookie');
    expect(authenticate({ cookie: `${cookie}=${TOKEN}`, queryToken: TOKEN }, TOKEN, cookie)).toBe('cookie');
    expect(authenticate({ queryToken: TOKEN }, TOKEN, cookie)).toBe('query');
  });
  it('refuses prefixes, other ports’ cookies and the old shared name', () => {
    expect(authenticate({ authorization: `Bearer ${TOKEN.slice(0, 1)}` }, TOKEN, cookie)).toBeNull();
    expect(authenticate({ cookie: `${tokenCookieName(4243)}=${TOKEN}` }, TOKEN, cookie)).toBeNull();
    expect(authenticate({ cookie: `claw_token=${TOKEN}` }, TOKEN, cookie)).toBeNull();
    expect(authenticate({ queryToken: TOKEN.slice(0, 5) }, TOKEN, cookie)).toBeNull();
    expect(authenticate({}, TOKEN, cookie)).toBeNull();
  });
});

describe('readCookie and decodePathSegment', () => {
  it('reads only the named cookie; a malformed one is a BadRequestError, others are ignored', () => {
    expect(readCookie('a=%E0; b=ok%20x', 'b')).toBe('ok x');
    expect(readCookie('a=1', 'b')).toBeUndefined();
    expect(() => readCookie('b=%E0', 'b')).toThrow(BadRequestError);
  });
  it('decodes a path segment or throws BadRequestError', () => {
    expect(decodePathSegment('ping')).toBe('ping');
    expect(() => decodePathSegment('%E0')).toThrow(BadRequestError);
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
