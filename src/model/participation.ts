import type { Dataset } from './types.ts';

/**
 * Who takes part in each event, as actor numbers in typed arrays: the participants of event e are
 * `actor[start[e] .. start[e + 1])`, numbers into `actorIds` (the dataset's actors, in order).
 * Built once per dataset and shared by the view tracker and the layout, so the page looks each
 * participant's id up once.
 */
export interface Participation {
  readonly actorIds: readonly string[];
  readonly actorIndex: ReadonlyMap<string, number>;
  readonly start: Uint32Array;
  readonly actor: Uint32Array;
}

export function participationOf(dataset: Dataset): Participation {
  const actorIds = dataset.actors.map((a) => a.id);
  const actorIndex = new Map(actorIds.map((id, i) => [id, i]));
  const { events } = dataset;
  const start = new Uint32Array(events.length + 1);
  for (let e = 0; e < events.length; e++) start[e + 1] = start[e]! + events[e]!.participants.length;
  const actor = new Uint32Array(start[events.length]!);
  for (let e = 0; e < events.length; e++) {
    const participants = events[e]!.participants;
    for (let j = 0; j < participants.length; j++) {
      const a = actorIndex.get(participants[j]!);
      if (a === undefined) throw new RangeError(`event ${events[e]!.id}: unknown actor "${participants[j]}"`);
      actor[start[e]! + j] = a;
    }
  }
  return { actorIds, actorIndex, start, actor };
}
