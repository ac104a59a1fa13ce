import { useEffect, useState } from 'react';
import type { Sigma } from 'sigma';
import type { SigmaEdgeEventPayload } from 'sigma/types';
import type { Actor } from '../model/types.ts';
import { formatDate, plural } from './format.ts';
import type { ExplorerScene } from './scene.ts';

interface Tip {
  x: number;
  y: number;
  text: string;
}

/** Words for the edge under the pointer: the pair, and how many interactions a merged edge stands for. */
function edgeTipText(scene: ExplorerScene, edge: string, actors: ReadonlyMap<string, Actor>): string {
  const { graph, edges } = scene;
  const name = (node: string) => actors.get(node)?.name ?? node;
  const pair = `${name(graph.source(edge))} – ${name(graph.target(edge))}`;
  const attrs = graph.getEdgeAttributes(edge);
  const count = edges.countOf(attrs);
  if (count > 1) return `${pair}: ${plural(count, 'interaction')} in view, drawn as one line`;
  const event = edges.eventOf(attrs);
  return `${pair}: ${event.type}, ${formatDate(event.date)}`;
}

/** A tooltip that follows the pointer over an edge (sigma reports edge hovers on graphs small enough for edge events). */
export function EdgeTooltip({ sigma, scene, actors }: { sigma: Sigma; scene: ExplorerScene; actors: ReadonlyMap<string, Actor> }) {
  const [tip, setTip] = useState<Tip>();
  useEffect(() => {
    const enter = ({ edge, event }: SigmaEdgeEventPayload) => setTip({ x: event.x, y: event.y, text: edgeTipText(scene, edge, actors) });
    const leave = () => setTip(undefined);
    sigma.on('enterEdge', enter);
    sigma.on('leaveEdge', leave);
    return () => {
      sigma.off('enterEdge', enter);
      sigma.off('leaveEdge', leave);
      setTip(undefined);
    };
  }, [sigma, scene, actors]);
  if (!tip) return null;
  return (
    <div
      className="edge-tip"
      role="tooltip"
      style={{
        position: 'absolute', left: tip.x + 12, top: tip.y + 12, pointerEvents: 'none', zIndex: 5,
        background: 'rgba(255, 255, 255, 0.95)', border: '1px solid #d5dae1', borderRadius: 6, padding: '3px 8px', fontSize: 12,
      }}
    >
      {tip.text}
    </div>
  );
}
