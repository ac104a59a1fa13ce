import type { Gazetteer } from '../extract/gazetteer.ts';
import { addDays } from '../model/dates.ts';
import type { Actor, Article, IsoDate } from '../model/types.ts';
import { interactionForLabel, tidyLabel } from './cameo.ts';
import type { EventCollector } from './collect.ts';
import { icewsActor } from './icews-actors.ts';
import { tidyName } from './names.ts';
import { WrongFileError, type ImportTally } from './tally.ts';

/** The files of a TKG-style ICEWS folder. */
export const ICEWS_DICTIONARIES = ['entity2id.txt', 'relation2id.txt'] as const;
export const ICEWS_SPLITS = ['train.txt', 'valid.txt', 'test.txt'] as const;
const HOURS_PER_DAY = 24;

/** Reads "name<TAB>id" lines; any bad line means the file is not such a dictionary. */
export function parseDictionary(text: string, file: string): Map<number, string> {
  const byId = new Map<number, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const match = /^(.+)\t(\d+)\s*$/.exec(line);
    if (!match) throw new WrongFileError(`${file}:${i + 1}: expected "name<TAB>id", found ${JSON.stringify(line.slice(0, 60))}`);
    byId.set(Number(match[2]), match[1]!);
  });
  if (byId.size === 0) throw new WrongFileError(`${file}: empty, expected "name<TAB>id" lines`);
  return byId;
}

export interface IcewsRow {
  subject: number;
  relation: number;
  object: number;
  time: number;
}

/** "subject<TAB>relation<TAB>object<TAB>time[<TAB>-1]" as integers, or the problem with the line. */
export function parseIcewsRow(line: string): IcewsRow | string {
  const fields = line.trim().split('\t');
  if (fields.length !== 4 && fields.length !== 5) return `expected 4 or 5 tab-separated fields, found ${fields.length}`;
  const numbers = fields.slice(0, 4).map((f) => (/^\d+$/.test(f) ? Number(f) : NaN));
  if (numbers.some(Number.isNaN)) return 'subject, relation, object and time must be whole numbers';
  const [subject, relation, object, time] = numbers as [number, number, number, number];
  return { subject, relation, object, time };
}

export interface IcewsOptions {
  /** The day that time 0 stands for. */
  start: IsoDate;
  allTypes: boolean;
  gazetteer: Gazetteer;
  /** The folder's name, which tells apart the train.txt of different ICEWS releases in article ids. */
  folder: string;
}

/** Turns the rows of one ICEWS split into coded rows for the collector, one line at a time. */
export class IcewsReader {
  private readonly actorCache = new Map<number, Actor>();
  private readonly filesStarted = new Set<string>();

  constructor(
    private readonly entities: ReadonlyMap<number, string>,
    private readonly relations: ReadonlyMap<number, string>,
    private readonly options: IcewsOptions,
    private readonly collector: EventCollector,
    private readonly tally: ImportTally,
  ) {}

  article(file: string): Article {
    const id = `icews:${this.options.folder}/${file}`;
    return { id, file: `${this.options.folder}/${file}`, published: this.options.start, title: `ICEWS ${this.options.folder} ${file}`, outlet: 'ICEWS' };
  }

  /** Reads one line; a file whose first row is malformed is the wrong kind of file. */
  addLine(file: string, lineNumber: number, line: string, article: Article): void {
    if (!line.trim()) return;
    this.tally.read++;
    const row = parseIcewsRow(line);
    const firstRow = !this.filesStarted.has(file);
    this.filesStarted.add(file);
    if (typeof row === 'string') {
      if (firstRow) throw new WrongFileError(`${file}:${lineNumber}: not an ICEWS event file (${row})`);
      return this.tally.reject(file, lineNumber, row);
    }
    const subjectName = this.entities.get(row.subject);
    const objectName = this.entities.get(row.object);
    const relation = this.relations.get(row.relation);
    if (subjectName === undefined || objectName === undefined) return this.tally.reject(file, lineNumber, 'unknown entity id');
    if (relation === undefined) return this.tally.reject(file, lineNumber, `unknown relation id ${row.relation}`);
    if (row.time % HOURS_PER_DAY !== 0) return this.tally.reject(file, lineNumber, `time ${row.time} is not a whole day (hours, steps of 24)`);
    const interaction = interactionForLabel(relation, this.options.allTypes);
    if (!interaction) {
      this.tally.otherTypes++;
      return;
    }
    const subject = this.actor(row.subject, subjectName);
    const object = this.actor(row.object, objectName);
    if (subject.id === object.id) {
      this.tally.notInteractions++;
      return;
    }
    this.tally.kept++;
    const date = addDays(this.options.start, row.time / HOURS_PER_DAY);
    const evidence = `ICEWS ${this.options.folder}/${file} line ${lineNumber}, ${date}: ${tidyName(subjectName)} — ${tidyLabel(relation)} — ${tidyName(objectName)}`;
    this.collector.add({ subject, object, interaction, date, article, evidence });
  }

  private actor(id: number, name: string): Actor {
    let actor = this.actorCache.get(id);
    if (!actor) {
      actor = icewsActor(name, this.options.gazetteer);
      this.actorCache.set(id, actor);
    }
    return actor;
  }
}
