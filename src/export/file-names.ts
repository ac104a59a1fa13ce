import type { ViewFilter } from '../model/view.ts';

/** A file name that says what is inside: "<dataset>_<from>_<to>.<ext>", "<dataset>_timeline.gexf". */
export function exportFileName(datasetName: string, filter: ViewFilter, extension: string, dynamic = false): string {
  const base = datasetName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '') || 'graph';
  const range = dynamic
    ? 'timeline'
    : filter.mode === 'cumulative'
      ? `until_${filter.to ?? 'end'}`
      : `${filter.from ?? 'start'}_${filter.to ?? 'end'}`;
  return `${base}_${range}.${extension}`;
}
