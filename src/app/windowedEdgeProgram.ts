import type { EdgeProgram, EdgeProgramType, ProgramInfo } from 'sigma/rendering';
import { dayNumber } from '../model/dates.ts';
import { lowerBound, upperBound } from '../model/timeIndex.ts';
import type { ViewFilter } from '../model/view.ts';
import { edgeProgramType, type SceneGraph } from './explorerGraph.ts';

/** The part [start, end) of an edge program's buffer that holds every edge that can be visible. */
export interface InstanceRange {
  start: number;
  end: number;
}

// TypeScript wants mixin bases typed with a rest parameter of `any[]`.
type EdgeProgramClass = abstract new (...args: any[]) => EdgeProgram;

/**
 * An edge program that draws only a run of its instances. Sigma fills each program's buffer in the
 * graph's edge order, which the scene graph keeps in date order, so the edges of a time window sit
 * in one contiguous run; everything outside it is hidden. Sigma 3 uploads and draws every instance
 * of a buffer on each frame, hidden ones included, and software WebGL spends about as long on a
 * hidden instance as on a drawn one: without this, each frame costs the whole dataset, not the window.
 * `rangeOf` returns undefined to draw everything (before the scene knows its view).
 */
export function windowedEdgeProgram<T extends EdgeProgramClass>(Base: T, rangeOf: (capacity: number) => InstanceRange | undefined): T {
  abstract class Windowed extends Base {
    /** The run to draw; undefined to draw as sigma does (no view yet, or an instanced program on WebGL 1). */
    private current(gl: WebGLRenderingContext | WebGL2RenderingContext): InstanceRange | undefined {
      const range = rangeOf(this.capacity);
      if (!range || (this.isInstanced && !(gl instanceof WebGL2RenderingContext))) return undefined;
      const start = Math.max(0, Math.min(range.start, this.capacity));
      return { start, end: Math.max(start, Math.min(range.end, this.capacity)) };
    }

    /** Sigma uploads a program's whole buffer on every draw; upload only the run, which then starts at 0. */
    protected override bindProgram(program: ProgramInfo): void {
      const range = this.current(program.gl);
      if (!range) return super.bindProgram(program);
      const whole = this.array;
      this.array = whole.subarray(range.start * this.STRIDE, range.end * this.STRIDE);
      try {
        super.bindProgram(program);
      } finally {
        this.array = whole;
      }
    }

    override drawWebGL(method: number, info: ProgramInfo): void {
      const gl = info.gl;
      const range = this.current(gl);
      if (!range) return super.drawWebGL(method, info);
      gl.bindFramebuffer(gl.FRAMEBUFFER, info.frameBuffer);
      const count = range.end - range.start;
      if (!count) return;
      if (!this.isInstanced) gl.drawArrays(method, 0, count * this.VERTICES);
      else if (gl instanceof WebGL2RenderingContext) gl.drawArraysInstanced(method, 0, this.VERTICES, count);
    }
  }
  return Windowed;
}

/** Sigma's registry wants concrete program classes; the windowed ones are, as their bases are. */
function asEdgeProgramType(program: EdgeProgramClass): EdgeProgramType {
  return program as unknown as EdgeProgramType;
}

/**
 * Where a view's edges sit in each edge program's buffer. Sigma numbers a program's edges in the
 * graph's edge order; the scene graph adds them in date order and gives each edge one program
 * type for good, so the edges of a window are one run per program, found by two binary searches.
 */
export class EdgeRuns {
  /** Day number of each edge of each program, in the program's order. */
  private readonly days = new Map<string, Int32Array>();
  private readonly inDateOrder: boolean;

  constructor(
    graph: SceneGraph,
    /** False for a per-pair scene: its edges are in order of their pair's first interaction, and any may come back later. */
    private readonly boundedBelow = true,
  ) {
    let ordered = true;
    const lists = new Map<string, number[]>();
    const dayOf = new Map<string, number>();
    graph.forEachEdge((_edge, attrs) => {
      const type = edgeProgramType(attrs);
      const list = lists.get(type) ?? lists.set(type, []).get(type)!;
      const day = dayOf.get(attrs.date) ?? dayOf.set(attrs.date, dayNumber(attrs.date)).get(attrs.date)!;
      if (list.length && list[list.length - 1]! > day) ordered = false;
      list.push(day);
    });
    for (const [type, list] of lists) this.days.set(type, Int32Array.from(list));
    this.inDateOrder = ordered;
  }

  /** The run of a program's buffer that the view can show; undefined when it cannot tell (draw all). */
  rangeOf(type: string, filter: ViewFilter | undefined, capacity: number): InstanceRange | undefined {
    const days = this.days.get(type) ?? new Int32Array(0);
    if (!filter || !this.inDateOrder || days.length !== capacity) return undefined;
    const start = this.boundedBelow && filter.mode === 'window' && filter.from !== undefined ? lowerBound(days, dayNumber(filter.from)) : 0;
    const end = filter.to !== undefined ? upperBound(days, dayNumber(filter.to)) : days.length;
    return { start, end };
  }
}

/**
 * The given edge programs, each drawing only the run of the scene's current view. For sigma's
 * `edgeProgramClasses`, built once per scene.
 */
export function windowedEdgePrograms(
  scene: { graph: SceneGraph; edges: { perPair: boolean }; tracker: { filter: ViewFilter | undefined } },
  programs: Record<string, EdgeProgramType>,
): Record<string, EdgeProgramType> {
  const runs = new EdgeRuns(scene.graph, !scene.edges.perPair);
  return Object.fromEntries(
    Object.entries(programs).map(([type, program]) => [
      type,
      asEdgeProgramType(windowedEdgeProgram(program as unknown as EdgeProgramClass, (capacity) => runs.rangeOf(type, scene.tracker.filter, capacity))),
    ]),
  );
}
