// Part of `npm run bench`: the whole bot over HTTP against a bare echo bot on the same SDK, in the
// same run (scripts/bench/), then a soak for memory. Prints figures only; the goals are printed
// next to them. Options (after `npm run bench --`):
//   --conversations 10,50   closed-loop conversations per phase (bot, echo, bot, echo… at each)
//   --pairs 3               bot-then-echo phase pairs at each number of conversations
//   --seconds 10 --warmup 3 measured seconds per phase, after a warm-up
//   --soak-minutes 10       soak length after --soak-warmup minutes (default 2); 0 skips the soak
//   --echo-node-options=--single-threaded-gc   node options (space-separated, after "=") for the echo bot (default: none, Node's own)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startChannel } from './bench/channel.ts';
import { runLoad, startClinicBot } from './bench/load.ts';
import { runSoak } from './bench/soak.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    conversations: { type: 'string', default: '10,50' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    pairs: { type: 'string', default: '3' },
    'soak-minutes': { type: 'string', default: '10' },
    'soak-warmup': { type: 'string', default: '2' },
    'soak-conversations': { type: 'string', default: '10' },
    'echo-node-options': { type: 'string', default: '' },
  },
  allowPositionals: true,
});

// Our own patient-style questions (tests/fixtures), cycled: the bench does not depend on ../shared.
const texts = readFileSync(path.join(here, '../tests/fixtures/answer/questions.txt'), 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));

await runLoad({
  conversations: values.conversations.split(',').map(Number),
  seconds: Number(values.seconds),
  warmup: Number(values.warmup),
  pairs: Number(values.pairs),
  texts,
  echoArgs: values['echo-node-options'].split(' ').filter(Boolean),
});

const minutes = Number(values['soak-minutes']);
if (minutes > 0) {
  const channel = await startChannel();
  const bot = await startClinicBot();
  try {
    const warmup = Number(values['soak-warmup']);
    console.log(`bench.soak: ${values['soak-conversations']} conversations, ${warmup} min warm-up, ${minutes} min measured`);
    let lastMinute = -1;
    const r = await runSoak({
      target: bot,
      channel,
      conversations: Number(values['soak-conversations']),
      texts,
      warmupMinutes: warmup,
      minutes,
      onSample: (minute, rss) => {
        if (Math.floor(minute) > lastMinute) {
          lastMinute = Math.floor(minute);
          console.log(`  soak minute ${lastMinute}: rss ${rss.toFixed(1)} MB`);
        }
      },
    });
    console.log(`bench.soak.turns ${r.turns} (${(r.turns / (minutes * 60)).toFixed(1)} turns/s) errors ${r.errors}`);
    console.log(`bench.soak.rss_mb start ${r.startRssMb.toFixed(1)} end ${r.endRssMb.toFixed(1)} peak ${r.peakRssMb.toFixed(1)} (goal <= 300)`);
    console.log(`bench.soak.rss_slope_mb_per_min ${r.slopeMbPerMin.toFixed(2)} (goal <= 1)`);
  } finally {
    await bot.stop();
    await channel.close();
  }
}
