import type { Positions } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';
import { selectSnapshot, type Snapshot, type ViewFilter } from '../model/view.ts';
import { actorsCsvChunks, interactionsCsvChunks } from './csv.ts';
import { gexfChunks } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { datasetJsonChunks } from './json.ts';
import type { ExportContext } from './snapshot-parts.ts';
import { svgChunks, type SvgOptions } from './svg.ts';

export const EXPORT_FORMATS = ['png', 'svg', 'gexf', 'graphml', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Device pixels per drawing unit for PNG, from the CLI and the explorer alike. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/** Formats written as text by the shared writers; PNG is drawn by the explorer (sigma) or the CLI (chromium). */
export type TextExportRequest =
  | { format: 'gexf'; dynamic?: boolean }
  | { format: 'graphml' | 'csv' | 'json' }
  | { format: 'svg'; positions: Positions; size?: SvgOptions };

export interface ExportFile {
  /** "main" is the file the user named; CSV adds "actors" beside it. */
  role: 'main' | 'actors';
  mediaType: string;
  chunks: Iterable<string>;
}

export interface ExportResult {
  snapshot: Snapshot;
  files: ExportFile[];
}

/** The filter of a dynamic export: the same filters over the whole timeline, since time is in the file. */
export function wholeTimeline(filter: ViewFilter): ViewFilter {
  return {
    mode: 'window',
    ...(filter.types ? { types: filter.types } : {}),
    ...(filter.statuses ? { statuses: filter.statuses } : {}),
    ...(filter.kinds ? { kinds: filter.kinds } : {}),
  };
}

/**
 * The one entry point the CLI and the explorer share: what is in view (by selectSnapshot) written
 * in the chosen format. Chunks are produced lazily, so nothing is written until they are consumed.
 */
export function exportView(dataset: Dataset, filter: ViewFilter, request: TextExportRequest, datasetName?: string): ExportResult {
  const dynamic = request.format === 'gexf' && request.dynamic === true;
  const viewFilter = dynamic ? wholeTimeline(filter) : filter;
  const snapshot = selectSnapshot(dataset, viewFilter);
  const context: ExportContext = { datasetName: datasetName ?? dataset.name ?? 'Untitled dataset', filter: viewFilter };
  const main = (mediaType: string, chunks: Iterable<string>): ExportFile => ({ role: 'main', mediaType, chunks });
  switch (request.format) {
    case 'gexf':
      return { snapshot, files: [main('application/gexf+xml', gexfChunks(snapshot, context, { dynamic }))] };
    case 'graphml':
      return { snapshot, files: [main('application/graphml+xml', graphmlChunks(snapshot, context))] };
    case 'json':
      return { snapshot, files: [main('application/json', datasetJsonChunks(dataset, snapshot))] };
    case 'svg':
      return { snapshot, files: [main('image/svg+xml', svgChunks(snapshot, request.positions, context, request.size))] };
    case 'csv':
      return {
        snapshot,
        files: [
          main('text/csv;charset=utf-8', interactionsCsvChunks(snapshot, dataset.articles)),
          { role: 'actors', mediaType: 'text/csv;charset=utf-8', chunks: actorsCsvChunks(snapshot) },
        ],
      };
  }
}
