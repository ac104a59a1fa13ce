import { useState, type ReactNode } from 'react';
import { KIND_LABELS, STATUS_LABELS, TYPE_LABELS } from './labels.ts';
import { DIMMED_NODE_COLOR, EVENT_NODE_COLOR, KIND_COLORS, TYPE_COLORS, withAlpha } from '../model/style.ts';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES } from '../model/types.ts';
import { toggleInList, type ExplorerView } from '../model/urlState.ts';

interface FiltersPanelProps {
  view: ExplorerView;
  /** Parallel interactions are drawn as one line per pair now (see LevelOfDetail). */
  pairsMerged: boolean;
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

/** One checkbox per value of a filter list; no list means every value is on. */
function ListChecks<T extends string>(props: {
  values: readonly T[];
  selected: readonly T[] | undefined;
  labels: Record<T, string>;
  swatch(value: T): ReactNode;
  onChange(next: T[] | undefined): void;
}) {
  const { values, selected, labels, swatch, onChange } = props;
  return values.map((value) => (
    <Check
      key={value}
      label={labels[value]}
      checked={!selected || selected.includes(value)}
      swatch={swatch(value)}
      onToggle={() => onChange(toggleInList(selected, value, values))}
    />
  ));
}

const Line = ({ color, faint = false }: { color: string; faint?: boolean }) => (
  <svg className="swatch" width="22" height="10" aria-hidden="true">
    <line x1="1" y1="5" x2="21" y2="5" stroke={faint ? withAlpha(color, 0.4) : color} strokeWidth={faint ? 1.5 : 2.5} strokeLinecap="round" />
  </svg>
);
const Dot = ({ color }: { color: string }) => <span className="swatch dot" style={{ background: color }} aria-hidden="true" />;

/** The legend doubles as the filters: every colour on the canvas is a checkbox here. */
export function FiltersPanel({ view, pairsMerged, onChange }: FiltersPanelProps) {
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
            <ListChecks
              values={EVENT_TYPES}
              selected={filter.types}
              labels={TYPE_LABELS}
              swatch={(type) => <Line color={TYPE_COLORS[type]} />}
              onChange={(types) => setFilter({ ...filter, types })}
            />
            <ListChecks
              values={EVENT_STATUSES}
              selected={filter.statuses}
              labels={STATUS_LABELS}
              swatch={(status) => <Line color={TYPE_COLORS.meeting} faint={status === 'planned'} />}
              onChange={(statuses) => setFilter({ ...filter, statuses })}
            />
          </fieldset>
          <fieldset>
            <legend>Actors</legend>
            <ListChecks
              values={ACTOR_KINDS}
              selected={filter.kinds}
              labels={KIND_LABELS}
              swatch={(kind) => <Dot color={KIND_COLORS[kind]} />}
              onChange={(kinds) => setFilter({ ...filter, kinds })}
            />
          </fieldset>
          <fieldset>
            <legend>Display</legend>
            <Check
              label="Show actors with nothing in view"
              checked={view.showInactive}
              swatch={<Dot color={DIMMED_NODE_COLOR} />}
              onToggle={() => onChange({ ...view, showInactive: !view.showInactive })}
            />
            <Check
              label="Group talks as event nodes"
              checked={view.eventNodes}
              swatch={<Dot color={EVENT_NODE_COLOR} />}
              onToggle={() => onChange({ ...view, eventNodes: !view.eventNodes })}
            />
          </fieldset>
          <p className="hint muted">
            Node size: interactions in view. {pairsMerged ? 'Grey lines: all the interactions of a pair, merged.' : 'Parallel lines: one per interaction.'}
          </p>
        </div>
      )}
    </section>
  );
}
