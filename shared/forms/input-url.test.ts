/** Base URLs as typed: normalised when they are URLs, refused with the fix offered when the scheme is missing or broken. */
import { describe, expect, it } from 'vitest';
import { parseBaseUrl } from './input-url';

describe('parseBaseUrl', () => {
  it('keeps an http(s) URL, lower-cases the host and drops a trailing slash', () => {
    expect(parseBaseUrl(' http://127.0.0.1:1234/v1/ ')).toEqual({ ok: true, value: 'http://127.0.0.1:1234/v1' });
    expect(parseBaseUrl('HTTPS://OpenRouter.ai/api/v1')).toEqual({ ok: true, value: 'https://openrouter.ai/api/v1' });
  });

  it('refuses `http//127.0.0.1:51001` (no colon) and offers the URL with it', () => {
    const result = parseBaseUrl('http//127.0.0.1:51001');
    expect(result).toMatchObject({ ok: false, problem: { code: 'forms.url.schemeColon' } });
    expect(result.ok === false && result.suggestion).toBe('http://127.0.0.1:51001');
    expect(parseBaseUrl('http:/127.0.0.1:1234/v1')).toMatchObject({
      ok: false,
      suggestion: 'http://127.0.0.1:1234/v1',
    });
  });

  it('refuses `localhost:1234/v1` (no scheme) instead of reading "localhost" as a scheme, and asks with http://', () => {
    expect(parseBaseUrl('localhost:1234/v1')).toEqual({
      ok: false,
      problem: { code: 'forms.url.noScheme', params: { url: 'localhost:1234/v1', fixed: 'http://localhost:1234/v1' } },
      suggestion: 'http://localhost:1234/v1',
    });
  });

  it('offers https:// for a hosted address typed without a scheme', () => {
    expect(parseBaseUrl('api.example.com/v1')).toMatchObject({ ok: false, suggestion: 'https://api.example.com/v1' });
  });

  it('refuses other schemes, spaces, queries and the empty string', () => {
    expect(parseBaseUrl('ftp://10.0.0.2/v1')).toMatchObject({ ok: false, problem: { code: 'forms.url.protocol' } });
    expect(parseBaseUrl('http://127.0.0.1 :1234')).toMatchObject({ ok: false, problem: { code: 'forms.url.spaces' } });
    expect(parseBaseUrl('http://h:1/v1?x=1')).toMatchObject({ ok: false, problem: { code: 'forms.url.query' } });
    expect(parseBaseUrl('http://:1234')).toMatchObject({ ok: false });
    expect(parseBaseUrl('  ')).toMatchObject({ ok: false, problem: { code: 'forms.url.empty' } });
  });

  it('keeps a ${VAR} reference as typed: OpenClaw resolves it', () => {
    expect(parseBaseUrl('${LMSTUDIO_URL}/v1')).toEqual({ ok: true, value: '${LMSTUDIO_URL}/v1' });
  });
});
