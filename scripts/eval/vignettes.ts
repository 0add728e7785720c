// npm run eval: clinical vignettes played through the whole dialogue with the real bot (TestAdapter),
// by a scripted patient who reads the bot's last question and answers from the case's facts, by
// clicking a matching button or by typing. Each case is played twice: clicking on webchat (Adaptive
// Cards) and typing on facebook (quick replies, numbered checklists), so the free-text parsers are
// measured too. Figures: safe (result at least as urgent as expected), exact, under/over triage,
// stuck (the same question three times, or no result).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Activity } from 'botbuilder';
import type { BotServices } from '../../dialogs/services.ts';
import { LEVEL_ORDER, type TriageLevel } from '../../src/clinical/types.ts';
import { evalConversation, highestTriage, loadEvalServices } from './evalBot.ts';
import { readJsonl, type Figure } from './qa.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const MAX_TURNS = 25;

export interface Vignette {
  id: string;
  facts: {
    location?: string;
    side?: string;
    spreads_below_knee?: boolean;
    duration?: string | number;
    severity?: number;
    age?: number;
    stops_sleep_or_movement?: boolean;
    improving?: boolean;
  };
  symptoms: string[];
  expect: TriageLevel;
}

type Mode = 'click' | 'type';

interface Outcome {
  level?: TriageLevel;
  stuck?: string;
  transcript: string[];
}

// ---- the patient: what a symptom sounds like in a question or a checklist item ----

/** Words that name each red flag in a question, in the patient's understanding. */
const SYMPTOM_WORDS: Record<string, RegExp> = {
  'saddle-numbness': /\bbottom\b|\bgroin|genital|inner thigh|saddle/,
  'bladder-dysfunction': /\bpee|bladder|urin|\bwee\b|leak/,
  'bowel-dysfunction': /\bpoo|bowel|leak/,
  'bilateral-sciatica': /both legs/,
  'leg-weakness': /\bweak\b|weak leg|giving way|give way/,
  'cant-move-leg': /not being able to (move|lift|use)|lift or use your leg|cannot move|can't move/,
  'hip-fracture': /\bfall\b|put weight|bear weight|cannot stand/,
  trauma: /\bfall\b|accident/,
  'fever-chills': /fever|chill/,
  'cancer-history': /cancer/,
  'weight-loss': /weight without trying|losing weight|weight loss/,
  ivdu: /inject/,
  immunosuppression: /immune/,
  steroids: /steroid/,
  'hot-swollen-hip': /\bhot\b|swollen|swelling/,
  'night-pain': /at night|night pain/,
  aortic: /tearing|faint|tummy/,
  'chest-pain': /chest/,
  suicidal: /suicid|harm(ing)? yourself|ending your life|end your life/,
  'teen-limp': /limp/,
  sepsis: /sepsis|confus|very unwell/,
  'foot-drop': /foot that drags|drags|drops/,
  'recent-fall': /slip, trip or knock|fall or knock/,
  osteoporosis: /osteoporosis/,
  'inflammatory-back-pain': /stiff/,
  'sexual-dysfunction': /\bsex\b/,
};

function symptomPattern(slug: string): RegExp {
  return SYMPTOM_WORDS[slug] ?? new RegExp(slug.split('-').filter((w) => w.length >= 4).join('|') || '$^');
}

type QuestionKind = 'age' | 'severity' | 'duration' | 'side' | 'location' | 'spread' | 'sleep' | 'improving' | 'symptom';

function classify(question: string): QuestionKind {
  const q = question.toLowerCase();
  if (/how old|your age/.test(q)) return 'age';
  if (/\b0\b[^?]*\b10\b|how bad|pain score/.test(q)) return 'severity';
  if (/how long|since when/.test(q)) return 'duration';
  if (/which side|what side/.test(q)) return 'side';
  if (/\bwhere\b/.test(q)) return 'location';
  if (/below the knee|down your leg/.test(q)) return 'spread';
  if (/sleep|moving about/.test(q)) return 'sleep';
  if (/better|worse/.test(q)) return 'improving';
  return 'symptom';
}

/** Days in a duration as a patient would count them ("3 weeks", "since yesterday"). */
function daysOf(duration: string | number | undefined): number | undefined {
  if (typeof duration === 'number') return duration;
  const d = String(duration ?? '').toLowerCase();
  const unit: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 30, year: 365 };
  const m = /(\d+|an?)\s*(hour|day|week|month|year)/.exec(d);
  if (m) return (/\d/.test(m[1]!) ? Number(m[1]) : 1) * unit[m[2]!]!;
  if (/this morning|last night|today/.test(d)) return 0.5;
  if (/yesterday/.test(d)) return 1;
  if (/weekend/.test(d)) return 3;
  return undefined;
}

