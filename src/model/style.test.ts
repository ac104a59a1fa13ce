import { describe, expect, it } from 'vitest';
import { edgeColor, edgeSize, KIND_COLORS, MAX_NODE_SIZE, nodeSize, parallelCurvature, TYPE_COLORS, withAlpha } from './style.ts';

describe('style', () => {
  it('gives every actor kind and interaction type its own colour', () => {
    const all = [...Object.values(KIND_COLORS), ...Object.values(TYPE_COLORS)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('draws planned interactions fainter and thinner than those that occurred', () => {
    expect(edgeColor('call', 'occurred')).toBe(TYPE_COLORS.call);
    expect(edgeColor('call', 'planned')).toBe(withAlpha(TYPE_COLORS.call, 0.4));
    expect(withAlpha('#d55e00', 0.5)).toBe('rgba(213, 94, 0, 0.5)');
    expect(edgeSize('planned')).toBeLessThan(edgeSize('occurred'));
  });

  it('grows nodes with their interactions, monotonically and within bounds', () => {
    const sizes = [0, 1, 2, 5, 10, 100, 10_000].map(nodeSize);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeGreaterThanOrEqual(sizes[i - 1]!);
    expect(sizes[1]).toBeGreaterThan(sizes[0]!);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(MAX_NODE_SIZE);
  });

  it('fans parallel edges out symmetrically and keeps a single edge straight', () => {
    expect(parallelCurvature(0, 1)).toBe(0);
    const three = [0, 1, 2].map((k) => parallelCurvature(k, 3));
    expect(new Set(three).size).toBe(3);
    expect(three[0]).toBeCloseTo(-three[2]!);
    expect(three[1]).toBe(0);
    const many = Array.from({ length: 40 }, (_, k) => Math.abs(parallelCurvature(k, 40)));
    expect(Math.max(...many)).toBeLessThanOrEqual(0.9);
  });
});
