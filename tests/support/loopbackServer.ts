// An Express app listening on a free loopback port, for the tests' fake channel services.
import type { Server } from 'node:http';
import type { Express } from 'express';

export interface Loopback {
  /** http://127.0.0.1:PORT */
  url: string;
  close(): Promise<void>;
}

export async function listenOnLoopback(app: Express): Promise<Loopback> {
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
