import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface FocusRequest {
  node: string;
  /** Changes on every request, so asking twice for the same actor flies twice. */
  serial: number;
}

const SMALL_GRAPH = 60;

/** Flies the camera to the actor the user searched for. */
export function CameraController({ focus }: { focus: FocusRequest | undefined }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!focus || !sigma.getGraph().hasNode(focus.node)) return;
    const target = sigma.getNodeDisplayData(focus.node);
    if (!target) return;
    // A small graph is legible whole, so the camera only pans; a large one also zooms in.
    const camera = sigma.getCamera();
    const ratio = sigma.getGraph().order > SMALL_GRAPH ? Math.min(camera.ratio, 0.4) : camera.ratio;
    void camera.animate({ x: target.x, y: target.y, ratio }, { duration: 600 });
  }, [focus, sigma]);
  return null;
}
