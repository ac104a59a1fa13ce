import type { InteractionEvent } from '../model/types.ts';
import type { Snapshot } from '../model/view.ts';
import { describeView, eventPairs, interactionsByActor, type ExportContext } from './snapshot-parts.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

type KeyType = 'string' | 'int';

interface Key<T> {
  id: string;
  type: KeyType;
  value: (item: T) => string | number | undefined;
}

interface ActorRow {
  name: string;
  kind: string;
  country?: string;
  interactions: number;
}

const NODE_KEYS: Key<ActorRow>[] = [
  { id: 'label', type: 'string', value: (a) => a.name },
  { id: 'kind', type: 'string', value: (a) => a.kind },
  { id: 'country', type: 'string', value: (a) => a.country },
  { id: 'interactions', type: 'int', value: (a) => a.interactions },
];

const EDGE_KEYS: Key<InteractionEvent>[] = [
  { id: 'event', type: 'string', value: (e) => e.id },
  { id: 'type', type: 'string', value: (e) => e.type },
  { id: 'mode', type: 'string', value: (e) => e.mode },
  { id: 'status', type: 'string', value: (e) => e.status },
  { id: 'date', type: 'string', value: (e) => e.date },
  { id: 'datePrecision', type: 'string', value: (e) => e.datePrecision },
  { id: 'participants', type: 'int', value: (e) => e.participants.length },
  { id: 'evidence', type: 'string', value: (e) => e.evidence },
  { id: 'article', type: 'string', value: (e) => e.article },
  { id: 'sourceUrl', type: 'string', value: (e) => e.sourceUrl },
  { id: 'place', type: 'string', value: (e) => e.place },
];

function dataElements<T>(keys: Key<T>[], item: T): string {
  let out = '';
  for (const k of keys) {
    const v = k.value(item);
    if (v !== undefined) out += `<data key="${k.id}">${xmlEscape(String(v))}</data>`;
  }
  return out;
}

/** GraphML with typed keys, streamed as chunks; one edge per pair of participants of each interaction. */
export function* graphmlChunks(snapshot: Snapshot, context: ExportContext): Generator<string> {
  const counts = interactionsByActor(snapshot);
  yield XML_DECLARATION;
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
    ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="dataset" for="graph" attr.name="dataset" attr.type="string"/>\n';
  yield '  <key id="view" for="graph" attr.name="view" attr.type="string"/>\n';
  for (const k of NODE_KEYS) yield `  <key id="${k.id}" for="node" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  for (const k of EDGE_KEYS) yield `  <key id="${k.id}" for="edge" attr.name="${k.id}" attr.type="${k.type}"/>\n`;
  yield '  <graph id="G" edgedefault="undirected">\n';
  yield `    <data key="dataset">${xmlEscape(context.datasetName)}</data><data key="view">${xmlEscape(describeView(context.filter))}</data>\n`;
  for (const actor of snapshot.actors) {
    const row: ActorRow = {
      name: actor.name,
      kind: actor.kind,
      interactions: counts.get(actor.id) ?? 0,
      ...(actor.country ? { country: actor.country } : {}),
    };
    yield `    <node id="${xmlEscape(actor.id)}">${dataElements(NODE_KEYS, row)}</node>\n`;
  }
  for (const event of snapshot.events) {
    const data = dataElements(EDGE_KEYS, event);
    for (const pair of eventPairs(event)) {
      yield `    <edge id="${xmlEscape(pair.key)}" source="${xmlEscape(pair.source)}" target="${xmlEscape(pair.target)}">${data}</edge>\n`;
    }
  }
  yield '  </graph>\n';
  yield '</graphml>\n';
}
