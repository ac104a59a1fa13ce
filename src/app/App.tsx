import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Sigma } from 'sigma';
import type { Actor, Dataset } from '../model/types.ts';
import { clampFilter, type ExplorerView, type Selection } from '../model/urlState.ts';
import { dateSpan } from '../model/view.ts';
import { ViewTracker } from '../model/viewTracker.ts';
import { dailyCounts } from '../model/timeIndex.ts';
import type { FocusRequest } from './controllers/CameraController.tsx';
import { DetailsPanel } from './DetailsPanel.tsx';
import { ErrorBanner } from './ErrorBanner.tsx';
import { ExplorerContext } from './ExplorerContext.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import { FiltersPanel } from './FiltersPanel.tsx';
import { plural } from './format.ts';
import { GraphCanvas } from './GraphCanvas.tsx';
import { LoadProgress } from './LoadProgress.tsx';
import { EdgeTooltip } from './EdgeTooltip.tsx';
import { edgeBudgetFrom } from './lod.ts';
import { mergedPairsOf, mergedPartnersOf } from './mergedPairs.ts';
import { ExplorerScene } from './scene.ts';
import { browserScheduler } from './scheduler.ts';
import { SearchBox } from './SearchBox.tsx';
import { Timeline } from './Timeline.tsx';
import { TopBar } from './TopBar.tsx';
import { useDataset } from './useDataset.ts';
import { useFileDrop } from './useFileDrop.ts';
import { useLayout } from './useLayout.ts';
import { useSceneGraph } from './useSceneGraph.ts';
import { useUrlView, type HistoryMode } from './useUrlView.ts';

interface ExplorerProps {
  dataset: Dataset;
  view: ExplorerView;
  setView(view: ExplorerView, mode: HistoryMode): void;
  openFile(file: File): void;
}

function Explorer({ dataset, view, setView, openFile }: ExplorerProps) {
  const span = useMemo(() => dateSpan(dataset.events) ?? { first: '1970-01-01', last: '1970-01-01' }, [dataset]);
  const tracker = useMemo(() => new ViewTracker(dataset), [dataset]);
  const filter = useMemo(() => clampFilter(view.filter, span), [view.filter, span]);
  const { positions } = useLayout(tracker.participation);
  const { scene: builtScene, percent: built, error: buildError } = useSceneGraph(dataset, positions, view.eventNodes, tracker);
  const scene = useMemo(
    () => builtScene && new ExplorerScene(dataset, tracker, builtScene, view.eventNodes, browserScheduler, edgeBudgetFrom(window.location.search)),
    [dataset, tracker, builtScene, view.eventNodes],
  );
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const [focus, setFocus] = useState<FocusRequest>();

  // Applying a view is idempotent (the tracker ignores a filter it already shows), so it is safe
  // here even if React renders twice; the counts must be current in this very render.
  const counts = useMemo(() => {
    if (scene) scene.apply(filter);
    else if (tracker.filter !== filter) tracker.update(filter);
    return { interactions: tracker.interactions, actors: tracker.actors, merged: scene?.lod.merged ?? false, cut: scene?.lod.cut };
  }, [scene, tracker, filter]);
  const categories = JSON.stringify([filter.types, filter.statuses, filter.kinds]);
  // The histogram counts what passes the type, status and kind filters, so it follows only them.
  const perDay = useMemo(() => dailyCounts(tracker.index, tracker.passing), [tracker, categories]);

  const viewRef = useRef(view);
  viewRef.current = view;
  const update = useCallback((patch: Partial<ExplorerView>, mode: HistoryMode) => setView({ ...viewRef.current, ...patch }, mode), [setView]);
  const select = useCallback((selection: Selection | undefined) => {
    const { selection: _previous, ...rest } = viewRef.current;
    setView(selection ? { ...rest, selection } : rest, 'push');
  }, [setView]);
  const pick = useCallback((actor: Actor) => {
    select({ kind: 'actor', id: actor.id });
    setFocus((f) => ({ node: actor.id, serial: (f?.serial ?? 0) + 1 }));
  }, [select]);

  const context = useMemo(() => ({ dataset, filter, sigma }), [dataset, filter, sigma]);
  const actorsById = useMemo(() => new Map(dataset.actors.map((a) => [a.id, a])), [dataset]);
  const pairsOf = useCallback((eventId: string) => (scene ? mergedPairsOf(scene, eventId) : []), [scene]);
  const partnersOf = useCallback((actorId: string, limit: number) => (scene ? mergedPartnersOf(scene, actorId, limit) : []), [scene]);
  return (
    <ExplorerContext.Provider value={context}>
      <TopBar title={dataset.name ?? 'Untitled dataset'} search={<SearchBox actors={dataset.actors} onPick={pick} />} onOpenFile={openFile}>
        <ExportMenu />
      </TopBar>
      <main className="stage">
        <div className="canvas">
          {scene ? (
            <GraphCanvas scene={scene} selection={view.selection} showInactive={view.showInactive} focus={focus} onSelect={select} onSigma={setSigma} />
          ) : (
            <p className="canvas-message muted">
              {buildError
                ? `Could not build the graph: ${buildError}`
                : positions
                  ? `Building the graph: ${built}%…`
                  : `Laying out ${plural(dataset.actors.length, 'actor')}…`}
            </p>
          )}
          {scene && sigma && <EdgeTooltip sigma={sigma} scene={scene} actors={actorsById} />}
        </div>
        <FiltersPanel view={{ ...view, filter }} pairsMerged={counts.merged} onChange={(next) => setView(next, 'push')} />
        <DetailsPanel dataset={dataset} tracker={tracker} filter={filter} selection={view.selection} onSelect={select} mergedPairsOf={pairsOf} mergedPartnersOf={partnersOf} />
      </main>
      <Timeline
        span={span}
        filter={filter}
        dailyCounts={perDay}
        counts={counts}
        onScrub={(next) => update({ filter: next }, 'scrub')}
        onPlay={(next) => update({ filter: next }, 'replace')}
        onModeChange={(next) => update({ filter: next }, 'push')}
      />
    </ExplorerContext.Provider>
  );
}

export function App() {
  const data = useDataset();
  const [view, setView] = useUrlView();
  const dragging = useFileDrop(data.openFile);

  // A newly opened dataset has its own span and actors: start it on the whole span, nothing selected.
  const firstDataset = useRef<Dataset | undefined>(undefined);
  useEffect(() => {
    if (!data.dataset) return;
    if (!firstDataset.current) {
      firstDataset.current = data.dataset;
      return;
    }
    const { from: _from, to: _to, ...rest } = view.filter;
    const { selection: _selection, ...others } = view;
    setView({ ...others, filter: rest }, 'push');
    // Only a new dataset resets the view; the view changing must not, so it is not a dependency.
  }, [data.dataset]);

  return (
    <div className={`app ${dragging ? 'dragging' : ''}`}>
      {data.dataset ? (
        <Explorer dataset={data.dataset} view={view} setView={setView} openFile={data.openFile} />
      ) : (
        <>
          <TopBar title={data.loading ? 'Loading…' : 'No dataset'} search={null} onOpenFile={data.openFile} />
          <main className="stage">
            <p className="canvas-message muted">{data.loading ? 'Loading dataset…' : 'Open or drop a dataset file to start.'}</p>
          </main>
        </>
      )}
      {data.progress && <LoadProgress progress={data.progress} />}
      {data.error && <ErrorBanner message={data.error} onDismiss={data.dismissError} />}
      {dragging && <div className="drop-hint">Drop a dataset file to open it</div>}
    </div>
  );
}
