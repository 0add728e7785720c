// Red-flag detector evaluation: recall on reported red flags (must be 100 %) and false alarms on
// benign statements (goal ≤ 5 %). Usage: node --import tsx scripts/eval/redflags.ts ../shared/eval
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEvalServices } from './evalBot.ts';
import { loadProtocol } from '../../src/clinical/triage/loadProtocol.ts';
import { LEVEL_ORDER, type TriageLevel } from '../../src/clinical/types.ts';

export interface Figure {
  name: string;
  value: number;
  detail: string;
}

interface Miss {
  set: string;
  label: string;
  text: string;
  got: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const protocolFile = path.resolve(here, '../../content/triage.yaml');

function readJsonl<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const rank = (l: TriageLevel) => LEVEL_ORDER.indexOf(l);

/** Runs the detector over an eval folder; `misses` collects what went wrong (for printing). */
export async function evalRedFlags(setDir: string, misses: Miss[] = []): Promise<Figure[]> {
  // The detector as the bot builds it: screening cues and WordNet words included.
  const detector = { detect: loadEvalServices().triage.detect };
  const figures: Figure[] = [];
  const top = (text: string): TriageLevel => {
    const hits = detector.detect(text).hits;
    return hits.reduce<TriageLevel>((best, h) => (rank(h.level) > rank(best) ? h.level : best), 'self-care');
  };
  const describe = (text: string) => detector.detect(text).hits.map((h) => `${h.flagId}:${h.level}`).join(', ') || 'nothing';

  const flagRows = readJsonl<{ say: string; flag: string; level: TriageLevel }>(path.join(setDir, 'redflags.jsonl'));
  const perFlag = new Map<string, { n: number; ok: number }>();
  for (const row of flagRows) {
    const ok = rank(top(row.say)) >= rank(row.level);
    const f = perFlag.get(row.flag) ?? { n: 0, ok: 0 };
    f.n++;
    if (ok) f.ok++;
    perFlag.set(row.flag, f);
    if (!ok) misses.push({ set: 'redflags', label: `${row.flag}/${row.level}`, text: row.say, got: describe(row.say) });
  }
  const found = [...perFlag.values()].reduce((s, f) => s + f.ok, 0);
  figures.push({
    name: 'redflags.recall',
    value: found / flagRows.length,
    detail: `${found}/${flagRows.length}; ` + [...perFlag].map(([flag, f]) => `${flag} ${f.ok}/${f.n}`).join(', '),
  });

  const benignRows = readJsonl<{ say: string; kind: string }>(path.join(setDir, 'benign.jsonl'));
  const perKind = new Map<string, { n: number; alarms: number }>();
  for (const row of benignRows) {
    const alarm = rank(top(row.say)) >= rank('urgent');
    const k = perKind.get(row.kind) ?? { n: 0, alarms: 0 };
    k.n++;
    if (alarm) k.alarms++;
    perKind.set(row.kind, k);
    if (alarm) misses.push({ set: 'benign', label: row.kind, text: row.say, got: describe(row.say) });
  }
  const alarms = [...perKind.values()].reduce((s, k) => s + k.alarms, 0);
  figures.push({
    name: 'benign.falseAlarmRate',
    value: alarms / benignRows.length,
    detail: `${alarms}/${benignRows.length}; ` + [...perKind].map(([kind, k]) => `${kind} ${k.alarms}/${k.n}`).join(', '),
  });

  const oosFile = path.join(setDir, 'out_of_scope.jsonl');
  if (existsSync(oosFile)) {
    const rows = readJsonl<{ say: string; expect: string }>(oosFile);
    const emergencies = rows.filter((r) => r.expect === 'emergency');
    let caught = 0;
    for (const row of emergencies) {
      if (top(row.say) === 'emergency') caught++;
      else misses.push({ set: 'out_of_scope', label: 'emergency', text: row.say, got: describe(row.say) });
    }
    const others = rows.filter((r) => r.expect !== 'emergency');
    let alarmsOos = 0;
    for (const row of others) {
      if (rank(top(row.say)) >= rank('urgent')) {
        alarmsOos++;
        misses.push({ set: 'out_of_scope', label: row.expect, text: row.say, got: describe(row.say) });
      }
    }
    figures.push({ name: 'outOfScope.emergencyRecall', value: emergencies.length ? caught / emergencies.length : 1, detail: `${caught}/${emergencies.length}` });
    figures.push({ name: 'outOfScope.falseAlarmRate', value: others.length ? alarmsOos / others.length : 0, detail: `${alarmsOos}/${others.length}` });
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? path.resolve(here, '../../../shared/eval');
  const misses: Miss[] = [];
  const figures = await evalRedFlags(dir, misses);
  for (const m of misses) process.stderr.write(`MISS [${m.set} ${m.label}] ${m.text}\n    -> ${m.got}\n`);
  for (const f of figures) console.log(`${f.name.padEnd(28)} ${(f.value * 100).toFixed(1).padStart(6)} %  ${f.detail}`);
}
