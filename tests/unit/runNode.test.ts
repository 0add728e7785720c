// scripts/run-node.sh starts the bot for `npm start`, the Docker image and the bench: the options the
// bot was measured with must be the ones it runs with, and a mistyped setting must stop it clearly.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `-p` makes node print instead of running dist/src/index.js (which then is only an argument).
function run(env: Record<string, string>) {
  const r = spawnSync('bash', ['scripts/run-node.sh', '-p', 'JSON.stringify([process.execArgv, require("v8").getHeapStatistics().heap_size_limit])'], {
    env: { ...process.env, NODE_GC: '', NODE_HEAP_MB: '', ...env },
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr, out: r.status === 0 ? (JSON.parse(r.stdout) as [string[], number]) : undefined };
}

describe('run-node.sh', () => {
  it("by default: Node's own collector and a 256 MB heap", () => {
    const { status, out } = run({});
    expect(status).toBe(0);
    expect(out![0]).not.toContain('--single-threaded-gc');
    expect(out![0]).toContain('--max-old-space-size=256');
  });

  it('NODE_GC=single runs the collector on the main thread; NODE_HEAP_MB sets the cap', () => {
    expect(run({ NODE_GC: 'single' }).out![0]).toContain('--single-threaded-gc');
    const { status, out } = run({ NODE_GC: 'parallel', NODE_HEAP_MB: '512' });
    expect(status).toBe(0);
    expect(out![0]).not.toContain('--single-threaded-gc');
    const small = run({ NODE_HEAP_MB: '128' }).out![1];
    expect(out![1]).toBeGreaterThan(small + 300 * 1024 * 1024);
  });

  it('a mistyped NODE_GC stops it with a message naming the setting', () => {
    const { status, stderr } = run({ NODE_GC: 'paralel' });
    expect(status).toBe(1);
    expect(stderr).toMatch(/NODE_GC must be 'single' or 'parallel', not 'paralel'/);
  });
});
