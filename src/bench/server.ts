import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

export interface StaticServer {
  url: string;
  /** The URL at which the page fetches a dataset file. */
  dataUrl(index: number): string;
  close(): Promise<void>;
}

/** Serves the built benchmark page and, under /data/<n>, the dataset files (streamed: they can be 400 MB). */
export async function serveBench(pageDir: string, dataFiles: readonly string[]): Promise<StaticServer> {
  // Relative paths (as given on the command line) would never match the absolute check below.
  const files = dataFiles.map((f) => resolve(f));
  const root = resolve(pageDir);
  const server: Server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const data = /^\/data\/(\d+)$/.exec(path);
    const file = data ? files[Number(data[1])] : join(root, normalize(path === '/' ? '/index.html' : path));
    if (!file || !file.startsWith(data ? '/' : root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${url}/`,
    dataUrl: (index) => `${url}/data/${index}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
