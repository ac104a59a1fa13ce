import type { Dataset, EventType } from '../model/types.ts';
import { bareNameKey } from '../extract/normalise.ts';
import type { Gold } from './gold.ts';

/** One unordered pair of participants of one event. */
export interface Dyad {
  article: string;
  a: Set<string>;
  b: Set<string>;
  /** Accepted dates; empty accepts any. */
  dates: string[];
  status: string;
  type: EventType;
  evidence: string;
  label: string;
  optional: boolean;
}

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  typeAccuracy: number;
  matched: number;
  extracted: number;
  required: number;
  misses: Dyad[];
  falseAlarms: Dyad[];
}

function pairs<T>(items: T[]): [T, T][] {
  const out: [T, T][] = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i]!, items[j]!]);
  return out;
}

function keysOf(names: string[]): Set<string> {
  return new Set(names.map(bareNameKey).filter(Boolean));
}

function intersects(x: Set<string>, y: Set<string>): boolean {
  for (const k of x) if (y.has(k)) return true;
  return false;
}

export function goldDyads(gold: Gold): Dyad[] {
  const actors = new Map(gold.actors.map((a) => [a.key, a]));
  const names = (key: string) => keysOf([actors.get(key)?.name ?? key, ...(actors.get(key)?.aliases ?? [])]);
  return gold.events.flatMap((e) => {
    const optionalSet = new Set(e.optionalParticipants ?? []);
    const everyone = [...e.participants, ...optionalSet];
    return pairs(everyone).map(([x, y]) => ({
      article: e.article,
      a: names(x),
      b: names(y),
      dates: e.dates,
      status: e.status,
      type: e.type,
      evidence: e.evidence ?? '',
      label: `${actors.get(x)?.name ?? x} – ${actors.get(y)?.name ?? y}`,
      optional: !!e.optional || optionalSet.has(x) || optionalSet.has(y),
    }));
  });
}

export function datasetDyads(dataset: Dataset): Dyad[] {
  const actors = new Map(dataset.actors.map((a) => [a.id, a]));
  const files = new Map(dataset.articles.map((a) => [a.id, a.file]));
  const names = (id: string) => keysOf([actors.get(id)?.name ?? id, ...(actors.get(id)?.aliases ?? [])]);
  return dataset.events.flatMap((e) =>
    pairs(e.participants).map(([x, y]) => ({
      article: files.get(e.article) ?? e.article,
      a: names(x),
      b: names(y),
      dates: [e.date],
      status: e.status,
      type: e.type,
      evidence: e.evidence,
      label: `${actors.get(x)?.name ?? x} – ${actors.get(y)?.name ?? y} (${e.date}, ${e.type}, ${e.status})`,
      optional: false,
    })),
  );
}

function matches(found: Dyad, gold: Dyad): boolean {
  if (found.article !== gold.article || found.status !== gold.status) return false;
  if (gold.dates.length > 0 && !gold.dates.includes(found.dates[0]!)) return false;
  return (intersects(found.a, gold.a) && intersects(found.b, gold.b)) || (intersects(found.a, gold.b) && intersects(found.b, gold.a));
}

/** Maximum bipartite matching (augmenting paths): each gold dyad matches at most one found dyad. */
function maximumMatching(found: Dyad[], gold: Dyad[]): Map<number, number> {
  const edges = found.map((f) => gold.flatMap((g, j) => (matches(f, g) ? [j] : [])));
  const goldTo = new Map<number, number>();
  const tryAssign = (i: number, seen: Set<number>): boolean => {
    for (const j of edges[i]!) {
      if (seen.has(j)) continue;
      seen.add(j);
      const holder = goldTo.get(j);
      if (holder === undefined || tryAssign(holder, seen)) {
        goldTo.set(j, i);
        return true;
      }
    }
    return false;
  };
  found.forEach((_, i) => tryAssign(i, new Set()));
  return goldTo;
}

/** Scores extracted interactions against a gold annotation by the rules in the corpus README. */
export function score(gold: Gold, dataset: Dataset): Score {
  const golds = goldDyads(gold);
  const required = golds.filter((g) => !g.optional);
  const found = datasetDyads(dataset);
  const requiredMatch = maximumMatching(found, required);
  const matchedFound = new Set(requiredMatch.values());
  const optional = golds.filter((g) => g.optional);
  const onlyOptional = found.filter((f, i) => !matchedFound.has(i) && optional.some((g) => matches(f, g))).length;
  const matched = requiredMatch.size;
  const counted = found.length - onlyOptional;
  const precision = counted === 0 ? 0 : matched / counted;
  const recall = required.length === 0 ? 0 : matched / required.length;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  let typed = 0;
  for (const [j, i] of requiredMatch) if (found[i]!.type === required[j]!.type) typed++;
  return {
    precision,
    recall,
    f1,
    typeAccuracy: matched === 0 ? 0 : typed / matched,
    matched,
    extracted: counted,
    required: required.length,
    misses: required.filter((_, j) => !requiredMatch.has(j)),
    falseAlarms: found.filter((f, i) => !matchedFound.has(i) && !optional.some((g) => matches(f, g))),
  };
}
