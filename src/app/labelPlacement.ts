export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

function overlaps(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Sigma's label grid keeps labels a cell apart, but a label is wider than a cell, so neighbouring
 * labels still overprint. The placer remembers the boxes drawn in the current frame and refuses a
 * label that would overlap one. Sigma draws all labels of a frame synchronously, so a reset queued
 * as a microtask by the frame's first label runs exactly when the frame is done.
 */
export class LabelPlacer {
  private boxes: LabelBox[] = [];
  private resetQueued = false;

  constructor(private readonly queueReset: (reset: () => void) => void = (reset) => queueMicrotask(reset)) {}

  /** Whether the label may be drawn; a forced label (hovered, selected) always may. */
  place(box: LabelBox, force: boolean): boolean {
    if (!this.resetQueued) {
      this.resetQueued = true;
      this.queueReset(() => {
        this.boxes = [];
        this.resetQueued = false;
      });
    }
    if (!force && this.boxes.some((placed) => overlaps(placed, box))) return false;
    this.boxes.push(box);
    return true;
  }
}
