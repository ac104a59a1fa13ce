import type { LoadingState } from './useDataset.ts';

const MIB = 2 ** 20;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(bytes < 10 * MIB ? 1 : 0)} MB`;

/** "Reading x.json.gz: 12 of 40 MB", "Checking x.json…", "Building the graph of x.json…". */
function progressText(progress: LoadingState): string {
  const { source } = progress;
  if (progress.phase === 'building') return `Building the graph of ${source}…`;
  if (progress.phase === 'validating') return `Checking ${source}…`;
  if (progress.phase === 'receiving') return `Receiving ${source}: ${progress.loaded.toLocaleString('en-GB')} of ${(progress.total ?? 0).toLocaleString('en-GB')} interactions`;
  return `Reading ${source}: ${mib(progress.loaded)}${progress.total ? ` of ${mib(progress.total)}` : ''}`;
}

/** How far along the load is, from 0 to 1: reading is most of the wait, checking and building the rest. */
function progressFraction(progress: LoadingState): number {
  if (progress.phase === 'building') return 0.95;
  if (progress.phase === 'validating') return 0.8;
  if (progress.phase === 'receiving') return 0.85 + 0.1 * (progress.total ? progress.loaded / progress.total : 0);
  return progress.total ? 0.8 * Math.min(1, progress.loaded / progress.total) : 0;
}

/** A thin bar over the top of the page while a dataset loads; whatever graph is shown stays usable. */
export function LoadProgress({ progress }: { progress: LoadingState }) {
  const fraction = progressFraction(progress);
  return (
    <div
      className="load-progress"
      role="progressbar"
      aria-label={progressText(progress)}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(fraction * 100)}
      style={{ position: 'fixed', top: 0, left: 0, right: 0, zIndex: 20, pointerEvents: 'none' }}
    >
      <div style={{ height: 3, width: `${Math.max(2, fraction * 100)}%`, background: '#0b5cad', transition: 'width 0.2s' }} />
      <div style={{ display: 'inline-block', margin: '4px 8px', padding: '2px 8px', fontSize: 12, background: 'rgba(255, 255, 255, 0.95)', border: '1px solid #d5dae1', borderRadius: 6 }}>
        {progressText(progress)}
      </div>
    </div>
  );
}
