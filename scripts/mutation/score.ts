// Prints the mutation score per folder (and the total) from Stryker JSON reports, and lists the
// surviving mutants of the files given with --survivors (folder or file prefixes).
//   node --import tsx scripts/mutation/score.ts REPORT.json [MORE.json…] [--survivors src/clinical/triage …]
// A folder instead of a report reads the event-recorder's one file per tested mutant: the partial
// result of a run that was stopped before its end.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { mutants: Mutant[] }>;
}

const args = process.argv.slice(2);
const cut = args.indexOf('--survivors');
const reports = cut < 0 ? args : args.slice(0, cut);
const survivorsOf = cut < 0 ? [] : args.slice(cut + 1);
if (reports.length === 0) reports.push('reports/mutation/mutation.json');

/** The mutants of an event-recorder folder, grouped by file as in a report. */
function fromEvents(dir: string): Report['files'] {
  const files: Report['files'] = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith('-onMutantTested.json'))) {
    const m = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Mutant & { fileName: string };
    (files[m.fileName] ??= { mutants: [] }).mutants.push(m);
  }
  return files;
}

const read = (f: string): Report['files'] => (statSync(f).isDirectory() ? fromEvents(f) : (JSON.parse(readFileSync(f, 'utf8')) as Report).files);
const files = Object.assign({}, ...reports.map(read)) as Report['files'];

// Stryker's own definition: detected = killed + timeout; invalid (compile / runtime errors) and
// ignored mutants (static ones under ignoreStatic, a `Stryker disable` line) do not count; "no
// coverage" counts as survived.
const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

interface Tally { detected: number; undetected: number; invalid: number; ignored: number }
const folders = new Map<string, Tally>();
const total: Tally = { detected: 0, undetected: 0, invalid: 0, ignored: 0 };
const survivors: string[] = [];

for (const [name, { mutants }] of Object.entries(files)) {
  const rel = path.relative(process.cwd(), path.resolve(name));
  const folder = path.dirname(rel);
  const tally = folders.get(folder) ?? { detected: 0, undetected: 0, invalid: 0, ignored: 0 };
  folders.set(folder, tally);
  for (const m of mutants) {
    const key = DETECTED.has(m.status) ? 'detected' : UNDETECTED.has(m.status) ? 'undetected' : m.status === 'Ignored' ? 'ignored' : 'invalid';
    tally[key]++;
    total[key]++;
    if (key === 'undetected' && survivorsOf.some((p) => rel.startsWith(p))) {
      const where = `${rel}:${m.location.start.line}:${m.location.start.column}`;
      survivors.push(`${where}  ${m.status}  ${m.mutatorName}  ${(m.replacement ?? '').replace(/\s+/g, ' ').slice(0, 80)}`);
    }
  }
}

const pct = (t: Tally) => (t.detected + t.undetected === 0 ? 'n/a' : `${((100 * t.detected) / (t.detected + t.undetected)).toFixed(1)} %`);
const row = (name: string, t: Tally) =>
  `${name.padEnd(28)} ${pct(t).padStart(8)}  killed ${String(t.detected).padStart(5)}  survived ${String(t.undetected).padStart(5)}  invalid ${String(t.invalid).padStart(5)}  ignored ${String(t.ignored).padStart(5)}`;
console.log(`mutation score per folder (${reports.join(', ')}; killed = killed + timed out, survived = survived + not covered)`);
for (const [name, t] of [...folders].sort(([a], [b]) => a.localeCompare(b))) console.log(row(name, t));
console.log(row('all', total));
if (survivors.length) console.log(`\nsurvivors:\n${survivors.join('\n')}`);
