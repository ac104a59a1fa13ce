/**
 * The points of an edge drawn as `segments` straight pieces, in line pairs: a quadratic curve
 * whose control point is @sigma/edge-curve's (the midpoint, moved across the edge by
 * `curvature` times its length), so a hairline follows the arc of the thick curve it stands for.
 * Written into `out` (x, y, x, y…; 4 numbers a piece): sigma calls this for every edge it
 * processes, a million times on a full refresh of the largest datasets.
 */
export function hairlinePoints(x1: number, y1: number, x2: number, y2: number, curvature: number, out: Float64Array): void {
  const segments = out.length / 4;
  const cx = (x1 + x2) / 2 - (y2 - y1) * curvature;
  const cy = (y1 + y2) / 2 + (x2 - x1) * curvature;
  for (let k = 0; k <= segments; k++) {
    const t = k / segments;
    const s = 1 - t;
    const x = s * s * x1 + 2 * s * t * cx + t * t * x2;
    const y = s * s * y1 + 2 * s * t * cy + t * t * y2;
    // Each inner point ends one piece and starts the next.
    if (k > 0) {
      out[4 * k - 2] = x;
      out[4 * k - 1] = y;
    }
    if (k < segments) {
      out[4 * k] = x;
      out[4 * k + 1] = y;
    }
  }
}
