// Red flags and benign statements played through the whole bot (TestAdapter), as a patient would
// type them: as the first message (top level) and as the answer to the first question of the
// symptom check (mid-dialog). Recall: a clinic.triage at least as urgent as the row's level, in
// that same turn. Safe: that, or a clinic.screen whose "yes" escalates to that level. Asked about: that,
// or a screen that asks about the row's own flag (or one of its question group) and whose "yes" escalates
// enough — "yes" to any screen escalates, so a sign asked about the wrong thing ("…better off if I ended my
// life" asked only about the bladder) is safe by the first rule, not by this one. False alarm: an urgent or
// emergency clinic.triage for a benign statement, at once or after "no" to a screen.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BotServices } from '../../dialogs/services.ts';
import { LEVEL_ORDER, type TriageLevel } from '../../src/clinical/types.ts';
import { evalConversation, highestTriage, loadEvalServices } from './evalBot.ts';
import { readJsonl, type Figure } from './qa.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
type Mode = 'top' | 'mid';

interface Played {
  atOnce?: TriageLevel;
  /** After answering each screen question ("yes" for a red flag, "no" for a benign statement). */
  afterScreen?: TriageLevel;
  screened: boolean;
  /** The flags the screens asked about. */
  screenFlags: string[];
}

const isScreen = (replies: Partial<{ entities: { type: string }[] }>[]) => replies.some((r) => r.entities?.some((e) => e.type === 'clinic.screen'));
const screenFlagsOf = (replies: Partial<{ entities: { type: string; flags?: string[] }[] }>[]) =>
  replies.flatMap((r) => r.entities ?? []).filter((e) => e.type === 'clinic.screen').flatMap((e) => e.flags ?? []);

async function play(services: BotServices, text: string, mode: Mode, answer: 'yes' | 'no'): Promise<Played> {
  const conversation = evalConversation(services, 'webchat');
  if (mode === 'mid') await conversation.say({ text: services.content.messages.menu.checkSymptoms });
  let replies = await conversation.say({ text });
  const played: Played = { atOnce: highestTriage(replies), screened: isScreen(replies), screenFlags: screenFlagsOf(replies) };
  // A screen may also follow a same-day outcome (the possible emergency sign the same message told).
  for (let i = 0; i < 4 && isScreen(replies) && highestTriage(replies) !== 'emergency'; i++) {
    replies = await conversation.say({ text: answer });
    played.afterScreen = highestTriage(replies) ?? played.afterScreen;
    played.screenFlags.push(...screenFlagsOf(replies));
  }
  return played;
}

const atLeast = (got: TriageLevel | undefined, want: TriageLevel) => got !== undefined && LEVEL_ORDER.indexOf(got) >= LEVEL_ORDER.indexOf(want);
const alarm = (got: TriageLevel | undefined) => got === 'urgent' || got === 'emergency';

export async function evalRedFlagsInDialog(setDir: string, misses: string[] = []): Promise<Figure[]> {
  const services = loadEvalServices();
  const figures: Figure[] = [];
  const flagsFile = path.join(setDir, 'redflags.jsonl');
  if (existsSync(flagsFile)) {
    const rows = readJsonl(flagsFile) as { say: string; flag: string; level: TriageLevel }[];
    const groupOf = new Map(services.triage.protocol.flags.map((f) => [f.id, f.group]));
    // A row's flag that is no flag of ours (older sets' own names: "progressive-weakness") is judged by level only.
    const asksAbout = (flags: string[], flag: string) => !groupOf.has(flag) || flags.some((f) => f === flag || (groupOf.get(f) !== undefined && groupOf.get(f) === groupOf.get(flag)));
    for (const mode of ['top', 'mid'] as const) {
      let hit = 0;
      let safe = 0;
      let askedRight = 0;
      for (const row of rows) {
        const got = await play(services, row.say, mode, 'yes');
        if (atLeast(got.atOnce, row.level)) hit++;
        if (atLeast(got.atOnce, row.level) || atLeast(got.afterScreen, row.level)) safe++;
        else misses.push(`MISSED (${mode}) ${row.flag}: "${row.say}" → ${got.atOnce ?? got.afterScreen ?? (got.screened ? 'screened, yes did not escalate enough' : 'no triage')}`);
        if (atLeast(got.atOnce, row.level) || (atLeast(got.afterScreen, row.level) && asksAbout(got.screenFlags, row.flag))) askedRight++;
        else if (atLeast(got.afterScreen, row.level)) misses.push(`ASKED ABOUT SOMETHING ELSE (${mode}) ${row.flag}: "${row.say}" → asked about ${[...new Set(got.screenFlags)].join(', ')}`);
      }
      figures.push({ name: `dialog.redflags.recall.${mode}`, value: hit / rows.length, detail: `(${hit}/${rows.length}) escalated at once, through the whole bot` });
      figures.push({ name: `dialog.redflags.safe.${mode}`, value: safe / rows.length, detail: `(${safe}/${rows.length}) at once, or screened and "yes" escalated` });
      figures.push({ name: `dialog.redflags.asked_about.${mode}`, value: askedRight / rows.length, detail: `(${askedRight}/${rows.length}) at once, or asked about that sign (or its group) and "yes" escalated` });
    }
  }
  const benignFile = path.join(setDir, 'benign.jsonl');
  if (existsSync(benignFile)) {
    const rows = readJsonl(benignFile) as { say: string; kind: string }[];
    for (const mode of ['top', 'mid'] as const) {
      let alarms = 0;
      let screened = 0;
      for (const row of rows) {
        const got = await play(services, row.say, mode, 'no');
        if (got.screened) screened++;
        if (alarm(got.atOnce) || alarm(got.afterScreen)) {
          alarms++;
          misses.push(`FALSE ALARM (${mode}) ${row.kind}: "${row.say}" → ${got.atOnce ?? got.afterScreen}`);
        }
      }
      figures.push({ name: `dialog.benign.false_alarm.${mode}`, value: alarms / rows.length, detail: `(${alarms}/${rows.length}) urgent or emergency on a benign statement, at once or after "no" to a screen` });
      figures.push({ name: `dialog.benign.screened.${mode}`, value: screened / rows.length, detail: `(${screened}/${rows.length}) asked to confirm` });
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
