import { layoutFrom, type LayoutInput } from '../model/layout.ts';

// ForceAtlas2 over the whole dataset runs here so the page stays responsive while it works.
self.onmessage = (message: MessageEvent<LayoutInput>) => {
  self.postMessage(layoutFrom(message.data));
};
