import { describe, expect, it } from 'vitest';
import { computeLayout } from '../model/layout.ts';
import { generateDataset } from '../model/synthetic.ts';
import type { ViewFilter } from '../model/view.ts';
import { buildSceneGraph, edgeProgramType } from './explorerGraph.ts';
import type { EdgeProgram } from 'sigma/rendering';
import { EdgeRuns, windowedEdgeProgram, type InstanceRange } from './windowedEdgeProgram.ts';

const dataset = generateDataset({ events: 400, actors: 40, seed: 5, start: '2024-01-01', days: 90 });
const { graph } = buildSceneGraph(dataset, computeLayout(dataset, 5), false);

/** Each program's edges in the order sigma numbers them: the graph's edge order, per type. */
function programs(): Record<string, { edge: string; date: string }[]> {
  const out: Record<string, { edge: string; date: string }[]> = {};
  graph.forEachEdge((edge, attrs) => (out[edgeProgramType(attrs)] ??= []).push({ edge, date: attrs.date }));
  return out;
}

describe('EdgeRuns', () => {
  const runs = new EdgeRuns(graph);
  const byType = programs();

  it('finds, for each program, the one run of its buffer that holds exactly the edges dated in the window', () => {
    expect(Object.keys(byType).sort()).toEqual(['curved', 'straight']);
    for (const filter of [
      { mode: 'window', from: '2024-02-01', to: '2024-02-29' },
      { mode: 'window', from: '2024-03-05', to: '2024-03-05' },
      { mode: 'cumulative', to: '2024-01-20' },
      { mode: 'window' },
    ] satisfies ViewFilter[]) {
      for (const [type, edges] of Object.entries(byType)) {
        const range = runs.rangeOf(type, filter, edges.length)!;
        const inside = (date: string) => (filter.mode !== 'window' || !filter.from || date >= filter.from) && (!filter.to || date <= filter.to);
        const expected = edges.flatMap(({ date }, i) => (inside(date) ? [i] : []));
        const run = Array.from({ length: range.end - range.start }, (_, k) => range.start + k);
        expect(run).toEqual(expected);
      }
    }
  });

  it('asks to draw everything when it cannot vouch for the run', () => {
    const filter: ViewFilter = { mode: 'window', from: '2024-02-01', to: '2024-02-29' };
    expect(runs.rangeOf('straight', undefined, byType.straight!.length)).toBeUndefined();
    expect(runs.rangeOf('straight', filter, byType.straight!.length + 1)).toBeUndefined();
  });
});

describe('windowedEdgeProgram', () => {
  /** Stands in for a sigma program: the windowed wrapper only reads these members and calls its methods. */
  function programWith(isInstanced: boolean, range: InstanceRange | undefined) {
    const calls: unknown[][] = [];
    const gl = {
      bindFramebuffer: () => undefined,
      drawArrays: (...args: unknown[]) => calls.push(['drawArrays', ...args]),
    };
    class Base {
      readonly isInstanced = isInstanced;
      readonly VERTICES = 6;
      readonly STRIDE = 24;
      readonly capacity = 100;
      array = Float32Array.from({ length: 100 * 24 }, (_, i) => i);
      bindProgram(_program: unknown) {
        calls.push(['upload', this.array.length, this.array[0]]);
      }
      drawWebGL(method: number, _info?: unknown) {
        calls.push(['all', method]);
      }
    }
    const Windowed = windowedEdgeProgram(Base as unknown as new () => EdgeProgram, () => range);
    const program = new (Windowed as unknown as new () => Base)();
    return {
      program,
      calls,
      draw: () => {
        program.bindProgram.call(program, { gl });
        program.drawWebGL.call(program, 1, { gl, frameBuffer: null } as never);
      },
    };
  }

  it('uploads and draws only the vertices of the run from a plain (not instanced) buffer', () => {
    const { draw, calls, program } = programWith(false, { start: 10, end: 25 });
    draw();
    expect(calls).toEqual([['upload', 15 * 24, 10 * 24], ['drawArrays', 1, 0, 15 * 6]]);
    expect(program.array.length).toBe(100 * 24);
  });

  it('draws nothing for an empty run and everything when there is no run', () => {
    const empty = programWith(false, { start: 40, end: 40 });
    empty.draw();
    expect(empty.calls).toEqual([['upload', 0, undefined]]);
    const unknown = programWith(false, undefined);
    unknown.draw();
    expect(unknown.calls).toEqual([['upload', 100 * 24, 0], ['all', 1]]);
  });
});
