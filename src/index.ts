// Entry point: start the server, stop gracefully on SIGTERM/SIGINT. A broken content or config file
// stops the start with a message naming the file and line (no stack trace).
import { ContentError } from './clinical/contentFile.ts';
import { ConfigError } from './config.ts';
import { startServer } from './server.ts';

try {
  const server = await startServer();
  const stop = async (signal: string) => {
    process.stderr.write(`${signal} received, shutting down\n`);
    await server.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  process.stdout.write(`Clinic bot ready: open ${server.url.replace('127.0.0.1', 'localhost')}/ for the web chat\n`);
} catch (err) {
  if (err instanceof ContentError || err instanceof ConfigError) {
    process.stderr.write(`Cannot start: ${err.message}\n`);
    process.exit(1);
  }
  throw err;
}
