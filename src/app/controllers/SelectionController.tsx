import { useEffect } from 'react';
import type { Selection } from '../../model/urlState.ts';
import type { ExplorerScene } from '../scene.ts';

/** Keeps the scene's highlight and inactive-actor display in step with the view. */
export function SelectionController({ scene, selection, showInactive }: { scene: ExplorerScene; selection: Selection | undefined; showInactive: boolean }) {
  useEffect(() => scene.select(selection), [scene, selection]);
  useEffect(() => scene.setShowInactive(showInactive), [scene, showInactive]);
  return null;
}
