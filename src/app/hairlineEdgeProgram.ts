import { EdgeLineProgram, type EdgeProgramType } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { hairlinePoints } from './hairlineGeometry.ts';

/**
 * Curved edges drawn as one-pixel lines (`gl.LINES`) bent into `segments` pieces: sigma's line
 * program, which draws straight hairlines, with more vertices per edge. Software WebGL
 * (SwiftShader) spends microseconds per instance of an instanced program whatever its size, so
 * at 10^5 interactions a frame of a 30-day window (19,500 edges) took 170–300 ms with sigma's
 * rectangle and curve programs; plain vertex buffers of lines take a fraction of that. Lines have
 * no thickness, so the scene marks emphasis with colour instead (ExplorerScene.hairlines).
 */
export function createCurvedHairlineProgram(segments: number): EdgeProgramType {
  class CurvedHairlineProgram extends EdgeLineProgram {
    private readonly points = new Float64Array(4 * segments);

    override getDefinition() {
      return { ...super.getDefinition(), VERTICES: 2 * segments };
    }

    override processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
      const curvature = (data as EdgeDisplayData & { curvature?: number }).curvature ?? 0;
      hairlinePoints(source.x, source.y, target.x, target.y, curvature, this.points);
      const color = floatColor(data.color);
      const array = this.array;
      for (let i = 0; i < this.points.length; i += 2) {
        array[startIndex++] = this.points[i]!;
        array[startIndex++] = this.points[i + 1]!;
        array[startIndex++] = color;
        array[startIndex++] = edgeIndex;
      }
    }
  }
  return CurvedHairlineProgram as unknown as EdgeProgramType;
}
