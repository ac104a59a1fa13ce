import { describe, expect, it } from 'vitest';
import { LabelPlacer } from './labelPlacement.ts';

function manualFrames() {
  const resets: Array<() => void> = [];
  const placer = new LabelPlacer((reset) => resets.push(reset));
  const endFrame = () => resets.splice(0).forEach((reset) => reset());
  return { placer, endFrame };
}

describe('LabelPlacer', () => {
  it('refuses a label that would overprint one already drawn in the frame', () => {
    const { placer } = manualFrames();
    expect(placer.place('n1', { x: 0, y: 0, width: 100, height: 14 }, false)).toBe(true);
    expect(placer.place('n2', { x: 60, y: 5, width: 100, height: 14 }, false)).toBe(false);
    expect(placer.place('n3', { x: 0, y: 20, width: 100, height: 14 }, false)).toBe(true);
  });

  it('always draws a forced label, such as the hovered or selected actor', () => {
    const { placer } = manualFrames();
    placer.place('n4', { x: 0, y: 0, width: 100, height: 14 }, false);
    expect(placer.place('n5', { x: 10, y: 0, width: 100, height: 14 }, true)).toBe(true);
  });

  it('starts every frame empty, so a label hidden in one frame can show in the next', () => {
    const { placer, endFrame } = manualFrames();
    placer.place('n6', { x: 0, y: 0, width: 100, height: 14 }, false);
    endFrame();
    expect(placer.place('n7', { x: 60, y: 5, width: 100, height: 14 }, false)).toBe(true);
  });

  it('starts a new frame when a node is labelled again, as when sigma renders twice in one task', () => {
    const { placer } = manualFrames();
    expect(placer.place('a', { x: 0, y: 0, width: 100, height: 14 }, false)).toBe(true);
    expect(placer.place('b', { x: 200, y: 0, width: 100, height: 14 }, false)).toBe(true);
    expect(placer.place('a', { x: 0, y: 0, width: 100, height: 14 }, false)).toBe(true);
    expect(placer.place('b', { x: 200, y: 0, width: 100, height: 14 }, false)).toBe(true);
  });
});
