import type { Gazetteer } from '../extract/gazetteer.ts';
import { stableHash } from '../model/merge.ts';
import { isRealDate } from '../model/schema.ts';
import type { Actor, Article } from '../model/types.ts';
import { interactionForCode, normaliseCameoCode } from './cameo.ts';
import type { EventCollector } from './collect.ts';
import { detectSeparator, splitDelimited } from './delimited.ts';
import { gdeltActor, type GdeltActorFields } from './gdelt-actors.ts';
import { WrongFileError, type ImportTally } from './tally.ts';

/** Column positions of the GDELT 1.0 event format (58 columns; the pre-2013 backfiles lack SOURCEURL). */
const COL = {
  id: 0, sqlDate: 1, actor1: 5, actor2: 15, eventCode: 26, rootCode: 28, actionGeoName: 50, sourceUrl: 57,
} as const;
const ACTOR_OFFSETS = { code: 0, name: 1, countryCode: 2, knownGroupCode: 3, type1Code: 7 } as const;
const COLUMN_COUNTS = [57, 58];

export interface GdeltOptions {
  allTypes: boolean;
  gazetteer: Gazetteer;
}

/** Turns the lines of a GDELT event export into coded rows for the collector. */
export class GdeltReader {
  private separator: ',' | '\t' | undefined;
  private readonly actorCache = new Map<string, Actor | undefined>();

  constructor(
    private readonly file: string,
    private readonly options: GdeltOptions,
    private readonly collector: EventCollector,
    private readonly tally: ImportTally,
  ) {}

  addLine(lineNumber: number, line: string): void {
    if (!line.trim()) return;
    const firstRow = this.separator === undefined;
    this.separator ??= detectSeparator(line);
    const fields = splitDelimited(line.replace(/\r$/, ''), this.separator);
    if (firstRow && Array.isArray(fields) && fields[0] === 'GLOBALEVENTID') return;
    this.tally.read++;
    if (typeof fields === 'string') return this.refuse(firstRow, lineNumber, fields);
    const problem = checkFields(fields);
    if (problem) return this.refuse(firstRow, lineNumber, problem);
    this.addRow(lineNumber, fields);
  }

  /** A malformed first row means the whole file is of another kind; a later one is counted and skipped. */
  private refuse(firstRow: boolean, lineNumber: number, problem: string): void {
    if (firstRow) throw new WrongFileError(`${this.file}:${lineNumber}: not a GDELT 1.0 event export (${problem})`);
    this.tally.reject(this.file, lineNumber, problem);
  }

  private addRow(lineNumber: number, fields: string[]): void {
    const code = normaliseCameoCode(fields[COL.eventCode]!, fields[COL.rootCode]!);
    if (!code) return this.tally.reject(this.file, lineNumber, `EventCode ${JSON.stringify(fields[COL.eventCode])} is not a CAMEO code`);
    const interaction = interactionForCode(code, this.options.allTypes);
    if (!interaction) {
      this.tally.otherTypes++;
      return;
    }
    const subject = this.actor(actorFields(fields, COL.actor1));
    const object = this.actor(actorFields(fields, COL.actor2));
    if (!subject || !object || subject.id === object.id) {
      this.tally.notInteractions++;
      return;
    }
    this.tally.kept++;
    const raw = fields[COL.sqlDate]!;
    const date = `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}`;
    const url = fields[COL.sourceUrl] ?? '';
    const names = [fields[COL.actor1 + ACTOR_OFFSETS.name] || subject.name, fields[COL.actor2 + ACTOR_OFFSETS.name] || object.name];
    const what = interaction.label.includes('CAMEO') ? interaction.label : `${interaction.label} (CAMEO ${code})`;
    const evidence = `GDELT event ${fields[COL.id]}, ${date}: ${names[0]} — ${what} — ${names[1]}`;
    const place = fields[COL.actionGeoName];
    this.collector.add({
      subject, object, interaction, date, evidence, article: this.article(url, date),
      ...(url ? { sourceUrl: url } : {}), ...(place ? { place } : {}),
    });
  }

  /** One article per source URL; rows without one (old backfiles) share one article per file. */
  private article(url: string, date: string): Article {
    if (!url) return { id: `gdelt:${this.file}`, file: this.file, published: date, outlet: 'GDELT' };
    const article: Article = { id: `gdelt:${stableHash(url)}`, file: this.file, published: date, url };
    const host = hostOf(url);
    if (host) article.outlet = host;
    return article;
  }

  private actor(fields: GdeltActorFields): Actor | undefined {
    const cacheKey = Object.values(fields).join('\t');
    if (this.actorCache.has(cacheKey)) return this.actorCache.get(cacheKey);
    const actor = gdeltActor(fields, this.options.gazetteer);
    this.actorCache.set(cacheKey, actor);
    return actor;
  }
}

function checkFields(fields: string[]): string | undefined {
  if (!COLUMN_COUNTS.includes(fields.length)) return `expected 58 columns (57 in old backfiles), found ${fields.length}`;
  if (!/^\d+$/.test(fields[COL.id]!)) return `GLOBALEVENTID ${JSON.stringify(fields[COL.id])} is not a number`;
  const d = fields[COL.sqlDate]!;
  if (!/^\d{8}$/.test(d) || !isRealDate(`${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`)) {
    return `SQLDATE ${JSON.stringify(d)} is not a date as YYYYMMDD`;
  }
  return undefined;
}

function actorFields(fields: string[], at: number): GdeltActorFields {
  return {
    code: fields[at + ACTOR_OFFSETS.code]!,
    name: fields[at + ACTOR_OFFSETS.name]!,
    countryCode: fields[at + ACTOR_OFFSETS.countryCode]!,
    knownGroupCode: fields[at + ACTOR_OFFSETS.knownGroupCode]!,
    type1Code: fields[at + ACTOR_OFFSETS.type1Code]!,
  };
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
