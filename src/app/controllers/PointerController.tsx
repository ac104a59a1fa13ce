import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import type { Selection } from '../../model/urlState.ts';
import { EVENT_NODE_PREFIX } from '../../model/graph.ts';
import type { ExplorerScene } from '../scene.ts';

/** Hover highlights an actor and its neighbours; a click selects an actor or an interaction. */
export function PointerController({ scene, onSelect }: { scene: ExplorerScene; onSelect(selection: Selection | undefined): void }) {
  const sigma = useSigma();
  const register = useRegisterEvents();
  useEffect(() => {
    const setCursor = (cursor: string) => {
      sigma.getContainer().style.cursor = cursor;
    };
    register({
      enterNode: ({ node }) => {
        scene.hover(node);
        setCursor('pointer');
      },
      leaveNode: () => {
        scene.hover(undefined);
        setCursor('');
      },
      enterEdge: () => setCursor('pointer'),
      leaveEdge: () => setCursor(''),
      clickNode: ({ node }) =>
        onSelect(node.startsWith(EVENT_NODE_PREFIX) ? { kind: 'event', id: node.slice(EVENT_NODE_PREFIX.length) } : { kind: 'actor', id: node }),
      clickEdge: ({ edge }) => onSelect({ kind: 'event', id: scene.edges.eventOf(scene.graph.getEdgeAttributes(edge)).id }),
      clickStage: () => onSelect(undefined),
    });
  }, [register, scene, sigma, onSelect]);
  return null;
}
