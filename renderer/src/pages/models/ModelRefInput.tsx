/**
 * A labelled combobox for a model ref (`provider/model`): as you type, the best matches among every
 * model of the config (refs, names, aliases: the one search index, shared/search) are offered;
 * ↑/↓ choose, Enter takes the chosen one (or submits the typed text), Esc closes the list. Typing
 * still accepts any ref (a bundled provider's model need not be listed).
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { msg } from '@shared/i18n/message';
import { searchIndex, searchModels } from '@shared/search/model-search';
import { useMessage } from '@renderer/i18n/useMessage';
import { useEditor } from '@renderer/stores';

/** How many suggestions the list shows; the search itself covers every model. */
export const MAX_SUGGESTIONS = 8;

interface ModelRefInputProps {
  label: string;
  value: string;
  disabled: boolean;
  placeholder: string;
  onChange(text: string): void;
  /** Called on Enter when no suggestion is chosen. */
  onEnter?(): void;
}

export function ModelRefInput({ label, value, disabled, placeholder, onChange, onEnter }: ModelRefInputProps) {
  const words = useMessage();
  const id = useId();
  const listId = `${id}-list`;
  const draft = useEditor((s) => s.draft)!;
  const index = searchIndex(draft);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // The list follows the typing at its own pace: a key never waits for the search.
  const query = useDeferredValue(value);
  const hits = useMemo(() => searchModels(index, query, MAX_SUGGESTIONS).hits, [index, query]);
  const shown = open && value.trim() !== '' && hits.length > 0 && !(hits.length === 1 && hits[0]!.ref === value);
  const choose = (ref: string) => {
    onChange(ref);
    setOpen(false);
    setActive(-1);
  };
  return (
    <div className="ref-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={listId}
        aria-activedescendant={shown && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        spellCheck={false}
        value={value}
        disabled={disabled}
        placeholder={placeholder}
        onChange={(e) => {
          onChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            setOpen(true);
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((current) => Math.max(-1, Math.min(hits.length - 1, current + step)));
          } else if (e.key === 'Escape' && shown) {
            e.preventDefault();
            setOpen(false);
          } else if (e.key === 'Enter') {
            if (shown && active >= 0 && hits[active]) {
              e.preventDefault();
              choose(hits[active].ref);
            } else onEnter?.();
          }
        }}
      />
      <ul
        id={listId}
        role="listbox"
        className="ref-suggestions"
        aria-label={words(msg('search.suggestions'))}
        hidden={!shown}
      >
        {shown &&
          hits.map((hit, i) => (
            <li
              key={hit.ref}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-ref={hit.ref}
              // Before the input's blur closes the list.
              onMouseDown={(e) => {
                e.preventDefault();
                choose(hit.ref);
              }}
            >
              <code>{hit.ref}</code>
              {hit.alias && <span className="hint"> {words(msg('search.aliasOf', { alias: hit.alias }))}</span>}
            </li>
          ))}
      </ul>
    </div>
  );
}
