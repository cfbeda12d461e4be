/**
 * Form fields that edit one config value. They keep what is typed locally, read it as you
 * type (shared/forms: URLs, numbers with units, OpenClaw's ranges, the field's zod schema),
 * and commit on blur or Enter only what they could read: a refused value is never committed
 * (nor read as empty, so it deletes nothing) and holds Save until fixed (field-errors.ts).
 * Errors from the whole draft (by config path) show at the field; `data-path` lets the save
 * bar jump here.
 */
import { useId, useState } from 'react';
import type { z } from 'zod';
import { issueDetail, zodIssueDetail } from '@shared/config/issue-detail';
import type { InputResult } from '@shared/forms/input';
import { parseAmount, parseSeconds, parseTokenCount } from '@shared/forms/input-number';
import { msg, type Message } from '@shared/i18n/message';
import { useMessage } from '../i18n/useMessage';
import { useEditor } from '../stores';
import { FieldHelp } from './FieldHelp';
import { useReportRefusal } from './field-errors';

/** What the user is typing, reset whenever the committed value changes underneath (undo, reload). */
function useTyped(committed: string): [string, (text: string) => void] {
  const [text, setText] = useState(committed);
  const [seen, setSeen] = useState(committed);
  if (seen !== committed) {
    setSeen(committed);
    setText(committed);
  }
  return [text, setText];
}

/** The draft's issue at `path` (or inside it), in the panel's language. */
export function useIssue(path: string): string | undefined {
  const text = useMessage();
  const issue = useEditor((s) => s.issues.find((i) => i.path === path || i.path.startsWith(`${path}.`)));
  return issue ? text(issueDetail(issue)) : undefined;
}

/** What the field's own schema says of the typed value, in the panel's language; undefined when it passes. */
function useLocalError(): (result: z.ZodSafeParseResult<unknown> | null) => string | undefined {
  const text = useMessage();
  return (result) => {
    const first = result && !result.success ? result.error.issues[0] : undefined;
    return first ? text(zodIssueDetail(first)) : undefined;
  };
}

interface FieldProps<T> {
  label: string;
  path: string;
  value: T | undefined;
  schema?: z.ZodType;
  disabled?: boolean;
  placeholder?: string;
  onCommit(value: T | undefined): void;
}

function FieldShell({
  id,
  label,
  path,
  error,
  suggestion,
  children,
}: {
  id: string;
  label: string;
  /** The config path, for the help text OpenClaw's schema gives it. */
  path: string;
  error?: string;
  /** A fix to offer for the refused value (e.g. the URL with its scheme), applied only when chosen. */
  suggestion?: { text: string; use(): void };
  children: React.ReactNode;
}) {
  const words = useMessage();
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      {children}
      <FieldHelp id={id} path={path} />
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {error && suggestion && (
        <button type="button" className="link" onClick={suggestion.use}>
          {words(msg('forms.use', { value: suggestion.text }))}
        </button>
      )}
    </div>
  );
}

/** The input both fields use: typed text kept locally, committed on blur or Enter, errors announced. */
function CommitInput(props: {
  id: string;
  path: string;
  text: string;
  setText(text: string): void;
  commit(): void;
  error?: string;
  disabled?: boolean;
  placeholder?: string;
  list?: string;
  type: 'text' | 'password' | 'url';
  inputMode?: 'numeric' | 'decimal';
}) {
  const { id, path, text, setText, commit, error, disabled, placeholder, list, type, inputMode } = props;
  return (
    <input
      id={id}
      type={type}
      inputMode={inputMode}
      data-path={path}
      value={text}
      list={list}
      placeholder={placeholder}
      disabled={disabled}
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? `${id}-error` : undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => e.key === 'Enter' && commit()}
    />
  );
}

/** A typed value read by `parse`: its problem in the panel's language, and the fix it offers. */
function refusalOf<T>(result: InputResult<T> | null): { problem: Message; suggestion?: string } | undefined {
  return result && !result.ok ? { problem: result.problem, suggestion: result.suggestion } : undefined;
}

