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
 * label that would overlap one. A frame ends when control returns to the event loop (sigma draws a
 * frame's labels synchronously), so the frame's first label queues a reset as a microtask; and
 * since sigma labels each node at most once a frame, a node labelled again means a new frame began
 * within the same task (two synchronous refreshes).
 */
export class LabelPlacer {
  private boxes: LabelBox[] = [];
  private labelled = new Set<string>();
  private resetQueued = false;

  constructor(private readonly queueReset: (reset: () => void) => void = (reset) => queueMicrotask(reset)) {}

  /** Whether the node's label may be drawn; a forced label (hovered, selected) always may. */
  place(node: string, box: LabelBox, force: boolean): boolean {
    if (this.labelled.has(node)) this.reset();
    if (!this.resetQueued) {
      this.resetQueued = true;
      this.queueReset(() => {
        this.reset();
        this.resetQueued = false;
      });
    }
    this.labelled.add(node);
    if (!force && this.boxes.some((placed) => overlaps(placed, box))) return false;
    this.boxes.push(box);
    return true;
  }

  private reset(): void {
    this.boxes = [];
    this.labelled.clear();
  }
}
