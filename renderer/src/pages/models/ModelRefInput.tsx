/** A labelled text box for a model ref (`provider/model`) with the config's refs offered as suggestions. */
import { useId } from 'react';

/** Suggestions beyond this many would make the browser's list slow and useless; typing still resolves any ref. */
const MAX_SUGGESTIONS = 500;

interface ModelRefInputProps {
  label: string;
  value: string;
  options: readonly string[];
  disabled: boolean;
  placeholder: string;
  onChange(text: string): void;
  /** Called on Enter, where the box submits its form on its own. */
  onEnter?(): void;
}

export function ModelRefInput({ label, value, options, disabled, placeholder, onChange, onEnter }: ModelRefInputProps) {
  const listId = useId();
  return (
    <>
      <label>
        {label}
        <input
          list={listId}
          value={value}
          disabled={disabled}
          placeholder={placeholder}
          onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => e.key === 'Enter' && onEnter?.()}
        />
      </label>
      <datalist id={listId}>
        {options.slice(0, MAX_SUGGESTIONS).map((option) => (
          <option key={option} value={option} />
        ))}
      </datalist>
    </>
  );
}
