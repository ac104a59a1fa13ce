import { eventId, eventKey, mergeEvent } from '../model/merge.ts';
import { DATASET_FORMAT, type Actor, type Article, type Dataset, type InteractionEvent, type IsoDate } from '../model/types.ts';
import { HOST_A_VISIT, MAKE_A_VISIT, VISIT_HALF_LABELS, type Interaction } from './cameo.ts';

/** One coded row of an event file, its actors already resolved. */
export interface CodedRow {
  subject: Actor;
  object: Actor;
  interaction: Interaction;
  date: IsoDate;
  article: Article;
  evidence: string;
  sourceUrl?: string;
  place?: string;
}

interface Pending {
  event: InteractionEvent;
  labels: string[];
  /** "code subject>object" of each row folded in, to recognise both sides of one visit. */
  directed: Set<string>;
  evidence: string[];
}

/**
 * Gathers coded rows into dataset records. Rows with the same identity (eventKey) become one event
 * whose mode lists all their CAMEO labels; evidence from the same article is joined, from another
 * article it goes to alsoReportedIn. A Make_a_visit and a Host_a_visit of the same pair and day
 * with the roles reversed are one visit (mode "visit").
 */
export class EventCollector {
  private readonly articles = new Map<string, Article>();
  private readonly actors = new Map<string, Actor>();
  private readonly pending = new Map<string, Pending>();
  /** Rows that matched an event already collected. */
  folded = 0;

  add(row: CodedRow): void {
    this.addArticle(row.article, row.date);
    this.addActor(row.subject);
    this.addActor(row.object);
    const event: InteractionEvent = {
      id: '',
      type: row.interaction.type,
      mode: row.interaction.label,
      date: row.date,
      datePrecision: 'day',
      status: 'occurred',
      participants: [row.subject.id, row.object.id],
      article: row.article.id,
      evidence: row.evidence,
    };
    if (row.sourceUrl) event.sourceUrl = row.sourceUrl;
    if (row.place) event.place = row.place;
    const key = eventKey(event);
    const directed = `${row.interaction.code} ${row.subject.id}>${row.object.id}`;
    const found = this.pending.get(key);
    if (!found) {
      event.id = eventId(key);
      this.pending.set(key, { event, labels: [row.interaction.label], directed: new Set([directed]), evidence: [row.evidence] });
      return;
    }
    this.folded++;
    found.directed.add(directed);
    if (!found.labels.includes(row.interaction.label)) found.labels.push(row.interaction.label);
    if (found.event.article !== row.article.id) found.event = mergeEvent(found.event, event);
    else if (!found.evidence.includes(row.evidence)) found.evidence.push(row.evidence);
  }

  /** Number of events that pair both sides of a visit. */
  get pairedVisits(): number {
    let n = 0;
    for (const p of this.pending.values()) if (isPairedVisit(p)) n++;
    return n;
  }

  dataset(name: string, description: string): Dataset {
    const events = [...this.pending.values()].map((p) => finish(p));
    return { format: DATASET_FORMAT, name, description, articles: [...this.articles.values()], actors: [...this.actors.values()], events };
  }

  private addArticle(article: Article, date: IsoDate): void {
    const known = this.articles.get(article.id);
    if (!known) this.articles.set(article.id, { ...article, published: date });
    else if (date < known.published) known.published = date;
  }

  private addActor(actor: Actor): void {
    if (!this.actors.has(actor.id)) this.actors.set(actor.id, actor);
  }
}

function isPairedVisit(p: Pending): boolean {
  for (const d of p.directed) {
    const [code, pair] = d.split(' ') as [string, string];
    if (code !== MAKE_A_VISIT) continue;
    const [visitor, host] = pair.split('>');
    if (p.directed.has(`${HOST_A_VISIT} ${host}>${visitor}`)) return true;
  }
  return false;
}

function finish(p: Pending): InteractionEvent {
  // Sorted, so the same set of labels always reads the same whichever row came first.
  const labels = [...p.labels].sort();
  const mode = isPairedVisit(p) ? ['visit', ...labels.filter((l) => !VISIT_HALF_LABELS.has(l))] : labels;
  return { ...p.event, mode: mode.join(' / '), evidence: p.evidence.join('; ') };
}
