import { describe, expect, it } from 'vitest';
import { hairlinePoints } from './hairlineGeometry.ts';

/** The point at t on the quadratic curve from (0,0) to (10,0) bent by `curvature`, as sigma's curve program bends it. */
function onCurve(t: number, curvature: number): [number, number] {
  const control = [5, 10 * curvature];
  return [2 * t * (1 - t) * control[0]! + t * t * 10, 2 * t * (1 - t) * control[1]!];
}

function points(x1: number, y1: number, x2: number, y2: number, curvature: number, segments: number): Float64Array {
  const out = new Float64Array(4 * segments);
  hairlinePoints(x1, y1, x2, y2, curvature, out);
  return out;
}

describe('hairlinePoints', () => {
  it('draws a straight edge as one line from source to target', () => {
    expect([...points(1, 2, 5, 8, 0, 1)]).toEqual([1, 2, 5, 8]);
  });

  it('joins the pieces of a curved edge end to end along the arc, bending to the left of its direction', () => {
    const arc = points(0, 0, 10, 0, 0.3, 3);
    const pairs = Array.from({ length: 6 }, (_, i) => [arc[2 * i]!, arc[2 * i + 1]!]);
    expect(pairs[0]).toEqual([0, 0]);
    expect(pairs[5]![0]).toBeCloseTo(10);
    for (const [i, t] of [[1, 1 / 3], [2, 1 / 3], [3, 2 / 3], [4, 2 / 3]] as const) {
      expect(pairs[i]![0]).toBeCloseTo(onCurve(t, 0.3)[0]);
      expect(pairs[i]![1]).toBeCloseTo(onCurve(t, 0.3)[1]);
    }
    // A negative curvature mirrors the arc: the two sides of a pair's fan.
    expect(points(0, 0, 10, 0, -0.3, 3)[3]).toBeCloseTo(-pairs[1]![1]!);
  });
});
