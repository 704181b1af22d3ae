import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A running static server: its origin, and the bytes it has sent per path since the last reset. */
export interface StaticServer {
  origin: string;
  sent: Map<string, number>;
  close(): Promise<void>;
}

/** Serves a built site from `root` on a free local port, so a bench needs nothing running beforehand. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const sent = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    sent.set(path, (sent.get(path) ?? 0) + body.length);
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, sent, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
