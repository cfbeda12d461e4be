/**
 * A config value OpenClaw accepts from a fixed list (e.g. a provider's `api`), as a select:
 * an empty choice means "not set", and a value outside the list (written by hand) stays
 * shown and selected so the field's error explains it instead of silently changing it.
 */
import { useId } from 'react';
import { useIssue } from '@renderer/components/fields';

export function EnumSelect({
  label,
  path,
  value,
  options,
  unsetLabel,
  disabled,
  onCommit,
}: {
  label: string;
  path: string;
  value: string | undefined;
  options: readonly string[];
  unsetLabel: string;
  disabled?: boolean;
  onCommit(value: string | undefined): void;
}) {
  const id = useId();
  const error = useIssue(path);
  const known = value === undefined || options.includes(value);
  return (
    <div className={error ? 'form-field invalid' : 'form-field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        data-path={path}
        value={value ?? ''}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onCommit(e.target.value === '' ? undefined : e.target.value)}
      >
        <option value="">{unsetLabel}</option>
        {!known && <option value={value}>{value}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
