import type { Snapshot } from '../model/view.ts';
import { ACTOR_ATTRIBUTES, actorRow, INTERACTION_ATTRIBUTES, type ActorRow, type Attribute } from './attributes.ts';
import { describeView, eventPairs, interactionsByActor, type ExportContext } from './snapshot-parts.ts';
import { XML_DECLARATION, xmlEscape } from './xml.ts';

/** GraphML's own type names, and the node label as data since GraphML has no label attribute. */
const GRAPHML_TYPE = { string: 'string', integer: 'int' } as const;
const NODE_KEYS: Attribute<ActorRow>[] = [{ id: 'label', type: 'string', value: (a) => a.name }, ...ACTOR_ATTRIBUTES];

function dataElements<T>(keys: Attribute<T>[], item: T): string {
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
  for (const k of NODE_KEYS) yield `  <key id="${k.id}" for="node" attr.name="${k.id}" attr.type="${GRAPHML_TYPE[k.type]}"/>\n`;
  for (const k of INTERACTION_ATTRIBUTES) yield `  <key id="${k.id}" for="edge" attr.name="${k.id}" attr.type="${GRAPHML_TYPE[k.type]}"/>\n`;
  yield '  <graph id="G" edgedefault="undirected">\n';
  yield `    <data key="dataset">${xmlEscape(context.datasetName)}</data><data key="view">${xmlEscape(describeView(context.filter))}</data>\n`;
  for (const actor of snapshot.actors) {
    const row = actorRow(actor, counts.get(actor.id) ?? 0);
    yield `    <node id="${xmlEscape(actor.id)}">${dataElements(NODE_KEYS, row)}</node>\n`;
  }
  for (const event of snapshot.events) {
    const data = dataElements(INTERACTION_ATTRIBUTES, event);
    for (const pair of eventPairs(event)) {
      yield `    <edge id="${xmlEscape(pair.key)}" source="${xmlEscape(pair.source)}" target="${xmlEscape(pair.target)}">${data}</edge>\n`;
    }
  }
  yield '  </graph>\n';
  yield '</graphml>\n';
}