/** [low, high] of a button such as "Up to 3 days", "3 to 6 weeks", "70 or over" (days for durations). */
function rangeOf(title: string, inDays: boolean): [number, number] | undefined {
  const t = title.toLowerCase();
  const unit = (u?: string) => (!inDays ? 1 : u?.startsWith('week') ? 7 : u?.startsWith('month') ? 30 : u?.startsWith('year') ? 365 : 1);
  const nums = [...t.matchAll(/(\d+)\s*(days?|weeks?|months?|years?)?/g)];
  if (nums.length === 0) return undefined;
  const lastUnit = nums[nums.length - 1]![2];
  const values = nums.map((n) => Number(n[1]) * unit(n[2] ?? lastUnit));
  if (values.length >= 2) return [values[0]!, values[1]!];
  if (/up to|under|less than/.test(t)) return [0, values[0]!];
  if (/more than|over|or more|plus/.test(t)) return [values[0]!, Infinity];
  return [values[0]!, values[0]!];
}

interface Offer {
  title: string;
  /** What a click sends. */
  send: Partial<Activity>;
}

interface Checklist {
  choices: { title: string; value: string }[];
  inputId: string;
}

function offersIn(a: Partial<Activity>): { buttons: Offer[]; checklist?: Checklist } {
  const buttons: Offer[] = [];
  let checklist: Checklist | undefined;
  for (const act of a.suggestedActions?.actions ?? []) {
    if (act.type === 'imBack') buttons.push({ title: String(act.title ?? act.value), send: { text: String(act.value) } });
  }
  for (const att of a.attachments ?? []) {
    const content = att.content as Record<string, unknown>;
    if (att.contentType === 'application/vnd.microsoft.card.adaptive') {
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object') return;
        const n = node as Record<string, unknown>;
        if (n.type === 'Input.ChoiceSet' && n.isMultiSelect) checklist = { choices: n.choices as Checklist['choices'], inputId: String(n.id) };
        if (n.type === 'Action.Submit' && (n.data as { value?: unknown })?.value !== undefined) {
          buttons.push({ title: String(n.title), send: { value: n.data } });
        }
        Object.values(n).forEach(walk);
      };
      walk(content);
    } else {
      for (const b of (content?.buttons as { type: string; title: string; value: string }[] | undefined) ?? []) {
        if (b.type === 'imBack') buttons.push({ title: b.title, send: { text: b.value } });
      }
    }
  }
  return { buttons, checklist };
}

/** Numbered options in text ("1. Numb bottom or groin"), for channels without cards. */
function numberedIn(text: string): { n: number; title: string }[] {
  return [...text.matchAll(/^\s*(\d+)\.\s+(.+)$/gm)].map((m) => ({ n: Number(m[1]), title: m[2]!.trim() }));
}

function proseOf(a: Partial<Activity>): string {
  const parts: string[] = [a.text ?? ''];
  for (const att of a.attachments ?? []) {
    const walk = (node: unknown, key?: string): void => {
      if (typeof node === 'string') {
        if (key === 'text' || key === 'label') parts.push(node);
      } else if (Array.isArray(node)) node.forEach((x) => walk(x, key));
      else if (node && typeof node === 'object') {
        for (const [k, v] of Object.entries(node)) if (k !== 'actions' && k !== 'choices' && k !== 'buttons') walk(v, k);
      }
    };
    walk(att.content);
  }
  return parts.join('\n');
}

const asks = (a: Partial<Activity>) => /\?/.test(proseOf(a)) || offersIn(a).buttons.length > 0 || offersIn(a).checklist !== undefined;

/** What the patient sends in reply to the question `a`. */
function reply(v: Vignette, a: Partial<Activity>, mode: Mode): Partial<Activity> {
  const prose = proseOf(a);
  const kind = classify(prose);
  const { buttons, checklist } = offersIn(a);
  const f = v.facts;
  const has = (text: string) => v.symptoms.some((s) => symptomPattern(s).test(text.toLowerCase()));
  const byTitle = (test: (title: string) => boolean) => buttons.find((b) => test(b.title.toLowerCase()));
  const yesNo = (yes: boolean) => (mode === 'click' && byTitle((t) => t.startsWith(yes ? 'yes' : 'no'))?.send) || { text: yes ? 'yes' : 'no' };

  if (kind === 'symptom' && checklist) {
    const ticked = checklist.choices.filter((c) => has(c.title) && !/none/i.test(c.title));
    const none = checklist.choices.find((c) => /none/i.test(c.title));
    const values = ticked.length ? ticked.map((c) => c.value) : none ? [none.value] : [];
    return { value: { action: 'multi', [checklist.inputId]: values.join(',') } };
  }
  if (kind === 'symptom' && /choose all|which of these/i.test(prose)) {
    const listed = numberedIn(prose);
    const ticked = listed.filter((o) => has(o.title) && !/none/i.test(o.title));
    return { text: ticked.length ? ticked.map((o) => o.n).join(', ') : 'none of these' };
  }
  switch (kind) {
    case 'symptom':
      return yesNo(has(prose));
    case 'spread':
      return yesNo(Boolean(f.spreads_below_knee));
    case 'sleep':
      return yesNo(Boolean(f.stops_sleep_or_movement));
    case 'improving': {
      if (f.improving === undefined) return { text: "I'm not sure" };
      const word = f.improving ? 'better' : 'same';
      return (mode === 'click' && byTitle((t) => t.includes(word))?.send) || { text: f.improving ? 'getting better' : 'about the same' };
    }
    case 'location': {
      const words = String(f.location ?? '').toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 2);
      const best = buttons.find((b) => b.title.toLowerCase().split(/\s+/).every((w) => words.includes(w)));
      return (mode === 'click' && best?.send) || { text: String(f.location) };
    }
    case 'side': {
      const side = String(f.side ?? '').toLowerCase();
      return (mode === 'click' && byTitle((t) => t.includes(side))?.send) || { text: side };
    }
    case 'duration': {
      const days = daysOf(f.duration);
      const fits = days === undefined ? undefined : buttons.find((b) => {
        const r = rangeOf(b.title, true);
        return r !== undefined && days >= r[0] && days <= r[1];
      });
      return (mode === 'click' && fits?.send) || { text: String(f.duration) };
    }
    case 'severity':
      return (mode === 'click' && byTitle((t) => t === String(f.severity))?.send) || { text: String(f.severity) };
    case 'age': {
      const age = Number(f.age);
      const fits = buttons.find((b) => {
        const r = rangeOf(b.title, false);
        return r !== undefined && age >= r[0] && age <= r[1];
      });
      return (mode === 'click' && fits?.send) || { text: String(f.age) };
    }
  }
}

