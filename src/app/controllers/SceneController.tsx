import { useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { Sigma } from 'sigma';
import type { ExplorerScene } from '../scene.ts';
import { sigmaTarget } from '../sigmaTarget.ts';

/** Connects the scene to the sigma instance and hands the instance up for other panels. */
export function SceneController({ scene, onSigma }: { scene: ExplorerScene; onSigma(sigma: Sigma | null): void }) {
  const sigma = useSigma();
  useEffect(() => {
    scene.attach(sigmaTarget(sigma));
    onSigma(sigma);
    return () => {
      scene.detach();
      onSigma(null);
    };
  }, [scene, sigma, onSigma]);
  return null;
}
