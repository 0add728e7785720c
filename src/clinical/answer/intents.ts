// Commands and chit-chat (content/intents.yaml): short messages matched against our own phrases.
// Precision first: the dialogs ask at every step, so a health sentence must never become a command.
import { z } from 'zod';
import { loadYamlFile } from '../contentFile.ts';
import { stem } from './analyse.ts';
import { CLINIC_TOPICS, type ClinicCues } from './clinicTopic.ts';
import { asksSomething } from './focus.ts';
import { normalise } from './normalise.ts';
import type { IntentMatch, IntentName } from './types.ts';

/** Stems of the words that name the symptom check itself ("check my symptoms", "assess me", "triage me"). */
const CHECK_WORDS = new Set(['check', 'assess', 'triag', 'symptom']);

const INTENT_NAMES = [
  'greeting', 'thanks', 'goodbye', 'help', 'restart', 'contact', 'forget-me', 'check-symptoms',
  'ask-question', 'small-talk', 'feedback-positive', 'feedback-negative',
] as const satisfies readonly IntentName[];

const intentsSchema = z
  .object({
    intents: z.record(z.enum(INTENT_NAMES), z.array(z.string().min(1)).min(1)),
    clinic: z
      .object({
        topics: z.record(z.enum(CLINIC_TOPICS), z.array(z.string().min(1)).min(1)),
        strong: z.array(z.string().min(1)).default([]),
        words: z.array(z.string().min(1)).default([]),
        everyday: z.array(z.string().min(1)).default([]),
        self: z.array(z.string().min(1)).default([]),
        told: z.array(z.string().min(1)).default([]),
      })
      .strict()
      .default({ topics: {}, strong: [], words: [], everyday: [], self: [], told: [] }),
  })
  .strict();

export type Intents = Partial<Record<IntentName, string[]>>;

export function loadIntents(file: string): Intents {
  return loadYamlFile(file, intentsSchema).intents;
}

/** The cue phrases of the clinic's own questions (the `clinic` block of the same file). */
export function loadClinicCues(file: string): ClinicCues {
  return loadYamlFile(file, intentsSchema).clinic;
}

/** Cosine to the nearest phrase needed to count as a match (exact phrases score 1). */
export const INTENT_THRESHOLD = 0.8;
/** A message longer than its nearest phrase by more than this many words is not a command. */
const EXTRA_WORDS = 2;
/** Courtesy words that may surround a command without changing it. */
const FILLER = new Set(['please', 'pls', 'plz', 'ok', 'okay', 'now', 'just', 'so', 'well', 'oh', 'um', 'hmm', 'can', 'you', 'i', 'want', 'to', 'like', 'would', 'let', 'me', 'lets', 'a']);
const EMOJI: [RegExp, string][] = [
  [/👍|👌|🙂|😊|😀/gu, ' thumbs up '],
  [/👎|🙁|☹️|😞/gu, ' thumbs down '],
  [/👋/gu, ' hi '],
];

interface Phrase {
  intent: IntentName;
  words: string[];
  vector: Map<string, number>;
  norm: number;
}

function bag(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(stem(w), (m.get(stem(w)) ?? 0) + 1);
  return m;
}

function prepare(text: string): string[] {
  let t = text;
  for (const [re, to] of EMOJI) t = t.replace(re, to);
  return normalise(t);
}

export class IntentClassifier {
  private readonly phrases: Phrase[] = [];
  private readonly exact = new Map<string, IntentName>();
  /** The same phrases without courtesy words ("I want to talk to a person" = "talk to person"). */
  private readonly exactCore = new Map<string, IntentName>();
  /** Phrase indexes by stem: a phrase sharing no stem with the message has cosine 0 and is never the best. */
  private readonly byStem = new Map<string, number[]>();
  /** The last message classified: the router and the interruptions both ask about the same one. */
  private last: { text: string; match: IntentMatch | undefined } | undefined;

  /** `isTopicWord` says whether a word belongs to the articles (then the message is a health question). */
  constructor(
    intents: Intents,
    private readonly isTopicWord: (word: string) => boolean,
  ) {
    for (const [intent, list] of Object.entries(intents) as [IntentName, string[]][]) {
      for (const text of list) {
        const words = prepare(text);
        if (!words.length) continue;
        this.exact.set(words.join(' '), intent);
        const core = words.filter((w) => !FILLER.has(w)).join(' ');
        if (core && !this.exactCore.has(core)) this.exactCore.set(core, intent);
        const vector = bag(words);
        const at = this.phrases.push({ intent, words, vector, norm: Math.sqrt([...vector.values()].reduce((s, x) => s + x * x, 0)) }) - 1;
        for (const w of vector.keys()) {
          const list = this.byStem.get(w);
          if (list) list.push(at);
          else this.byStem.set(w, [at]);
        }
      }
    }
  }

