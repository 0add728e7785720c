// The clinic bot against a bare echo bot on the same SDK, same machine, same run: phases bot, echo,
// bot, echo… (`pairs` of them) at each number of conversations, then the ratios the targets are set
// in. On a shared 2-core VM one phase's CPU per turn varies by ±20 %, so three pairs, not two.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startChannel } from './channel.ts';
import { runPhase, percentile, type PhaseResult } from './loadPhase.ts';
import { memoryOf, startProcess, type ServerProcess } from './processes.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Environment for a bench run of the clinic bot: limits that would refuse a load generator raised. */
export const benchEnv: Record<string, string> = {
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_CLIENT: '1000000',
  RATE_LIMIT_PER_CONVERSATION: '100000',
};

/** The bot as `npm start` runs it: built to dist/ first (when the sources changed). */
export function startClinicBot(extraArgs: string[] = [], env: Record<string, string> = {}): Promise<ServerProcess> {
  execFileSync('bash', ['scripts/build.sh'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  // Through the script `npm start` and the Docker image use (the same node options; it execs node,
  // so the pid read for CPU and memory is node's).
  return startProcess('bot', 'bash', ['scripts/run-node.sh', ...extraArgs], { ...benchEnv, ...env }, root);
}

/** The bare echo bot, with Node's default options unless `nodeArgs` are given (`--echo-node-options`). */
export function startEchoBot(nodeArgs: string[] = []): Promise<ServerProcess> {
  return startProcess('echo', process.execPath, [...nodeArgs, path.join(root, 'scripts/bench/echo-bot.mjs')], {}, root);
}

const f = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');

interface Merged {
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerTurn: number;
  peakRssMb: number;
}

function merge(phases: PhaseResult[]): Merged {
  const latencies = phases.flatMap((p) => p.latencies).sort((a, b) => a - b);
  const turns = phases.reduce((s, p) => s + p.turns, 0);
  return {
    turnsPerSecond: phases.reduce((s, p) => s + p.turnsPerSecond, 0) / phases.length,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors: phases.reduce((s, p) => s + p.errors + p.noReply, 0),
    cpuMsPerTurn: phases.reduce((s, p) => s + p.cpuMsPerTurn * p.turns, 0) / turns,
    peakRssMb: Math.max(...phases.map((p) => p.peakRssMb)),
  };
}

export async function runLoad(opts: { conversations: number[]; seconds: number; warmup: number; texts: string[]; pairs?: number; botArgs?: string[]; echoArgs?: string[] }): Promise<void> {
  const channel = await startChannel();
  const bot = await startClinicBot(opts.botArgs);
  const echo = await startEchoBot(opts.echoArgs);
  if (opts.echoArgs?.length) console.log(`bench.load.echo_node_options ${opts.echoArgs.join(' ')}`);
  try {
    console.log(`bench.load.start_rss_mb bot ${f(memoryOf(bot.pid).rssMb)} echo ${f(memoryOf(echo.pid).rssMb)}`);
    // The load generator and the channel run in this process: cold, they took CPU from whichever
    // server went first (always the bot). One unmeasured phase against the echo warms them, not the bot.
    await runPhase({ target: echo, channel, conversations: opts.conversations[0] ?? 10, texts: opts.texts, warmupMs: 0, measureMs: opts.seconds * 1000 });
    for (const n of opts.conversations) {
      const phases: PhaseResult[] = [];
      for (const target of Array.from({ length: opts.pairs ?? 3 }, () => [bot, echo]).flat()) {
        const r = await runPhase({ target, channel, conversations: n, texts: opts.texts, warmupMs: opts.warmup * 1000, measureMs: opts.seconds * 1000 });
        phases.push(r);
        console.log(
          `  ${r.target.padEnd(4)} n=${n} turns/s ${f(r.turnsPerSecond)} p50 ${f(r.p50)} ms p99 ${f(r.p99)} ms cpu ${f(r.cpuMsPerTurn, 2)} ms/turn errors ${r.errors} no-reply ${r.noReply} peak-rss ${f(r.peakRssMb)} MB`,
        );
      }
      const b = merge(phases.filter((p) => p.target === 'bot'));
      const e = merge(phases.filter((p) => p.target === 'echo'));
      console.log(`bench.load.n${n}.bot p50 ${f(b.p50)} ms p99 ${f(b.p99)} ms turns/s ${f(b.turnsPerSecond)} cpu ${f(b.cpuMsPerTurn, 2)} ms/turn errors ${b.errors}`);
      console.log(`bench.load.n${n}.echo p50 ${f(e.p50)} ms p99 ${f(e.p99)} ms turns/s ${f(e.turnsPerSecond)} cpu ${f(e.cpuMsPerTurn, 2)} ms/turn errors ${e.errors}`);
      console.log(
        `bench.load.n${n}.ratio p50x ${f(b.p50 / e.p50, 2)} (goal <= 2) p99x ${f(b.p99 / e.p99, 2)} (goal <= 2) tputx ${f(b.turnsPerSecond / e.turnsPerSecond, 2)} (goal >= 0.5) cpux ${f(b.cpuMsPerTurn / e.cpuMsPerTurn, 2)}`,
      );
    }
    console.log(`bench.load.peak_rss_mb ${f(memoryOf(bot.pid).peakMb)} (goal <= 300; echo ${f(memoryOf(echo.pid).peakMb)})`);
  } finally {
    await Promise.all([bot.stop(), echo.stop()]);
    await channel.close();
  }
}
