// One load phase: N conversations in a closed loop (send a message, wait for the /api/messages
// response, send the next), as a channel would post them. Latency counts every turn that overlaps the
// measured window; throughput counts the turns completed inside it.
import { cpuMsOf, memoryOf, type ServerProcess } from './processes.ts';
import { postActivity, type Channel } from './channel.ts';

export interface PhaseResult {
  target: string;
  conversations: number;
  turns: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  noReply: number;
  cpuMsPerTurn: number;
  peakRssMb: number;
  latencies: number[];
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

let run = 0;

export async function runPhase(opts: {
  target: ServerProcess;
  channel: Channel;
  conversations: number;
  texts: string[];
  warmupMs: number;
  measureMs: number;
}): Promise<PhaseResult> {
  const { target, channel, texts } = opts;
  const url = `${target.url}/api/messages`;
  const prefix = `bench${process.pid}-${++run}`;
  const convs = Array.from({ length: opts.conversations }, (_, i) => ({ id: `${prefix}-c${i}`, user: `user-${i}`, k: 0 }));
  const activity = (c: (typeof convs)[number], type: string, extra: Record<string, unknown>) => ({
    type,
    id: `${c.id}-a${++c.k}`,
    channelId: 'emulator',
    serviceUrl: channel.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: c.user, name: 'Pat', role: 'user' },
    recipient: { id: 'bot', name: 'Bot', role: 'bot' },
    conversation: { id: c.id },
    ...extra,
  });
  const post = (body: unknown) => postActivity(url, body);
  // Every conversation is joined first: the welcome is not part of the measure.
  await Promise.all(convs.map((c) => post(activity(c, 'conversationUpdate', { membersAdded: [{ id: c.user, name: 'Pat' }, { id: 'bot', name: 'Bot' }] }))));

  const start = performance.now();
  const from = start + opts.warmupMs;
  const end = from + opts.measureMs;
  const latencies: number[] = [];
  let turns = 0;
  let errors = 0;
  let noReply = 0;
  let cpuFrom = NaN;
  let cpuTo = NaN;
  const timers = [
    setTimeout(() => (cpuFrom = cpuMsOf(target.pid)), opts.warmupMs),
    setTimeout(() => (cpuTo = cpuMsOf(target.pid)), opts.warmupMs + opts.measureMs),
  ];
  await Promise.all(
    convs.map(async (c, i) => {
      let j = i;
      while (performance.now() < end) {
        const before = channel.replies(c.id);
        const t0 = performance.now();
        const ok = await post(activity(c, 'message', { text: texts[j++ % texts.length], textFormat: 'plain' }));
        const t1 = performance.now();
        if (t1 >= from && t0 < end) {
          latencies.push(t1 - t0);
          if (t1 <= end) turns++;
          if (!ok) errors++;
          else if (channel.replies(c.id) === before) noReply++;
        }
        if (!ok) await new Promise((r) => setTimeout(r, 20)); // a refused request must not spin
      }
    }),
  );
  timers.forEach(clearTimeout);
  const cpuMs = cpuTo - cpuFrom;
  latencies.sort((a, b) => a - b);
  return {
    target: target.name,
    conversations: opts.conversations,
    turns,
    turnsPerSecond: turns / (opts.measureMs / 1000),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors,
    noReply,
    cpuMsPerTurn: turns ? cpuMs / turns : NaN,
    peakRssMb: memoryOf(target.pid).peakMb,
    latencies,
  };
}
