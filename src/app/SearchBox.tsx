import { useId, useMemo, useState } from 'react';
import { searchActors } from '../model/search.ts';
import type { Actor } from '../model/types.ts';
import { KIND_COLORS } from '../model/style.ts';

/** Finds actors by name or alias, accents ignored; choosing one selects it and flies to it. */
export function SearchBox({ actors, onPick }: { actors: readonly Actor[]; onPick(actor: Actor): void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const results = useMemo(() => searchActors(actors, query), [actors, query]);
  const pick = (actor: Actor | undefined) => {
    if (!actor) return;
    onPick(actor);
    setQuery('');
  };
  const open = query.trim() !== '';
  return (
    <div className="search">
      <input
        type="search"
        role="combobox"
        aria-label="Search actors"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        placeholder="Search actors…"
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((i) => Math.min(i + 1, results.length - 1));
          else if (e.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
          else if (e.key === 'Enter') pick(results[active]);
          else if (e.key === 'Escape') setQuery('');
          else return;
          e.preventDefault();
        }}
      />
      {open && (
        <ul className="search-results" role="listbox" id={listId} aria-label="Matching actors">
          {results.length === 0 && <li className="muted empty">No actor matches “{query}”</li>}
          {results.map((actor, i) => (
            <li
              key={actor.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(actor)}
            >
              <span className="swatch dot" style={{ background: KIND_COLORS[actor.kind] }} aria-hidden="true" />
              <span>{actor.name}</span>
              <span className="muted kind">{actor.kind}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
