import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { useMemo } from 'react';
import type { Sigma } from 'sigma';
import type { Selection } from '../model/urlState.ts';
import { CameraController, type FocusRequest } from './controllers/CameraController.tsx';
import { PointerController } from './controllers/PointerController.tsx';
import { SceneController } from './controllers/SceneController.tsx';
import { SelectionController } from './controllers/SelectionController.tsx';
import type { ExplorerScene } from './scene.ts';
import { makeSigmaSettings } from './sigmaSettings.ts';

interface GraphCanvasProps {
  scene: ExplorerScene;
  selection: Selection | undefined;
  showInactive: boolean;
  focus: FocusRequest | undefined;
  onSelect(selection: Selection | undefined): void;
  onSigma(sigma: Sigma | null): void;
}

export function GraphCanvas({ scene, selection, showInactive, focus, onSelect, onSigma }: GraphCanvasProps) {
  const settings = useMemo(() => makeSigmaSettings(scene), [scene]);
  return (
    <SigmaContainer graph={scene.graph} settings={settings} className="graph-canvas">
      <SceneController scene={scene} onSigma={onSigma} />
      <SelectionController scene={scene} selection={selection} showInactive={showInactive} />
      <PointerController scene={scene} onSelect={onSelect} />
      <CameraController focus={focus} />
    </SigmaContainer>
  );
}
