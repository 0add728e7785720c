// Starts the HTTP server for the app; used by index.ts and by tests that need the real thing.
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { createApp, type App } from './app.ts';
import { loadConfig } from './config.ts';
import { createLogger, type Logger } from './logger.ts';

export interface RunningServer {
  url: string;
  port: number;
  app: App;
  close(): Promise<void>;
}

/** Starts the bot; `env` overrides process.env (tests pass PORT: '0', STORAGE, app ids…). */
export async function startServer(env: Record<string, string | undefined> = {}, logger?: Logger): Promise<RunningServer> {
  const config = loadConfig({ ...process.env, ...env });
  const log = logger ?? createLogger(config.LOG_LEVEL);
  const app = createApp(config, log);
  const sockets = new Set<Socket>();
  const server: Server = await new Promise((resolve, reject) => {
    const s = app.app.listen(config.PORT, config.HOST, () => resolve(s));
    s.once('error', reject);
  });
  app.attachServer(server);
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  log.info({ event: 'listening', port }, 'clinic bot listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    app,
    close() {
      closing ??= (async () => {
        // Take no new turns (503, so channels retry elsewhere) and let those in flight finish and
        // save their state, up to SHUTDOWN_GRACE_MS; the socket stays open meanwhile because the
        // local Direct Line's replies come back through this same server. Then stop listening,
        // drop idle keep-alive connections, and the app.
        await app.drain();
        const done = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const force = setTimeout(() => sockets.forEach((s) => s.destroy()), 2000);
        await done;
        clearTimeout(force);
        await app.close();
      })();
      return closing;
    },
  };
}
