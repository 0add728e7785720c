// npm run eval -- [setDir] [--verbose]: the project's own figures, one line each ("qa.correct 0.93 (77/83)").
// Runs the answer engine on the set directly (no bot), then the red-flag and vignette evaluations
// when their scripts exist.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { evalQa, type Figure } from './eval/qa.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const setDir = path.resolve(args.find((a) => !a.startsWith('-')) ?? path.join(here, '../../shared/eval'));

if (!existsSync(setDir)) {
  console.error(`eval: the set folder ${setDir} does not exist. Give one: npm run eval -- path/to/eval`);
  process.exit(1);
}

const print = (figures: Figure[]) => {
  for (const f of figures) console.log(`${f.name} ${f.value.toFixed(2)} ${f.detail}`);
};

const failures: string[] = [];
const qa = await evalQa(setDir, { verbose, freshMisses: args.includes('--fresh-misses'), failures });
for (const f of failures) console.log(`  ${f}`);
print(qa);

// Other helpers' evaluations, run when present: each exports one async function returning figures.
const others: [file: string, fn: string][] = [
  ['eval/redflags.ts', 'evalRedFlags'],
  ['eval/dialogRedFlags.ts', 'evalRedFlagsInDialog'],
  ['eval/vignettes.ts', 'evalVignettes'],
];
for (const [file, fn] of others) {
  const full = path.join(here, file);
  if (!existsSync(full)) continue;
  const mod = (await import(pathToFileURL(full).href)) as Record<string, (dir: string) => Promise<Figure[]>>;
  const run = mod[fn];
  if (typeof run !== 'function') {
    console.error(`eval: ${file} does not export ${fn}(setDir)`);
    process.exitCode = 1;
    continue;
  }
  print(await run(setDir));
}
