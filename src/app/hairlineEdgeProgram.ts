import { EdgeProgram, type EdgeProgramType, type ProgramInfo } from 'sigma/rendering';
import type { EdgeDisplayData, NodeDisplayData, RenderParams } from 'sigma/types';
import { floatColor } from 'sigma/utils';
import { hairlinePoints } from './hairlineGeometry.ts';

const UNIFORMS = ['u_matrix'] as const;

const VERTEX_SHADER = /* glsl */ `
attribute vec4 a_id;
attribute vec4 a_color;
attribute vec2 a_position;

uniform mat3 u_matrix;

varying vec4 v_color;

const float bias = 255.0 / 254.0;

void main() {
  gl_Position = vec4((u_matrix * vec3(a_position, 1)).xy, 0, 1);
  #ifdef PICKING_MODE
  v_color = a_id;
  #else
  v_color = a_color;
  #endif
  v_color.a *= bias;
}
`;

const FRAGMENT_SHADER = /* glsl */ `
precision mediump float;
varying vec4 v_color;
void main(void) {
  gl_FragColor = v_color;
}
`;

/**
 * Edges drawn as one-pixel lines (`gl.LINES`), straight or bent into `segments` pieces. Software
 * WebGL (SwiftShader) spends a few microseconds per instance of an instanced program whatever
 * its size, so at 10^5 interactions a frame of a 30-day window (16,000 edges) took 170–300 ms with
 * sigma's rectangle and curve programs; plain vertex buffers of lines take a fraction of that.
 * Lines have no thickness, so the scene marks emphasis with colour instead (ExplorerScene.hairlines).
 */
export function createHairlineEdgeProgram(segments: number): EdgeProgramType {
  class HairlineEdgeProgram extends EdgeProgram<(typeof UNIFORMS)[number]> {
    getDefinition() {
      const { FLOAT, UNSIGNED_BYTE, LINES } = WebGLRenderingContext;
      return {
        VERTICES: 2 * segments,
        VERTEX_SHADER_SOURCE: VERTEX_SHADER,
        FRAGMENT_SHADER_SOURCE: FRAGMENT_SHADER,
        METHOD: LINES,
        UNIFORMS,
        ATTRIBUTES: [
          { name: 'a_position', size: 2, type: FLOAT },
          { name: 'a_color', size: 4, type: UNSIGNED_BYTE, normalized: true },
          { name: 'a_id', size: 4, type: UNSIGNED_BYTE, normalized: true },
        ],
      };
    }

    private readonly points = new Float64Array(4 * segments);

    processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
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

    setUniforms(params: RenderParams, { gl, uniformLocations }: ProgramInfo<(typeof UNIFORMS)[number]>): void {
      gl.uniformMatrix3fv(uniformLocations.u_matrix, false, params.matrix);
    }
  }
  return HairlineEdgeProgram as unknown as EdgeProgramType;
}
