/**
 * A config issue in words, as a message (translated where it is shown): from the kind of check
 * that failed (OpenClaw's JSON Schema through ajv, the fields' own zod schemas, the overlay rules)
 * or, for `openclaw config validate --json`, read from OpenClaw's own English (zod v4's issue
 * texts, as OpenClaw 2026.9.6 prints them). A text of a shape not known here is quoted as OpenClaw's.
 */
import { isMessage, msg, type Message } from '../i18n/message';
import { CUSTOM_PROVIDER_NEEDS_BASE_URL, CUSTOM_PROVIDER_NEEDS_MODELS, type ConfigIssue } from './validate';

const TYPE_NAMES = new Set(['string', 'number', 'integer', 'boolean', 'array', 'object', 'null', 'undefined']);

/** A JSON Schema / zod type name in words ("string" → text, "int" → a whole number). */
export function typeName(name: string): Message {
  const known = name === 'int' ? 'integer' : name;
  return TYPE_NAMES.has(known) ? msg(`schemaIssue.types.${known}`) : msg('schemaIssue.types.other', { name });
}

type LimitOf = 'number' | 'string' | 'array';

/** A bound that was crossed: lower or upper, inclusive or not, on a number, a text's length or a list's. */
export function limitDetail(of: LimitOf, lower: boolean, limit: number, inclusive: boolean): Message {
  if (of === 'number') {
    const code = lower ? (inclusive ? 'atLeast' : 'moreThan') : inclusive ? 'atMost' : 'lessThan';
    return msg(`schemaIssue.${code}`, { limit });
  }
  // Lengths are whole: "more than 0 characters" is "at least 1".
  const bound = inclusive ? limit : lower ? limit + 1 : limit - 1;
  if (of === 'string' && lower && bound === 1) return msg('schemaIssue.notEmpty');
  const code = of === 'string' ? (lower ? 'minLength' : 'maxLength') : lower ? 'minItems' : 'maxItems';
  return msg(`schemaIssue.${code}`, { limit: bound });
}

const limitOf = (origin: string): LimitOf =>
  origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number';

/** Values or keys as a list in words (text as it is, anything else as JSON). */
export const listValues = (values: readonly unknown[]): string =>
  values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');

/** The fields of a zod v4 issue that say what failed (`z.core.$ZodIssue`, read loosely). */
export interface ZodIssueLike {
  code: string;
  message?: string;
  expected?: unknown;
  input?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  values?: unknown;
  keys?: unknown;
  format?: unknown;
  pattern?: unknown;
  divisor?: unknown;
  /** A refinement's own words: `params: { detail: msg(…) }` where the schema is written. */
  params?: { detail?: unknown };
}

/** A zod v4 issue (the panel's fields check what is typed with zod) in words. */
export function zodIssueDetail(issue: ZodIssueLike): Message {
  switch (issue.code) {
    case 'invalid_type':
      // zod 4 leaves the value out of its issues unless asked (reportInput); its text still says "received undefined".
      if ('input' in issue ? issue.input === undefined : / received undefined$/.test(issue.message ?? ''))
        return msg('schemaIssue.required');
      return msg('schemaIssue.type', { type: typeName(String(issue.expected)) });
    case 'too_small':
    case 'too_big':
      return limitDetail(
        limitOf(String(issue.origin)),
        issue.code === 'too_small',
        Number(issue.code === 'too_small' ? issue.minimum : issue.maximum),
        issue.inclusive !== false,
      );
    case 'invalid_value':
      return msg('schemaIssue.oneOfValues', { values: listValues(Array.isArray(issue.values) ? issue.values : []) });
    case 'unrecognized_keys':
      return unknownKeys(Array.isArray(issue.keys) ? issue.keys.map(String) : []);
    case 'invalid_format':
      return issue.format === 'regex' && typeof issue.pattern === 'string'
        ? msg('schemaIssue.pattern', { pattern: issue.pattern })
        : msg('schemaIssue.format', { format: String(issue.format) });
    case 'not_multiple_of':
      return msg('schemaIssue.multipleOf', { limit: Number(issue.divisor) });
    case 'invalid_union':
      return msg('schemaIssue.oneOf');
    case 'custom':
      return isMessage(issue.params?.detail) ? issue.params.detail : msg('schemaIssue.invalid');
    default:
      return msg('schemaIssue.invalid');
  }
}

function unknownKeys(keys: readonly string[]): Message {
  return keys.length === 1
    ? msg('schemaIssue.unrecognizedKey', { key: keys[0]! })
    : msg('schemaIssue.unrecognizedKeys', { keys: listValues(keys) });
}

/** `"a", "b"` or `"a"|"b"` as OpenClaw lists values and keys. */
const quotedList = (text: string): string[] => [...text.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);

/**
 * OpenClaw's own issue text in words, for the shapes OpenClaw 2026.9.6's `config validate --json`
 * prints (zod v4's English plus its provider rule); undefined for any other text.
 */
export function openclawIssueDetail(text: string, allowedValues?: readonly unknown[]): Message | undefined {
  if (Array.isArray(allowedValues) && allowedValues.length)
    return msg('schemaIssue.oneOfValues', { values: listValues(allowedValues) });
  if (text === CUSTOM_PROVIDER_NEEDS_BASE_URL) return msg('schemaIssue.customNeedsBaseUrl');
  if (text === CUSTOM_PROVIDER_NEEDS_MODELS) return msg('schemaIssue.customNeedsModels');
  if (text === 'Required' || text === 'is required') return msg('schemaIssue.required');
  if (text === 'Invalid input') return msg('schemaIssue.invalid');
  let m = /^Invalid input: expected (\w+), received (\w+)$/.exec(text);
  if (m)
    return m[2] === 'undefined'
      ? msg('schemaIssue.required')
      : msg('schemaIssue.typeWas', { type: typeName(m[1]!), received: typeName(m[2]!) });
  m = /^Invalid (?:option|input): expected one of (.+)$/.exec(text) ?? /^Invalid input \(allowed: (.+)\)$/.exec(text);
  if (m) return msg('schemaIssue.oneOfValues', { values: listValues(quotedList(m[1]!)) });
  m = /^Too (small|big): expected (\w+) to (?:be|have) (>=|>|<=|<)(-?\d+(?:\.\d+)?(?:e[+-]?\d+)?)/.exec(text);
  if (m) return limitDetail(limitOf(m[2]!), m[1] === 'small', Number(m[4]), m[3]!.endsWith('='));
  m = /^Unrecognized keys?: (.+)$/.exec(text);
  if (m) return unknownKeys(quotedList(m[1]!));
  return undefined;
}

/** The words to show for an issue: its own detail, else OpenClaw's text read, else that text quoted as OpenClaw's. */
export function issueDetail(issue: ConfigIssue): Message {
  return issue.detail ?? openclawIssueDetail(issue.message) ?? msg('schemaIssue.openclawSays', { text: issue.message });
}
