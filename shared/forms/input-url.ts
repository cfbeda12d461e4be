/**
 * A typed base URL, read and normalised: `http://` or `https://` with a host, the host
 * lower-cased and a trailing slash dropped. A missing scheme (`localhost:1234/v1`) or a
 * scheme without its colon (`http//127.0.0.1:51001`) is refused with the corrected URL
 * offered, never guessed; a `${VAR}` reference is kept as typed (OpenClaw resolves it).
 */
import { msg } from '../i18n/message';
import { classifyBaseUrl } from '../config/provider-kind';
import { accept, refuse, type InputResult } from './input';

const SCHEME = /^([a-z][a-z0-9+.-]*):\/\//i;
const SCHEME_WITHOUT_COLON = /^(https?)\/\/+/i;
const SCHEME_ONE_SLASH = /^(https?):\/?(?!\/)/i;

/** The scheme to offer for a URL typed without one: http for this machine and the LAN, https for hosted. */
function offeredScheme(rest: string): 'http' | 'https' {
  return classifyBaseUrl(`http://${rest}`) === 'hosted' ? 'https' : 'http';
}

export function parseBaseUrl(typed: string): InputResult<string> {
  const text = typed.trim();
  if (text === '') return refuse(msg('forms.url.empty'));
  if (text.includes('${')) return accept(text);
  if (/\s/.test(text)) return refuse(msg('forms.url.spaces', { url: text }));
  const noColon = SCHEME_WITHOUT_COLON.exec(text);
  if (noColon) {
    const fixed = `${noColon[1]!.toLowerCase()}://${text.slice(noColon[0].length)}`;
    return refuse(msg('forms.url.schemeColon', { url: text, fixed }), fixed);
  }
  const oneSlash = SCHEME.test(text) ? null : SCHEME_ONE_SLASH.exec(text);
  if (oneSlash) {
    const fixed = `${oneSlash[1]!.toLowerCase()}://${text.slice(oneSlash[0].length)}`;
    return refuse(msg('forms.url.schemeColon', { url: text, fixed }), fixed);
  }
  const scheme = SCHEME.exec(text);
  if (!scheme) {
    const fixed = `${offeredScheme(text)}://${text}`;
    return refuse(msg('forms.url.noScheme', { url: text, fixed }), fixed);
  }
  const protocol = scheme[1]!.toLowerCase();
  if (protocol !== 'http' && protocol !== 'https') return refuse(msg('forms.url.protocol', { protocol }));
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse(msg('forms.url.notUrl', { url: text }));
  }
  if (url.hostname === '') return refuse(msg('forms.url.noHost', { url: text }));
  if (/[?#]/.test(text)) return refuse(msg('forms.url.query', { url: text }));
  return accept(url.toString().replace(/\/+$/, ''));
}
