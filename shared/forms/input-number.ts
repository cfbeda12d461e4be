/**
 * Typed numbers with their units: token counts (`32768`, `32,768`, `128k`, `1M`; k = 1,024
 * as model context sizes are counted, so `128k` is 131,072), durations in seconds (`600`,
 * `90s`, `10m`, `1h30m`) and plain amounts (`0.15`). Anything else is refused with what was
 * typed — never read as empty, so a field that cannot be read never deletes its value. A
 * negative number is read (the field's range, input-limits.ts, says what is wrong with it).
 */
import { msg } from '../i18n/message';
import { accept, refuse, type InputResult } from './input';

const TOKEN_UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 * 1024 };
const SECONDS: Record<string, number> = { s: 1, sec: 1, m: 60, min: 60, h: 3600, hr: 3600 };

/** `32,768` or `32 768` as one number (a thousands separator is a comma, a space, a thin space or an underscore). */
const digits = (text: string) => text.replace(/(?<=\d)[,_\s\u202f](?=\d{3}\b)/g, '');

export function parseTokenCount(typed: string): InputResult<number> {
  const text = digits(typed.trim()).toLowerCase();
  const match = /^(-?\d+(?:\.\d+)?)\s*(k|m)?$/.exec(text);
  if (!match) return refuse(msg('forms.number.tokens', { text: typed.trim() }));
  const value = Math.round(Number(match[1]) * TOKEN_UNITS[match[2] ?? '']!);
  if (!Number.isInteger(Number(match[1])) && !match[2])
    return refuse(msg('forms.number.whole', { text: typed.trim() }));
  return accept(value);
}

export function parseSeconds(typed: string): InputResult<number> {
  const text = typed.trim().toLowerCase();
  if (/^-?\d+(\.\d+)?$/.test(text)) return accept(Number(text)); // a fraction is the range's to refuse
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)\s*(sec|min|hr|s|m|h)/g)];
  const rest = parts.reduce((left, part) => left.replace(part[0], ''), text).trim();
  if (parts.length === 0 || rest !== '') return refuse(msg('forms.number.duration', { text: typed.trim() }));
  const total = parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * SECONDS[unit!]!, 0);
  if (!Number.isInteger(total)) return refuse(msg('forms.number.wholeSeconds', { text: typed.trim() }));
  return accept(total);
}

export function parseAmount(typed: string): InputResult<number> {
  const text = digits(typed.trim());
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(text)) return refuse(msg('forms.number.amount', { text: typed.trim() }));
  return accept(Number(text));
}
