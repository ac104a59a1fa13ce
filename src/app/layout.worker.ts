import { computeLayout } from '../model/layout.ts';
import type { Dataset } from '../model/types.ts';

// ForceAtlas2 over the whole dataset runs here so the page stays responsive while it works.
self.onmessage = (message: MessageEvent<Dataset>) => {
  self.postMessage(computeLayout(message.data));
};
