// Staff figures from the event log: counts for `stats`, and for `unanswered` the questions the bot
// declined or got 👎 for, grouped when they are the same question (a normalised key: lower case,
// "pain" and other words that do not tell questions apart dropped,
// no punctuation or filler words, stemmed, in any order), most frequent first. Pure functions.
import natural from '../clinical/natural.ts';
import { LEVEL_ORDER, type TriageLevel } from '../clinical/types.ts';
import type { FigureRecord } from './events.ts';

export interface Stats {
  conversations: number;
  checks: number;
  alerts: number;
  byLevel: Record<TriageLevel, number>;
  answered: number;
  declined: number;
  up: number;
  down: number;
  handoffs: number;
}

export function computeStats(records: FigureRecord[]): Stats {
  const byLevel = Object.fromEntries(LEVEL_ORDER.map((l) => [l, 0])) as Record<TriageLevel, number>;
  const stats: Stats = { conversations: new Set(records.map((r) => r.conversation)).size, checks: 0, alerts: 0, byLevel, answered: 0, declined: 0, up: 0, down: 0, handoffs: 0 };
  for (const r of records) {
    switch (r.kind) {
      case 'disposition':
        byLevel[r.level]++;
        if (r.interrupted) stats.alerts++;
        else stats.checks++;
        break;
      case 'answered':
        stats.answered++;
        break;
      case 'unanswered':
        stats.declined++;
        break;
      case 'feedback':
        if (r.vote === 'up') stats.up++;
        else stats.down++;
        break;
      case 'handoff':
        stats.handoffs++;
        break;
      case 'conversation':
        break;
    }
  }
  return stats;
}

export interface UnansweredGroup {
  key: string;
  /** The wording asked most often (personal details already removed when stored). */
  example: string;
  count: number;
  declined: number;
  down: number;
}

const FILLER = new Set(
  'a an the i my me is are am was be do does did can could should would will to of in on at for and or it its this that what how why when where which who you your please hi hello there about with have has had any some pain problem problems'.split(' '),
);

export function questionKey(question: string): string {
  const words = question
    .toLowerCase()
    .replace(/\[[a-z ]+\]/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w))
    .map((w) => natural.PorterStemmer.stem(w));
  return [...new Set(words)].sort().join(' ');
}

export function unansweredGroups(records: FigureRecord[]): UnansweredGroup[] {
  const groups = new Map<string, UnansweredGroup & { wordings: Map<string, number> }>();
  for (const r of records) {
    const asked = r.kind === 'unanswered' ? r.question : r.kind === 'feedback' && r.vote === 'down' ? r.question : undefined;
    if (!asked?.trim()) continue;
    const key = questionKey(asked) || asked.trim().toLowerCase();
    const g = groups.get(key) ?? { key, example: asked, count: 0, declined: 0, down: 0, wordings: new Map() };
    g.count++;
    if (r.kind === 'unanswered') g.declined++;
    else g.down++;
    g.wordings.set(asked.trim(), (g.wordings.get(asked.trim()) ?? 0) + 1);
    groups.set(key, g);
  }
  return [...groups.values()]
    .map(({ wordings, ...g }) => ({ ...g, example: [...wordings.entries()].sort((a, b) => b[1] - a[1])[0]![0] }))
    .sort((a, b) => b.count - a.count || a.example.localeCompare(b.example));
}
