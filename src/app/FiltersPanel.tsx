import { useState, type ReactNode } from 'react';
import { EDGE_LEGEND_PLANNED, KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels.ts';
import { EVENT_NODE_COLOR, KIND_COLORS, TYPE_COLORS, withAlpha } from '../model/style.ts';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../model/types.ts';
import { toggleInList, type ExplorerView } from '../model/urlState.ts';

interface FiltersPanelProps {
  view: ExplorerView;
  onChange(view: ExplorerView): void;
}

function Check({ label, checked, swatch, onToggle }: { label: string; checked: boolean; swatch: ReactNode; onToggle(): void }) {
  return (
    <label className="check">
      <input type="checkbox" checked={checked} onChange={onToggle} />
      {swatch}
      <span>{label}</span>
    </label>
  );
}

const Line = ({ color, faint = false }: { color: string; faint?: boolean }) => (
  <svg className="swatch" width="22" height="10" aria-hidden="true">
    <line x1="1" y1="5" x2="21" y2="5" stroke={faint ? withAlpha(color, 0.4) : color} strokeWidth={faint ? 1.5 : 2.5} strokeLinecap="round" />
  </svg>
);
const Dot = ({ color }: { color: string }) => <span className="swatch dot" style={{ background: color }} aria-hidden="true" />;

/** The legend doubles as the filters: every colour on the canvas is a checkbox here. */
export function FiltersPanel({ view, onChange }: FiltersPanelProps) {
  const [open, setOpen] = useState(() => window.matchMedia('(min-width: 760px)').matches);
  const { filter } = view;
  const setFilter = (next: typeof filter) => onChange({ ...view, filter: next });
  return (
    <section className={`card filters ${open ? 'open' : ''}`} aria-label="Legend and filters">
      <button type="button" className="card-title" aria-expanded={open} onClick={() => setOpen(!open)}>
        Legend &amp; filters <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      {open && (
        <div className="card-body">
          <fieldset>
            <legend>Interactions</legend>
            {EVENT_TYPES.map((type) => (
              <Check
                key={type}
                label={TYPE_LABELS[type]}
                checked={!filter.types || filter.types.includes(type)}
                swatch={<Line color={TYPE_COLORS[type]} />}
                onToggle={() => setFilter({ ...filter, types: toggleInList(filter.types, type, EVENT_TYPES) })}
              />
            ))}
            {EVENT_STATUSES.map((status) => (
              <Check
                key={status}
                label={STATUS_LABELS[status]}
                checked={!filter.statuses || filter.statuses.includes(status)}
                swatch={<Line color={EDGE_LEGEND_PLANNED} faint={status === 'planned'} />}
                onToggle={() => setFilter({ ...filter, statuses: toggleInList(filter.statuses, status, EVENT_STATUSES) })}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend>Actors</legend>
            {ACTOR_KINDS.map((kind) => (
              <Check
                key={kind}
                label={KIND_LABELS[kind]}
                checked={!filter.kinds || filter.kinds.includes(kind)}
                swatch={<Dot color={KIND_COLORS[kind]} />}
                onToggle={() => setFilter({ ...filter, kinds: toggleInList(filter.kinds, kind, ACTOR_KINDS) })}
              />
            ))}
          </fieldset>
          <fieldset>
            <legend>Display</legend>
            <Check
              label="Show actors with nothing in view"
              checked={view.showInactive}
              swatch={<Dot color="#d5dae1" />}
              onToggle={() => onChange({ ...view, showInactive: !view.showInactive })}
            />
            <Check
              label="Group talks as event nodes"
              checked={view.eventNodes}
              swatch={<Dot color={EVENT_NODE_COLOR} />}
              onToggle={() => onChange({ ...view, eventNodes: !view.eventNodes })}
            />
          </fieldset>
          <p className="hint muted">Node size: interactions in view. Parallel lines: one per interaction.</p>
        </div>
      )}
    </section>
  );
}
