/**
 * The search box: typo-tolerant entity search. Choosing a result adds it to the canvas
 * (selected and centred); opening it alone, replacing the canvas, is the explicit choice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchEntities } from '../api.ts';
import type { Controller } from '../controller.ts';
import { say } from '../ui-state.ts';

type Hit = Awaited<ReturnType<typeof searchEntities>>[number];

export function Search({ controller }: { controller: Controller }) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [active, setActive] = useState(-1);

  useEffect(() => {
    const query = text.trim();
    if (!query) return void setHits(null);
    const timer = setTimeout(() => {
      searchEntities(query).then(
        (found) => {
          setHits(found);
          setActive(found.length ? 0 : -1);
        },
        (error: Error) => say(error.message, 'error'),
      );
    }, 150);
    return () => clearTimeout(timer);
  }, [text]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      if (event.key === '/' && !['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const choose = (hit: Hit, replace: boolean) => {
    setHits(null);
    setText('');
    input.current?.blur();
    if (location.hash.startsWith('#/article')) location.hash = '#/graph';
    void controller.openEntity(hit.id, { replace, name: hit.name });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!hits?.length) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(0, Math.min(hits.length - 1, a + (event.key === 'ArrowDown' ? 1 : -1))));
    } else if (event.key === 'Enter') {
      const hit = hits[Math.max(active, 0)];
      if (hit) choose(hit, event.shiftKey);
    } else if (event.key === 'Escape') setHits(null);
  };

  return (
    <div class="search">
      <label class="visually-hidden" for="search">
        Search entities
      </label>
      <input
        id="search"
        ref={input}
        type="search"
        placeholder="Search countries, people, organizations… (/)"
        autocomplete="off"
        // ARIA 1.2 combobox: the input owns the popup. (Preact's types allow role="combobox" on an input only beside `list`.)
        role="combobox"
        list={undefined}
        aria-autocomplete="list"
        aria-expanded={hits !== null}
        aria-controls={hits ? 'search-results' : undefined}
        aria-activedescendant={hits && active >= 0 && hits[active] ? `search-hit-${active}` : undefined}
        value={text}
        onInput={(e) => setText((e.target as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setHits(null), 150)}
      />
      {hits && (
        <ul id="search-results" role="listbox">
          {hits.length === 0 && <li class="muted">No match</li>}
          {hits.map((hit, i) => (
            <li role="option" id={`search-hit-${i}`} data-id={hit.id} aria-selected={i === active} key={hit.id} onMouseDown={(e) => (e.preventDefault(), choose(hit, false))}>
              <span class="hit-name" title={hit.name}>
                {hit.name}
              </span>
              <span class="muted"> {hit.type}</span>
              <button class="alone" title="Replace the canvas with this entity (Shift+Enter)" onMouseDown={(e) => (e.preventDefault(), e.stopPropagation(), choose(hit, true))}>
                open alone
              </button>
            </li>
          ))}
          {hits.length > 0 && <li class="hint muted">Enter adds to the canvas · Shift+Enter opens it alone</li>}
        </ul>
      )}
    </div>
  );
}
