import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { serveAppRequest } from '../electron/main/app-protocol';
import { APP_ORIGIN, RESPONSE_HEADERS } from '../electron/main/security';

export const RENDERER_ROOT = join(__dirname, '..', 'out', 'renderer');

/**
 * Serves the built renderer on loopback for the browser edition and the e2e
 * tests, through the same path guard and headers as the desktop app:// protocol.
 */
export function createWebServer(root = RENDERER_ROOT): Server {
  return createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, RESPONSE_HEADERS).end();
      return;
    }
    // Node's request listener returns nothing: the answer is written when ready, and a failure is a 500, not a crash.
    void serveAppRequest(root, `${APP_ORIGIN}${request.url ?? '/'}`)
      .then(async (answer) => {
        response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
        response.end(request.method === 'HEAD' ? undefined : Buffer.from(await answer.arrayBuffer()));
      })
      .catch(() => {
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  });
}

/** Starts the server; port 0 picks a free one. Resolves with the base URL. */
export function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(`http://${host}:${typeof address === 'object' && address ? address.port : port}/`);
    });
  });
}
