import { chromium, type Browser } from 'playwright-core';

/** Debian's chromium with the project's flags, driven headless; browsers are never downloaded. */
const CHROMIUM_PATH = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];
/** SwiftShader gives headless chromium WebGL without a GPU, for sigma's canvas. */
const WEBGL_ARGS = ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'];

export function launchChromium(options: { webgl?: boolean; extraArgs?: string[] } = {}): Promise<Browser> {
  const args = [...CHROMIUM_ARGS, ...(options.webgl ? WEBGL_ARGS : []), ...(options.extraArgs ?? [])];
  return chromium.launch({ executablePath: CHROMIUM_PATH, args });
}
