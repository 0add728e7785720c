// The clinic's own questions (opening hours, booking, cost, insurance, address, who am I talking to,
// a person): cue phrases per topic in content/intents.yaml (`clinic`), matched by their stems.
// A question that also names a health subject ("what time of day is sciatica worse") is a health
// question, unless its cue is a strong one that health words do not change ("how much does physio cost").
import { stem } from './analyse.ts';
import { normalise } from './normalise.ts';
import { shapeOf } from './lexicon.ts';

export const CLINIC_TOPICS = ['hours', 'booking', 'cost', 'insurance', 'address', 'who', 'human', 'contact'] as const;
export type ClinicTopic = (typeof CLINIC_TOPICS)[number];

export interface ClinicCues {
  topics: Partial<Record<ClinicTopic, string[]>>;
  /** Cue phrases that keep a message a clinic question even when a health subject is named. */
  strong: string[];
  /** Other words a question to the clinic may use (session, visit, weekdays...). */
  words: string[];
}

export class ClinicTopics {
  private readonly cues = new Map<string, ClinicTopic>();
  private readonly strong: Set<string>;
  private maxWords = 1;

  /**
   * `isHealthWord` says whether a (normalised) word names a subject of the articles; `isKnown`
   * whether the content, the cues or plain grammar know it: a question naming something else ("a
   * haircut", "Tokyo", "Apple's share price") is not about this clinic.
   */
  constructor(
    data: ClinicCues,
    private readonly isHealthWord: (word: string) => boolean,
    private readonly isKnown: (word: string) => boolean = () => true,
  ) {
    this.strong = new Set(data.strong.map((p) => normalise(p).map(stem).join(' ')));
    // Earlier topics win a tie: the order in the file is the order of precedence.
    for (const topic of CLINIC_TOPICS) {
      for (const phrase of data.topics[topic] ?? []) {
        const key = normalise(phrase).map(stem).join(' ');
        if (!key || this.cues.has(key)) continue;
        this.cues.set(key, topic);
        this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      }
    }
  }

  /** The clinic topic a message asks about, or undefined. */
  topicOf(text: string): ClinicTopic | undefined {
    return this.topicOfWords(normalise(text));
  }

  /** The same, for a message already normalised. */
  topicOfWords(words: readonly string[]): ClinicTopic | undefined {
    const stems = words.map(stem);
    const found: { topic: ClinicTopic; length: number; strong: boolean }[] = [];
    const { first } = shapeOf(this.cues);
    for (let i = 0; i < stems.length; i++) {
      if (!first.has(stems[i]!)) continue; // starts no cue phrase
      for (let n = Math.min(this.maxWords, stems.length - i); n >= 1; n--) {
        const key = stems.slice(i, i + n).join(' ');
        const topic = this.cues.get(key);
        if (topic) {
          found.push({ topic, length: n, strong: this.strong.has(key) });
          break;
        }
      }
    }
    if (found.length === 0) return undefined;
    if (words.some((w) => !/\d/.test(w) && !this.isKnown(w))) return undefined;
    // The longest cue says most ("opening hours" over "open"); ties go to the file's order.
    found.sort((a, b) => b.length - a.length || CLINIC_TOPICS.indexOf(a.topic) - CLINIC_TOPICS.indexOf(b.topic));
    const health = words.some((w) => this.isHealthWord(w));
    return found.find((f) => !health || f.strong)?.topic;
  }
}