// ---- playing one case ----

const rank = (level: TriageLevel) => LEVEL_ORDER.indexOf(level);

async function play(v: Vignette, mode: Mode, services: BotServices): Promise<Outcome> {
  const conversation = evalConversation(services, mode === 'click' ? 'webchat' : 'facebook');
  const transcript: string[] = [];
  const say = async (activity: Partial<Activity>) => {
    transcript.push(`> ${activity.text ?? JSON.stringify(activity.value)}`);
    const replies = await conversation.say(activity);
    for (const r of replies) transcript.push(`< ${proseOf(r).replace(/\s+/g, ' ').slice(0, 160)}`);
    return replies;
  };

  let replies = await say({ text: 'check my symptoms' });
  const seen = new Map<string, number>();
  for (let turn = 0; turn < MAX_TURNS; turn++) {
    const level = highestTriage(replies);
    if (level) return { level, transcript };
    const question = replies.filter(asks).pop();
    if (!question) return { stuck: 'asked nothing', transcript };
    const key = proseOf(question);
    const times = (seen.get(key) ?? 0) + 1;
    seen.set(key, times);
    if (times >= 3) return { stuck: 'same question 3 times', transcript };
    replies = await say(reply(v, question, mode));
  }
  return { stuck: `no result after ${MAX_TURNS} answers`, transcript };
}

export async function evalVignettes(setDir: string, opts: { verbose?: boolean } = {}): Promise<Figure[]> {
  const file = path.join(setDir, 'vignettes.jsonl');
  if (!existsSync(file)) return [];
  const cases = readJsonl(file) as unknown as Vignette[];
  const services = loadEvalServices();
  let safe = 0;
  let exact = 0;
  let under = 0;
  let over = 0;
  let stuck = 0;
  const failures: string[] = [];
  for (const v of cases) {
    for (const mode of ['click', 'type'] as const) {
      const out = await play(v, mode, services);
      const note = `${v.id} (${mode}) expected ${v.expect}`;
      if (!out.level) {
        stuck++;
        failures.push(`STUCK ${note}: ${out.stuck}\n    ${out.transcript.slice(-6).join('\n    ')}`);
        continue;
      }
      if (rank(out.level) >= rank(v.expect)) safe++;
      if (out.level === v.expect) exact++;
      else {
        if (rank(out.level) < rank(v.expect)) under++;
        else over++;
        failures.push(`${rank(out.level) < rank(v.expect) ? 'UNDER' : 'OVER'} ${note}, got ${out.level}`);
        if (opts.verbose) failures.push(`    ${out.transcript.join('\n    ')}`);
      }
    }
  }
  for (const f of failures) console.log(`  ${f}`);
  const n = cases.length * 2;
  const fig = (name: string, k: number, note: string): Figure => ({ name, value: n ? k / n : 0, detail: `(${k}/${n}) ${note}`.trim() });
  return [
    fig('vignettes.safe', safe, 'at least as urgent as expected; each case clicked on webchat and typed on facebook'),
    fig('vignettes.exact', exact, ''),
    fig('vignettes.under_triage', under, ''),
    fig('vignettes.over_triage', over, ''),
    fig('vignettes.stuck', stuck, ''),
  ];
}

// Run alone: node --import tsx scripts/eval/vignettes.ts [setDir] [--verbose]
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const dir = path.resolve(args.find((a) => !a.startsWith('-')) ?? path.join(ROOT, '../shared/eval'));
  for (const f of await evalVignettes(dir, { verbose: args.includes('--verbose') })) console.log(`${f.name} ${f.value.toFixed(2)} ${f.detail}`);
}
