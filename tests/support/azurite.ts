// Starts the Azurite blob emulator (npm `azurite`) on a free loopback port in a temporary folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ACCOUNT = 'devstoreaccount1';
// Azurite's documented, public development key (not a secret).
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  connectionString: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/**
 * node_modules/.bin/azurite-blob of this folder or the nearest one above, as Node finds packages:
 * a Stryker sandbox (a folder in .stryker-tmp-NAME) has no node_modules of its own when the project's
 * node_modules is a symbolic link (a git worktree's), and finds the project's one level up.
 */
function azuriteBin(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const bin = path.join(dir, 'node_modules/.bin/azurite-blob');
    if (existsSync(bin)) return bin;
    if (path.dirname(dir) === dir) throw new Error('node_modules/.bin/azurite-blob not found: npm ci');
  }
}

export async function startAzurite(): Promise<Azurite> {
  const port = await freePort();
  const location = mkdtempSync(path.join(os.tmpdir(), 'azurite-'));
  const bin = azuriteBin();
  const child: ChildProcess = spawn(bin, ['--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location, '--skipApiVersionCheck', '--loose', '--silent'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Azurite exited: ${output}`);
    try {
      await fetch(`http://127.0.0.1:${port}/${ACCOUNT}?comp=list`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`Azurite did not start: ${output}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return {
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${KEY};BlobEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`,
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      rmSync(location, { recursive: true, force: true });
    },
  };
}
