import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, serializeView, type ExplorerView } from '../model/urlState.ts';

/**
 * How a change enters the browser history: `push` for a deliberate step (back undoes it),
 * `scrub` for slider drags and key repeats (one entry per gesture), `replace` for playback.
 */
export type HistoryMode = 'push' | 'scrub' | 'replace';

/** Changes closer together than this belong to the same scrubbing gesture. */
const GESTURE_GAP_MS = 800;

export function useUrlView(): [ExplorerView, (next: ExplorerView, mode: HistoryMode) => void] {
  const [view, setViewState] = useState<ExplorerView>(() => parseView(window.location.search));
  const lastScrub = useRef(0);

  useEffect(() => {
    const onPop = () => setViewState(parseView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const setView = useCallback((next: ExplorerView, mode: HistoryMode) => {
    setViewState(next);
    const search = serializeView(next, window.location.search);
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    const now = performance.now();
    const continuing = mode === 'replace' || (mode === 'scrub' && now - lastScrub.current < GESTURE_GAP_MS);
    lastScrub.current = mode === 'scrub' ? now : 0;
    if (continuing) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }, []);

  return [view, setView];
}
