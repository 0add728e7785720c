// The process as `npm start` runs it: starts, serves, stops cleanly on SIGTERM; and a broken content
// file stops the start with a message naming the file and the line.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'silent', MicrosoftAppId: '', DIRECT_LINE_SECRET: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += String(d)));
  child.stderr.on('data', (d) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

function contentCopy(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'content-'));
  temps.push(dir);
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  return dir;
}

describe('the process', () => {
  it('starts, answers /healthz, and exits 0 on SIGTERM', async () => {
    const port = String(40000 + Math.floor(Math.random() * 20000));
    const bot = start({ PORT: port });
    // A wait, not a timing: on a loaded 2-core machine the start alone has taken 25 s.
    const deadline = Date.now() + 60_000;
    let healthy = false;
    while (!healthy && Date.now() < deadline) {
      healthy = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
      if (!healthy) await new Promise((r) => setTimeout(r, 200));
    }
    expect(healthy).toBe(true);
    expect(bot.out()).toMatch(/open http:\/\/localhost:\d+\//);
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }, 80_000);

  it('refuses to start on a broken article, naming the file and line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'articles', 'self-care.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: [unclosed'));
    const bot = start({ PORT: '0', CONTENT_DIR: dir });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*self-care\.md:\d+: /);
  }, 40_000);

  it('refuses to start on a triage protocol with an unknown level, naming the file and line', async () => {
    const dir = contentCopy();
    const file = path.join(dir, 'triage.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/level: urgent/, 'level: whenever'));
    const bot = start({ PORT: '0', CONTENT_DIR: dir });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*triage\.yaml:\d+: /);
  }, 40_000);

  it('refuses to start on a bad clinic phone number from the environment', async () => {
    const bot = start({ PORT: '0', CLINIC_PHONE: 'call us maybe' });
    expect(await bot.exited).toBe(1);
    expect(bot.err()).toMatch(/Cannot start: .*clinic\.yaml: environment variable CLINIC_PHONE/);
  }, 40_000);
});
