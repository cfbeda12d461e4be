/**
 * Form fields that edit one config value. They keep what is typed locally, check it as
 * you type with the field's own zod schema, and commit on blur or Enter. Errors from the
 * whole draft (by config path) show at the field; `data-path` lets the save bar jump here.
 */
import { useId, useState } from 'react';
import type { z } from 'zod';
import { issueDetail, zodIssueDetail } from '@shared/config/issue-detail';
import { msg } from '@shared/i18n/message';
import { useMessage } from '../i18n/useMessage';
import { useEditor } from '../stores';
import { FieldHelp } from './FieldHelp';

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
  children,
}: {
  id: string;
  label: string;
  /** The config path, for the help text OpenClaw's schema gives it. */
  path: string;
  error?: string;
  children: React.ReactNode;
}) {
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
  type: 'text' | 'password' | 'url' | 'number';
}) {
  const { id, path, text, setText, commit, error, disabled, placeholder, list, type } = props;
  return (
    <input
      id={id}
      type={type}
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

export function TextField({
  label,
  path,
  value,
  schema,
  disabled,
  placeholder,
  onCommit,
  list,
  type = 'text',
}: FieldProps<string> & { list?: string; type?: 'text' | 'password' | 'url' }) {
  const id = useId();
  const [text, setText] = useTyped(value ?? '');
  const draftIssue = useIssue(path);
  const localError = useLocalError();
  const error = localError(schema && text !== '' ? schema.safeParse(text) : null) ?? draftIssue;
  const commit = () => {
    if (text === (value ?? '')) return;
    onCommit(text === '' ? undefined : text);
  };
  return (
    <FieldShell id={id} label={label} path={path} error={error}>
      <CommitInput {...{ id, path, text, setText, commit, error, disabled, placeholder, list, type }} />
    </FieldShell>
  );
}

export function NumberField({ label, path, value, schema, disabled, placeholder, onCommit }: FieldProps<number>) {
  const id = useId();
  const [text, setText] = useTyped(value === undefined ? '' : String(value));
  const parsed = text.trim() === '' ? undefined : Number(text);
  const draftIssue = useIssue(path);
  const localError = useLocalError();
  const words = useMessage();
  const error =
    parsed !== undefined && Number.isNaN(parsed)
      ? words(msg('schemaIssue.notANumber'))
      : (localError(parsed !== undefined && schema ? schema.safeParse(parsed) : null) ?? draftIssue);
  const commit = () => {
    if (parsed !== undefined && Number.isNaN(parsed)) return;
    if (parsed === value) return;
    onCommit(parsed);
  };
  return (
    <FieldShell id={id} label={label} path={path} error={error}>
      <CommitInput {...{ id, path, text, setText, commit, error, disabled, placeholder }} type="number" />
    </FieldShell>
  );
}
