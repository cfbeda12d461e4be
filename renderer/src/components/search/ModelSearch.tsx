/**
 * The panel's one search across providers, models, ids, names and aliases (the index in
 * shared/search, built once per providers object): a search box, the number found and the best
 * matches; a match opens its provider's card on the Providers page.
 */
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { msg } from '@shared/i18n/message';
import { searchIndex, searchModels } from '@shared/search/model-search';
import { useMessage } from '@renderer/i18n/useMessage';
import { useAppStore, useEditor } from '@renderer/stores';
import { useReveal } from './reveal';

/** How many matches are listed; the count says how many there are in all. */
const SHOWN = 12;

export function ModelSearch() {
  const words = useMessage();
  const id = useId();
  const draft = useEditor((s) => s.draft);
  const [text, setText] = useState('');
  // Results follow the typing at their own pace: a key never waits for the list.
  const query = useDeferredValue(text);
  const result = useMemo(() => (draft ? searchModels(searchIndex(draft), query, SHOWN) : null), [draft, query]);
  if (!draft) return null;
  const open = (provider: string, model: string) => {
    useReveal.getState().reveal(provider, model);
    useAppStore.getState().setPage('providers');
  };
  return (
    <div role="search" className="model-search" data-testid="model-search">
      <label htmlFor={id} className="sr-only">
        {words(msg('search.label'))}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        spellCheck={false}
        autoComplete="off"
        placeholder={words(msg('search.placeholder'))}
        aria-describedby={`${id}-count`}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText('');
        }}
      />
      <p id={`${id}-count`} className="hint" aria-live="polite" data-testid="search-count">
        {query.trim() && result
          ? result.total > 0
            ? words(msg('search.results', { count: result.total }))
            : words(msg('search.none', { query: query.trim() }))
          : ''}
      </p>
      {result && result.hits.length > 0 && (
        <ul className="search-results" aria-label={words(msg('search.label'))}>
          {result.hits.map((hit) => (
            <li key={hit.ref} data-ref={hit.ref}>
              <button
                type="button"
                className="link"
                aria-label={words(msg('search.open', { ref: hit.ref }))}
                onClick={() => open(hit.provider, hit.model)}
              >
                <code>{hit.ref}</code>
              </button>
              {hit.name && <span className="hint">{hit.name}</span>}
              {hit.alias && (
                <span className="badge badge-info">{words(msg('search.aliasOf', { alias: hit.alias }))}</span>
              )}
            </li>
          ))}
          {result.total > result.hits.length && (
            <li className="hint">{words(msg('search.more', { count: result.total - result.hits.length }))}</li>
          )}
        </ul>
      )}
    </div>
  );
}
