// The process as `npm start` runs it: starts, serves, stops cleanly on SIGTERM; and a broken content
// file stops the start with a message naming the file and the line.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
const children: ChildProcess[] = [];
afterAll(() => {
  temps.forEach((t) => rmSync(t, { recursive: true, force: true }));
  children.forEach((c) => c.exitCode === null && c.kill('SIGKILL'));
});

// npm start builds dist/ when the sources changed; built once here so that the starts below do not race.
beforeAll(() => {
  execFileSync('bash', ['scripts/build.sh'], { cwd: root, stdio: 'ignore' });
}, 180_000);

function start(env: Record<string, string>) {
  // What `npm start` runs (exec: the signals reach node).
  const child = spawn('bash', ['scripts/start.sh'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'silent', MicrosoftAppId: '', DIRECT_LINE_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

/** The port from the ready line ("open http://localhost:PORT/"); fails if the process exits first. */
async function readyPort(bot: ReturnType<typeof start>): Promise<number> {
  let exited = false;
  void bot.exited.then(() => (exited = true));
  // A slow start on a busy machine is not a failure: wait as long as the test may take.
  for (const deadline = Date.now() + 140_000; Date.now() < deadline; ) {
    const match = bot.out().match(/open http:\/\/localhost:(\d+)\//);
    if (match) return Number(match[1]);
    if (exited) throw new Error(`the bot exited before it was ready: ${bot.err()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the bot never said it was ready');
}

function contentCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temps.push(dir);
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  return dir;
}

describe('the process', () => {
  it('starts, answers /healthz, and exits 0 on SIGTERM', async () => {
    // Port 0: the OS picks a free port; the ready line says which.
    const bot = start({ PORT: '0' });
    const port = await readyPort(bot);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).ok).toBe(true);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 150_000);

  it('refuses to start on a broken article, naming the file and line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'articles', 'self-care.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const bot = start({ PORT: '0', CONTENT_DIR: dir });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*self-care\.md:\d+: /);
  }, 150_000);

  it('refuses to start on a triage protocol with an unknown level, naming the file and line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'triage.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/level: urgent/, 'level: whenever'));
    const bot = start({ PORT: '0', CONTENT_DIR: dir });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*triage\.yaml:\d+: /);
  }, 150_000);

  it('refuses to start on a bad clinic phone number from the environment', async () => {
    const bot = start({ PORT: '0', CLINIC_PHONE: 'call us maybe' });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*clinic\.yaml: environment variable CLINIC_PHONE/);
  }, 150_000);
});
