// Red flags and benign statements played through the whole bot (TestAdapter), as a patient would
// type them: as the first message (top level) and as the answer to the first question of the
// symptom check (mid-dialog). Recall: a clinic.triage at least as urgent as the row's level, in
// that same turn. False alarm: an urgent or emergency clinic.triage for a benign statement.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BotServices } from '../../dialogs/services.ts';
import { LEVEL_ORDER, type TriageLevel } from '../../src/clinical/types.ts';
import { evalConversation, highestTriage, loadEvalServices } from './evalBot.ts';
import { readJsonl, type Figure } from './qa.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Mode = 'top' | 'mid';

async function highestLevel(services: BotServices, text: string, mode: Mode): Promise<TriageLevel | undefined> {
  const conversation = evalConversation(services, 'webchat');
  if (mode === 'mid') await conversation.say({ text: services.content.messages.menu.checkSymptoms });
  return highestTriage(await conversation.say({ text }));
}

const atLeast = (got: TriageLevel | undefined, want: TriageLevel) => got !== undefined && LEVEL_ORDER.indexOf(got) >= LEVEL_ORDER.indexOf(want);
const alarm = (got: TriageLevel | undefined) => got === 'urgent' || got === 'emergency';

export async function evalRedFlagsInDialog(setDir: string, misses: string[] = []): Promise<Figure[]> {
  const services = loadEvalServices();
  const figures: Figure[] = [];
  const flagsFile = path.join(setDir, 'redflags.jsonl');
  if (existsSync(flagsFile)) {
    const rows = readJsonl(flagsFile) as { say: string; flag: string; level: TriageLevel }[];
    for (const mode of ['top', 'mid'] as const) {
      let hit = 0;
      for (const row of rows) {
        const got = await highestLevel(services, row.say, mode);
        if (atLeast(got, row.level)) hit++;
        else misses.push(`MISSED (${mode}) ${row.flag}: "${row.say}" → ${got ?? 'no triage'}`);
      }
      figures.push({ name: `dialog.redflags.recall.${mode}`, value: hit / rows.length, detail: `(${hit}/${rows.length}) through the whole bot` });
    }
  }
  const benignFile = path.join(setDir, 'benign.jsonl');
  if (existsSync(benignFile)) {
    const rows = readJsonl(benignFile) as { say: string; kind: string }[];
    for (const mode of ['top', 'mid'] as const) {
      let alarms = 0;
      for (const row of rows) {
        const got = await highestLevel(services, row.say, mode);
        if (alarm(got)) {
          alarms++;
          misses.push(`FALSE ALARM (${mode}) ${row.kind}: "${row.say}" → ${got}`);
        }
      }
      figures.push({ name: `dialog.benign.false_alarm.${mode}`, value: alarms / rows.length, detail: `(${alarms}/${rows.length}) urgent or emergency on a benign statement` });
    }
  }
  return figures;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const misses: string[] = [];
  const figures = await evalRedFlagsInDialog(path.resolve(process.argv[2] ?? path.join(ROOT, '../shared/eval')), misses);
  for (const m of misses) console.error(m);
  for (const f of figures) console.log(`${f.name} ${f.value.toFixed(2)} ${f.detail}`);
}