export function TextField({
  label,
  path,
  value,
  schema,
  parse,
  disabled,
  placeholder,
  onCommit,
  list,
  type = 'text',
}: FieldProps<string> & {
  list?: string;
  type?: 'text' | 'password' | 'url';
  /** Reads and normalises the typed text (shared/forms); a refused text is never committed. */
  parse?(text: string): InputResult<string>;
}) {
  const id = useId();
  const [text, setText] = useTyped(value ?? '');
  const draftIssue = useIssue(path);
  const localError = useLocalError();
  const words = useMessage();
  const parsed = parse && text.trim() !== '' ? parse(text) : null;
  const refusal = text !== (value ?? '') ? refusalOf(parsed) : undefined;
  useReportRefusal(path, refusal && { label, problem: refusal.problem });
  const shown = refusalOf(parsed);
  const error = shown
    ? words(shown.problem)
    : (localError(schema && text !== '' ? schema.safeParse(text) : null) ?? draftIssue);
  const commitText = (typed: string) => {
    const read = parse && typed.trim() !== '' ? parse(typed) : null;
    if (read && !read.ok) return;
    const next = read?.ok ? read.value : typed === '' ? undefined : typed;
    if (next !== undefined && next !== typed) setText(next);
    if ((next ?? '') === (value ?? '')) return;
    onCommit(next);
  };
  const suggestion = shown?.suggestion;
  return (
    <FieldShell
      id={id}
      label={label}
      path={path}
      error={error}
      suggestion={suggestion ? { text: suggestion, use: () => commitText(suggestion) } : undefined}
    >
      <CommitInput
        {...{ id, path, text, setText, error, disabled, placeholder, list, type }}
        commit={() => commitText(text)}
      />
    </FieldShell>
  );
}

/** How a number field reads what is typed: token counts (`128k`), durations in seconds (`10m`), or plain amounts. */
export type NumberUnit = 'tokens' | 'seconds' | 'amount';
const READERS: Record<NumberUnit, (text: string) => InputResult<number>> = {
  tokens: parseTokenCount,
  seconds: parseSeconds,
  amount: parseAmount,
};

export function NumberField({
  label,
  path,
  value,
  schema,
  disabled,
  placeholder,
  onCommit,
  unit = 'amount',
  check,
}: FieldProps<number> & {
  unit?: NumberUnit;
  /** The range the value must fall in (shared/forms/input-limits.ts), beyond the schema's. */
  check?(value: number): InputResult<number>;
}) {
  const id = useId();
  const committed = value === undefined ? '' : String(value);
  const [text, setText] = useTyped(committed);
  const read = text.trim() === '' ? null : READERS[unit](text);
  // A number OpenClaw's own schema refuses is committed as before (the draft's issue holds Save, linked by
  // path); the range check refuses only what the schema lets through (below the context floor, …).
  const schemaPasses = !(read?.ok && schema && !schema.safeParse(read.value).success);
  const ranged = read?.ok && check && schemaPasses ? check(read.value) : read;
  const draftIssue = useIssue(path);
  const localError = useLocalError();
  const words = useMessage();
  const refusal = refusalOf(ranged);
  useReportRefusal(path, refusal && text !== committed ? { label, problem: refusal.problem } : undefined);
  // What cannot be read is said first; then the schema's word on a number (OpenClaw's own rule), then the range.
  const error =
    (read && !read.ok ? words(read.problem) : undefined) ??
    localError(read?.ok && schema ? schema.safeParse(read.value) : null) ??
    (refusal ? words(refusal.problem) : draftIssue);
  const commit = () => {
    if (ranged && !ranged.ok) return;
    const next = ranged?.value;
    if (next !== undefined && String(next) !== text) setText(String(next));
    if (next === value) return;
    onCommit(next);
  };
  return (
    <FieldShell id={id} label={label} path={path} error={error}>
      <CommitInput
        {...{ id, path, text, setText, commit, error, disabled, placeholder }}
        type="text"
        inputMode={unit === 'amount' ? 'decimal' : 'numeric'}
      />
    </FieldShell>
  );
}
