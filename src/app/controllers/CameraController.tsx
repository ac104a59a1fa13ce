import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';

export interface FocusRequest {
  node: string;
  /** Changes on every request, so asking twice for the same actor flies twice. */
  serial: number;
}

/** Flies the camera to the actor the user searched for. */
export function CameraController({ focus }: { focus: FocusRequest | undefined }) {
  const sigma = useSigma();
  useEffect(() => {
    if (!focus || !sigma.getGraph().hasNode(focus.node)) return;
    const target = sigma.getNodeDisplayData(focus.node);
    if (!target) return;
    void sigma.getCamera().animate({ x: target.x, y: target.y, ratio: Math.min(sigma.getCamera().ratio, 0.4) }, { duration: 600 });
  }, [focus, sigma]);
  return null;
}
