import { addDays, dayNumber } from '../model/dates.ts';
import type { IsoDate } from '../model/types.ts';
import type { Snapshot } from '../model/view.ts';
import { ACTOR_ATTRIBUTES, actorRow, INTERACTION_ATTRIBUTES, type Attribute } from './attributes.ts';
import { describeView, eventPairs, interactionsByActor, type ExportContext } from './snapshot-parts.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

export interface GexfOptions {
  /**
   * Write a timeline Gephi can play: every interaction an edge whose start and end are its date,
   * every actor with spells over the days it is active. The caller passes the whole-timeline snapshot.
   */
  dynamic?: boolean;
}

function* declarations<T>(cls: 'node' | 'edge', specs: Attribute<T>[]): Generator<string> {
  yield `    <attributes class="${cls}">\n`;
  for (const s of specs) yield `      <attribute id="${s.id}" title="${s.id}" type="${s.type}"/>\n`;
  yield '    </attributes>\n';
}

function attvalues<T>(specs: Attribute<T>[], item: T): string {
  let out = '';
  for (const s of specs) {
    const v = s.value(item);
    if (v !== undefined) out += `<attvalue for="${s.id}" value="${xmlEscape(String(v))}"/>`;
  }
  return `<attvalues>${out}</attvalues>`;
}

/** Runs of consecutive days, so an actor is present on the timeline exactly when it interacts. */
export function activeSpells(dates: Iterable<IsoDate>): Array<{ start: IsoDate; end: IsoDate }> {
  const days = [...new Set([...dates].map(dayNumber))].sort((a, b) => a - b);
  const spells: Array<{ start: IsoDate; end: IsoDate }> = [];
  let runStart = 0;
  for (let i = 0; i < days.length; i++) {
    if (i + 1 === days.length || days[i + 1]! !== days[i]! + 1) {
      const start = addDays('1970-01-01', days[runStart]!);
      spells.push({ start, end: addDays(start, days[i]! - days[runStart]!) });
      runStart = i + 1;
    }
  }
  return spells;
}

function spellsElement(spells: Array<{ start: IsoDate; end: IsoDate }>): string {
  if (spells.length === 0) return '';
  return `<spells>${spells.map((s) => `<spell start="${s.start}" end="${s.end}"/>`).join('')}</spells>`;
}

function activeDatesByActor(snapshot: Snapshot): Map<string, Set<IsoDate>> {
  const dates = new Map<string, Set<IsoDate>>();
  for (const event of snapshot.events) {
    for (const p of event.participants) {
      let set = dates.get(p);
      if (!set) dates.set(p, (set = new Set()));
      set.add(event.date);
    }
  }
  return dates;
}

/** GEXF 1.3, streamed as chunks: a static snapshot, or with `dynamic` a playable timeline. */
export function* gexfChunks(snapshot: Snapshot, context: ExportContext, options: GexfOptions = {}): Generator<string> {
  const dynamic = options.dynamic === true;
  const counts = interactionsByActor(snapshot);
  const activeDates = dynamic ? activeDatesByActor(snapshot) : undefined;
  yield XML_DECLARATION;
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  const description = dynamic ? 'whole timeline' : describeView(context.filter);
  yield `  <meta><creator>diplomacy-graph</creator><description>${xmlEscape(`${context.datasetName}: ${description}`)}</description></meta>\n`;
  yield dynamic
    ? '  <graph mode="dynamic" timeformat="date" defaultedgetype="undirected">\n'
    : '  <graph mode="static" defaultedgetype="undirected">\n';
  yield* declarations('node', ACTOR_ATTRIBUTES);
  yield* declarations('edge', INTERACTION_ATTRIBUTES);
  yield `    <nodes count="${snapshot.actors.length}">\n`;
  for (const actor of snapshot.actors) {
    const row = actorRow(actor, counts.get(actor.id) ?? 0);
    const spells = activeDates ? spellsElement(activeSpells(activeDates.get(actor.id) ?? [])) : '';
    yield `      <node id="${xmlEscape(actor.id)}" label="${xmlEscape(actor.name)}">${attvalues(ACTOR_ATTRIBUTES, row)}${spells}</node>\n`;
  }
  yield '    </nodes>\n';
  yield '    <edges>\n';
  for (const event of snapshot.events) {
    const attrs = attvalues(INTERACTION_ATTRIBUTES, event);
    const time = dynamic ? ` start="${event.date}" end="${event.date}"` : '';
    for (const pair of eventPairs(event)) {
      yield `      <edge id="${xmlEscape(pair.key)}" source="${xmlEscape(pair.source)}" target="${xmlEscape(pair.target)}" kind="${event.type}"${time}>${attrs}</edge>\n`;
    }
  }
  yield '    </edges>\n';
  yield '  </graph>\n';
  yield '</gexf>\n';
}
