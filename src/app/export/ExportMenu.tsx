import { useEffect, useRef, useState } from 'react';
import type { Sigma } from 'sigma';
import { actorsCsvPath } from '../../export/csv.ts';
import { exportFileName } from '../../export/file-names.ts';
import { exportView, PNG_SCALES, type PngScale, type TextExportRequest } from '../../export/formats.ts';
import type { Positions } from '../../model/layout.ts';
import { selectSnapshot } from '../../model/view.ts';
import { useExplorer } from '../ExplorerContext.tsx';
import { blobFromChunks, downloadBlob } from './download.ts';
import { viewToPng } from './pngImage.ts';
import './ExportMenu.css';

/** Where the explorer has placed each node, so the SVG is laid out as the screen is. */
function screenPositions(sigma: Sigma): Positions {
  const positions: Positions = {};
  sigma.getGraph().forEachNode((id, attrs) => {
    positions[id] = { x: Number(attrs.x), y: Number(attrs.y) };
  });
  return positions;
}

type TextChoice = { label: string; extension: string; dynamic?: boolean; request: (sigma: Sigma | null) => TextExportRequest | undefined };

const TEXT_CHOICES: TextChoice[] = [
  { label: 'SVG (vector drawing)', extension: 'svg', request: (sigma) => (sigma ? { format: 'svg', positions: screenPositions(sigma) } : undefined) },
  { label: 'GEXF (this range)', extension: 'gexf', request: () => ({ format: 'gexf' }) },
  { label: 'GEXF (timeline for Gephi)', extension: 'gexf', dynamic: true, request: () => ({ format: 'gexf', dynamic: true }) },
  { label: 'GraphML', extension: 'graphml', request: () => ({ format: 'graphml' }) },
  { label: 'CSV (interactions + actors)', extension: 'csv', request: () => ({ format: 'csv' }) },
  { label: 'JSON (dataset subset)', extension: 'json', request: () => ({ format: 'json' }) },
];

/** The Export menu: the picture or the file of exactly what is in view (range, mode and filters). */
export function ExportMenu() {
  const { dataset, filter, sigma } = useExplorer();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const root = useRef<HTMLDivElement>(null);
  const datasetName = dataset.name ?? 'Untitled dataset';

  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === 'Escape' : !root.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  useEffect(() => {
    if (!message || message.startsWith('Exporting')) return;
    const timer = setTimeout(() => setMessage(''), 8000);
    return () => clearTimeout(timer);
  }, [message]);

  const run = async (describe: string, work: () => Promise<string> | string) => {
    setOpen(false);
    setMessage(`Exporting ${describe}…`);
    // Let the message paint before the export occupies the main thread.
    await new Promise((resolve) => setTimeout(resolve, 0));
    try {
      setMessage(await work());
    } catch (err) {
      setMessage(`Export failed: ${(err as Error).message}`);
    }
  };

  const exportText = (choice: TextChoice) =>
    run(choice.label, () => {
      const request = choice.request(sigma);
      if (!request) return 'The graph is still being laid out; try again in a moment.';
      const fileName = exportFileName(datasetName, filter, choice.extension, choice.dynamic);
      const { snapshot, files } = exportView(dataset, filter, request, datasetName);
      for (const file of files) {
        downloadBlob(blobFromChunks(file.chunks, file.mediaType), file.role === 'actors' ? actorsCsvPath(fileName) : fileName);
      }
      const names = files.map((f) => (f.role === 'actors' ? actorsCsvPath(fileName) : fileName)).join(' and ');
      return snapshot.events.length === 0
        ? `Nothing in view: exported an empty graph to ${names}.`
        : `Exported ${snapshot.events.length} interactions to ${names}.`;
    });

  const exportPng = (scale: PngScale) =>
    run(`PNG ${scale}×`, async () => {
      if (!sigma) return 'The graph is still being laid out; try again in a moment.';
      const snapshot = selectSnapshot(dataset, filter);
      const fileName = exportFileName(datasetName, filter, scale === 1 ? 'png' : `${scale}x.png`);
      downloadBlob(await viewToPng(sigma, scale, { datasetName, filter, interactions: snapshot.events.length, actors: snapshot.actors.length }), fileName);
      return `Exported the view as ${fileName}.`;
    });

  return (
    <div className="export-menu" ref={root}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        Export ▾
      </button>
      {open && (
        <div className="export-menu-list" role="menu" aria-label="Export what is in view">
          <p className="export-menu-heading">Image</p>
          {PNG_SCALES.map((scale) => (
            <button key={scale} type="button" role="menuitem" disabled={!sigma} onClick={() => void exportPng(scale)}>
              PNG {scale}×
            </button>
          ))}
          <p className="export-menu-heading">Files</p>
          {TEXT_CHOICES.map((choice) => (
            <button key={choice.label} type="button" role="menuitem" disabled={choice.extension === 'svg' && !sigma} onClick={() => void exportText(choice)}>
              {choice.label}
            </button>
          ))}
        </div>
      )}
      <span className="export-menu-message muted" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
