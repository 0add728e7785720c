// The soak: the clinic bot under steady load for a while after a warm-up, its resident memory
// sampled every few seconds; the least-squares slope of those samples says whether it leaks.
// Conversations come and go (each one is replaced by a new one after `turnsPerConversation`), as
// they do in a clinic, so state for new conversations is part of what is measured.
import { postActivity, type Channel } from './channel.ts';
import { memoryOf, type ServerProcess } from './processes.ts';

export interface SoakResult {
  minutes: number;
  turns: number;
  errors: number;
  startRssMb: number;
  endRssMb: number;
  peakRssMb: number;
  slopeMbPerMin: number;
}

/** Least-squares slope of y over x. */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? NaN : num / den;
}

export async function runSoak(opts: {
  target: ServerProcess;
  channel: Channel;
  conversations: number;
  texts: string[];
  warmupMinutes: number;
  minutes: number;
  turnsPerConversation?: number;
  sampleSeconds?: number;
  onSample?: (minute: number, rssMb: number) => void;
}): Promise<SoakResult> {
  const { target, channel, texts } = opts;
  const perConversation = opts.turnsPerConversation ?? 200;
  const url = `${target.url}/api/messages`;
  const start = performance.now();
  const measureFrom = start + opts.warmupMinutes * 60_000;
  const end = measureFrom + opts.minutes * 60_000;
  const samples: { x: number; y: number }[] = [];
  let turns = 0;
  let errors = 0;
  let peak = 0;
  const sampler = setInterval(() => {
    const now = performance.now();
    const { rssMb, peakMb } = memoryOf(target.pid);
    peak = peakMb;
    if (now >= measureFrom) {
      const minute = (now - measureFrom) / 60_000;
      samples.push({ x: minute, y: rssMb });
      opts.onSample?.(minute, rssMb);
    }
  }, (opts.sampleSeconds ?? 5) * 1000);

  const post = (body: unknown) => postActivity(url, body);
  await Promise.all(
    Array.from({ length: opts.conversations }, async (_, slot) => {
      for (let generation = 0; performance.now() < end; generation++) {
        const conversation = { id: `soak${process.pid}-${slot}-${generation}` };
        const base = { channelId: 'emulator', serviceUrl: channel.serviceUrl, from: { id: `soak-user-${slot}-${generation}`, name: 'Pat' }, recipient: { id: 'bot', name: 'Bot' }, conversation };
        await post({ ...base, type: 'conversationUpdate', id: `${conversation.id}-join`, membersAdded: [{ id: base.from.id }, { id: 'bot' }] });
        for (let k = 0; k < perConversation && performance.now() < end; k++) {
          const ok = await post({ ...base, type: 'message', id: `${conversation.id}-${k}`, text: texts[(slot + k) % texts.length], timestamp: new Date().toISOString() });
          if (performance.now() >= measureFrom) {
            turns++;
            if (!ok) errors++;
          }
          if (!ok) await new Promise((r) => setTimeout(r, 20));
        }
      }
    }),
  );
  clearInterval(sampler);
  const { rssMb } = memoryOf(target.pid);
  return {
    minutes: opts.minutes,
    turns,
    errors,
    startRssMb: samples[0]?.y ?? NaN,
    endRssMb: rssMb,
    peakRssMb: Math.max(peak, memoryOf(target.pid).peakMb),
    slopeMbPerMin: slope(samples),
  };
}
