import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { actorsCsvPath } from '../export/csv.ts';
import { writeChunksAtomic, tempPathFor } from '../export/file-sink.ts';
import { EXPORT_FORMATS, exportView, PNG_SCALES, type ExportFormat, type ExportResult, type PngScale, type TextExportRequest } from '../export/formats.ts';
import { describeView, edgeCount } from '../export/snapshot-parts.ts';
import { SVG_DEFAULT_SIZE } from '../export/svg.ts';
import { computeLayout } from '../model/layout.ts';
import { isRealDate } from '../model/schema.ts';
import { ACTOR_KINDS, EVENT_STATUSES, EVENT_TYPES, type Dataset } from '../model/types.ts';
import { parseDataset } from '../model/validate.ts';
import type { ViewFilter } from '../model/view.ts';
import { runCli, UsageError, UserError, writeFileAtomic } from './common.ts';

const USAGE = `usage: npm run export -- --data <dataset.json> --format <${EXPORT_FORMATS.join('|')}> --out <file>
         [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--mode window|cumulative] [--dynamic]
         [--types ${EVENT_TYPES.join(',')}] [--status ${EVENT_STATUSES.join(',')}] [--kinds ${ACTOR_KINDS.join(',')}]
         [--scale ${PNG_SCALES.join('|')}]
Exports what the explorer would show for that range and those filters. CSV also writes <out minus .csv>.actors.csv.
--dynamic (GEXF only) writes the whole timeline for Gephi; --scale applies to PNG only. See docs/export.md.`;

interface Request {
  dataPath: string;
  out: string;
  format: ExportFormat;
  filter: ViewFilter;
  dynamic: boolean;
  scale: PngScale;
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(`${flag}: unknown value "${value}" (expected ${allowed.join(', ')})`);
  return value as T;
}

function listOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim());
  return [...new Set(items.map((item) => oneOf(flag, item, allowed)))];
}

function date(flag: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isRealDate(value)) throw new UsageError(`${flag} "${value}" is not a date (expected YYYY-MM-DD)`);
  return value;
}

function parseRequest(argv: string[]): Request | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      options: {
        data: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' },
        from: { type: 'string' }, to: { type: 'string' }, mode: { type: 'string' }, dynamic: { type: 'boolean' },
        types: { type: 'string' }, status: { type: 'string' }, kinds: { type: 'string' }, scale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0]!);
  }
  if (parsed.help) return undefined;
  if (!parsed.data) throw new UsageError('--data <dataset.json> is required');
  if (!parsed.format) throw new UsageError(`--format is required (${EXPORT_FORMATS.join(', ')})`);
  if (!parsed.out) throw new UsageError('--out <file> is required');
  const format = oneOf('--format', parsed.format, EXPORT_FORMATS);
  const from = date('--from', parsed.from);
  const to = date('--to', parsed.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  const dynamic = parsed.dynamic === true;
  if (dynamic && format !== 'gexf') throw new UsageError('--dynamic applies to --format gexf only');
  if (dynamic && (from || to || parsed.mode)) throw new UsageError('--dynamic exports the whole timeline; drop --from, --to and --mode');
  if (parsed.scale !== undefined && format !== 'png') throw new UsageError('--scale applies to --format png only');
  const scale = Number(oneOf('--scale', parsed.scale ?? '1', PNG_SCALES.map(String))) as PngScale;
  const types = listOf('--types', parsed.types, EVENT_TYPES);
  const statuses = listOf('--status', parsed.status, EVENT_STATUSES);
  const kinds = listOf('--kinds', parsed.kinds, ACTOR_KINDS);
  const filter: ViewFilter = {
    mode: oneOf('--mode', parsed.mode ?? 'window', ['window', 'cumulative'] as const),
    ...(from ? { from } : {}), ...(to ? { to } : {}),
    ...(types ? { types } : {}), ...(statuses ? { statuses } : {}), ...(kinds ? { kinds } : {}),
  };
  return { dataPath: parsed.data, out: parsed.out, format, filter, dynamic, scale };
}

function loadDataset(path: string): Dataset {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UserError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? (err as Error).message})`, 2);
  }
  return parseDataset(text, path);
}

function textRequest(request: Request, dataset: Dataset): TextExportRequest {
  switch (request.format) {
    case 'png':
    case 'svg':
      return { format: 'svg', positions: computeLayout(dataset) };
    case 'gexf':
      return { format: 'gexf', dynamic: request.dynamic };
    default:
      return { format: request.format };
  }
}

async function write(request: Request, result: ExportResult): Promise<string[]> {
  if (request.format === 'png') {
    const svgPath = `${tempPathFor(request.out)}.svg`;
    try {
      writeChunksAtomic([{ path: svgPath, chunks: result.files[0]!.chunks }]);
      // Loaded only here: the browser driver is large and the other formats do not need it.
      const { renderSvgFileToPng } = await import('../export/png.ts');
      writeFileAtomic(request.out, await renderSvgFileToPng(svgPath, SVG_DEFAULT_SIZE, request.scale));
    } catch (err) {
      if ((err as Error).name !== 'TimeoutError') throw err;
      const edges = edgeCount(result.snapshot);
      throw new UserError(`${request.out}: chromium did not finish drawing ${edges} edges in time; export SVG instead, or narrow the range or filters`);
    } finally {
      rmSync(svgPath, { force: true });
    }
    return [request.out];
  }
  const targets = result.files.map((f) => ({ path: f.role === 'actors' ? actorsCsvPath(request.out) : request.out, chunks: f.chunks }));
  writeChunksAtomic(targets);
  return targets.map((t) => t.path);
}

async function main(argv: string[]): Promise<number> {
  const request = parseRequest(argv);
  if (!request) {
    console.log(USAGE);
    return 0;
  }
  const dataset = loadDataset(request.dataPath);
  const result = exportView(dataset, request.filter, textRequest(request, dataset), dataset.name ?? basename(request.dataPath));
  let written: string[];
  try {
    written = await write(request, result);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!code) throw err;
    throw new UserError(`${request.out}: cannot write (${code})`);
  }
  const { events, actors } = result.snapshot;
  const view = request.dynamic ? 'whole timeline' : describeView(request.filter);
  console.error(
    events.length === 0
      ? `export: no interactions in view (${view}); wrote an empty graph to ${written.join(' and ')}`
      : `export: wrote ${events.length} interactions among ${actors.length} actors (${view}) to ${written.join(' and ')}`,
  );
  return 0;
}

await runCli('export', main);
