import { extractArticle } from './pipeline.ts';

/** Each event extracted from a one-off article as "date type status participant+participant", participants sorted. */
export function summarise(published: string, text: string): string[] {
  const { events } = extractArticle(`date ${published}\n${text}`, { file: 'case.txt' });
  return events.map((e) => `${e.date} ${e.type} ${e.status} ${[...e.participants].sort().join('+')}`);
}