  classify(text: string): IntentMatch | undefined {
    if (this.last?.text === text) return this.last.match && { ...this.last.match };
    const match = this.classifyText(text);
    this.last = { text, match };
    return match && { ...match };
  }

  private classifyText(text: string): IntentMatch | undefined {
    const all = prepare(text);
    if (!all.length) return undefined;
    // "hi, I'd like to check my symptoms": a greeting or thanks around a command does not hide it.
    const words = this.withoutCourtesy(all);
    const whole = words.length === 0 || words.length === all.length ? this.classifyWords(all) : (this.classifyWords(words) ?? this.classifyWords(all));
    return whole ?? this.commandAfterStory(text);
  }

  /**
   * "I'm 58, my left hip has ached for 3 weeks, can you check my symptoms?": a story, then the
   * command in its last sentence or clause. Only the symptom check is taken from there (the story is
   * what it will be about), and not when that clause belongs to a question asked before it; any other
   * last clause leaves the message to the articles.
   */
  private commandAfterStory(text: string): IntentMatch | undefined {
    const after = this.checkAfterStory(text);
    return after && !after.partOfQuestion ? after.match : undefined;
  }

  /**
   * "…whats the difference between a strain and a sprain and is it serious": the check asked for in words that are
   * also a question, after a question of its own — no command (the articles answer it), but the check is offered after.
   */
  checkAfterQuestion(text: string): boolean {
    return this.classify(text) === undefined && this.checkAfterStory(text)?.partOfQuestion === true;
  }

  /**
   * The symptom check asked for in the last part of a message, and whether that part belongs to a question asked
   * before it: "What is this and is it serious?" does (the last part names no check), "…what should I do? can you
   * check my symptoms?" does not.
   */
  private checkAfterStory(text: string): { match: IntentMatch; partOfQuestion: boolean } | undefined {
    const parts = text.split(/[.!?;,:\n]+|\b(?:and|so|but)\b/i).map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) return undefined;
    const last = this.withoutCourtesy(prepare(parts[parts.length - 1]!));
    const match = last.length ? this.classifyWords(last) : undefined;
    if (match?.intent !== 'check-symptoms') return undefined;
    const askedBefore = parts.slice(0, -1).some((p) => asksSomething(p));
    return { match, partOfQuestion: askedBefore && !last.some((w) => CHECK_WORDS.has(stem(w))) };
  }

  /** The words without a greeting in front and thanks at the end ("hi there ...", "... thanks"). */
  private withoutCourtesy(words: string[]): string[] {
    let start = 0;
    let end = words.length;
    const max = 4;
    for (let n = Math.min(max, end); n >= 1; n--) {
      if (this.exact.get(words.slice(0, n).join(' ')) === 'greeting') {
        start = n;
        break;
      }
    }
    for (let n = Math.min(max, end - start); n >= 1; n--) {
      if (this.exact.get(words.slice(end - n).join(' ')) === 'thanks') {
        end -= n;
        break;
      }
    }
    return words.slice(start, end);
  }

  private classifyWords(words: string[]): IntentMatch | undefined {
    const exact = this.exact.get(words.join(' '));
    if (exact) return { intent: exact, confidence: 1 };
    const core = words.filter((w) => !FILLER.has(w));
    const coreExact = this.exact.get(core.join(' ')) ?? this.exactCore.get(core.join(' '));
    if (coreExact) return { intent: coreExact, confidence: 0.95 };
    // A word from the articles that no phrase of the intent uses makes it a health message.
    const q = bag(words);
    const qn = Math.sqrt([...q.values()].reduce((s, x) => s + x * x, 0));
    let best: { intent: IntentName; cos: number; phrase: Phrase } | undefined;
    // Only the phrases that share a stem with the message, in their own order (ties keep the first).
    const shared = new Set<number>();
    for (const w of q.keys()) for (const at of this.byStem.get(w) ?? []) shared.add(at);
    for (const at of [...shared].sort((x, y) => x - y)) {
      const p = this.phrases[at]!;
      if (core.length > p.words.length + EXTRA_WORDS) continue;
      let dot = 0;
      for (const [w, x] of q) dot += x * (p.vector.get(w) ?? 0);
      const cos = dot / (qn * p.norm);
      if (!best || cos > best.cos) best = { intent: p.intent, cos, phrase: p };
    }
    if (!best || best.cos < INTENT_THRESHOLD) return undefined;
    const phraseStems = new Set(best.phrase.words.map(stem));
    if (words.some((w) => !phraseStems.has(stem(w)) && this.isTopicWord(w))) return undefined;
    return { intent: best.intent, confidence: Number(best.cos.toFixed(3)) };
  }
}
