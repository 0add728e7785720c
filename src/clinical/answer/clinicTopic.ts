// The clinic's own questions (opening hours, booking, cost, insurance, address, who am I talking to,
// a person): cue phrases per topic in content/intents.yaml (`clinic`), matched by their stems.
// A question that also names a health subject ("what time of day is sciatica worse") is a health
// question, unless its cue is a strong one that health words do not change ("how much does physio cost").
import { isStopWord, stem } from './analyse.ts';
import { normalise } from './normalise.ts';
import { shapeOf } from './lexicon.ts';
import { firstTag } from '../natural.ts';

/**
 * Where a `told` phrase read from its part `p` on, at word `i`, ends, or 0; "~" in it stands for one
 * word or none ("my ~ appointment": my physio appointment).
 */
function toldAt(phrase: readonly string[], stems: readonly string[], i: number, p = 0): number {
  if (p === phrase.length) return i;
  if (phrase[p] === '~') return Math.max(toldAt(phrase, stems, i, p + 1), i < stems.length ? toldAt(phrase, stems, i + 1, p + 1) : 0);
  return stems[i] === phrase[p] ? toldAt(phrase, stems, i + 1, p + 1) : 0;
}

/** Words before "I have…" that make it a request ("can I have an appointment"), not what is had. */
const ASKING = new Set(['can', 'could', 'may', 'might', 'would', 'will', 'shall', 'should', 'do', 'does', 'when', 'where', 'how']);

/** Words that open a clause setting the scene for what follows ("before I pay…", "if I book…", "until I can afford…"). */
const SCENE_SETTERS = new Set(['before', 'after', 'if', 'until', 'till', 'unless', 'once', 'while', 'whilst']);

/**
 * Of those, the ones whose clause is a time told around what is asked ("just want an idea before I go paying anyone",
 * "until I can afford it"): a cue inside such a clause is the scene, not what is asked. Not "if" or "unless": "what
 * happens if I cancel?" asks about cancelling.
 */
const TIME_SETTERS = new Set([...SCENE_SETTERS].filter((w) => w !== 'if' && w !== 'unless'));
/** The subjects such a clause has. */
const SCENE_SUBJECTS = new Set(['i', 'we']);
/** Words that may stand between its subject and the cue's verb ("before I go paying", "until we can afford"). */
const SCENE_AUXILIARIES = new Set(['go', 'can', 'could', 'will', 'would', 'have', 'am', 'get', 'start', 'actually', 'even', 'finally', 'decide', 'end', 'up']);
/** Words that own a part of the body that pays. */
const OWNERS = new Set(['my', 'the', 'your', 'his', 'her', 'our']);
/** How far before "pay" a part of the body may be its subject ("so my back doesn't pay for it": suffers, WordNet pay.v.4). */
const PAYER_REACH = 3;

/** Words a clause asking something starts with ("what times are you open", "can I talk to a person"). */
const ASKS = new Set(['what', 'when', 'where', 'whereabouts', 'whereabout', 'who', 'which', 'how', 'can', 'could', 'do', 'does', 'did', 'is', 'are', 'am', 'will', 'would', 'may', 'shall', 'should', 'have', 'has']);

/** Words of a clause saying what is wanted ("I need a haircut"): the thing named is the service asked about. */
const WANTS = new Set(['need', 'needs', 'needed', 'want', 'wants', 'wanted', 'wanting', 'like', 'looking', 'require', 'requires', 'fancy']);

/** Words before a cue that make it an amount or a frequency ("how many hours", "a few hours", "most evenings"). */
const QUANTITY = new Set(['many', 'most', 'every', 'all', 'few', 'several', 'couple', 'some', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve']);
/** And before "hour" only: "half an hour", "an hour", "per hour" are a length of time, not the opening hours. */
const ONE_HOUR = new Set(['a', 'an', 'half', 'quarter', 'per', 'every', 'each', 'one', 'extra', 'more']);
const HOUR = stem('hour');

/** Words that point back to what came before in a message ("is it worst"; not "this", as in "this is a silly question"). */
const POINTERS = new Set(['it', 'they', 'them']);
/** Words that open a claim on cover, after paying (WordNet reimburse.v.1 {reimburse}; claim.v.3 "ask for legally or make a claim for"). */
const CLAIMING = new Set(['claim', 'reimburse', 'reimbursed', 'reimbursement']);
const CLAIM_REACH = 6;
const PAYING_ACT = new Set(['pay', 'paying', 'paid', 'pays']);
/** Words by which a question takes up the statement before it ("How do I do that?", "Is that possible?"). */
const TAKEN_UP = new Set(['that', 'this']);
/** The time until one is seen (WordNet meantime.n.1 {meantime, meanwhile, lag}). */
const MEANTIME = new Set(['meantime', 'meanwhile']);

/** "Like a…": what the question likens something to ("reserve a slot, like booking a table at a restaurant"). */
const DETERMINER = new Set(['a', 'an', 'the', 'some', 'my', 'your', 'his', 'her', 'our', 'their']);

/**
 * The places of the words of a likeness: after "like" (not "would like", "I like") with a determiner
 * or a verb's -ing form, up to a word of the clinic's cues; and the three words before "so to speak"
 * ("before I bring the old banger in, so to speak").
 */
function likenessWords(words: readonly string[], isCue: (word: string) => boolean): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < words.length; i++) {
    if (words[i] === 'like' && !WANTS_BEFORE_LIKE.has(words[i - 1] ?? '') && (DETERMINER.has(words[i + 1] ?? '') || /ing$/.test(words[i + 1] ?? ''))) {
      for (let k = i + 1; k < words.length && (k === i + 1 || !isCue(words[k]!)); k++) out.add(k);
    }
    if (words[i] === 'so' && words[i + 1] === 'to' && words[i + 2] === 'speak') for (let k = Math.max(0, i - 3); k < i; k++) out.add(k);
  }
  return out;
}
/** Before "like", these make it a wish or a taste, not a likeness ("I would like a booking"). */
const WANTS_BEFORE_LIKE = new Set(['would', 'd', 'i', 'we', 'you', 'they', 'really', 'also', 'just', 'dont', 'not', 'might', 'should']);

/** Words for a word: what one of them "covers" is its meaning (WordNet term.n.1, word.n.1, name.n.1). */
const TERM_WORDS = new Set(['term', 'terms', 'word', 'words', 'phrase', 'name', 'label', 'diagnosis', 'expression']);
const TERM_REACH = 4;
const POINTERS_TO_TERM = new Set(['that', 'this', 'it']);
const PARK = stem('park');
/** Things before the adverb "back": "claim it back", "get some back" (not a person: "call me back" asks for a call); and the verb of
 * claiming itself ("can I claim back the cost"). */
const RETURNED = new Set(['it', 'them', 'some', 'that', 'this', 'money', 'claim', 'claiming', 'claimed']);
const COVER = stem('cover');
/** "Insurance", "insurer": another kind of insurance when a noun names it ("travel insurance", "car insurer"). */
const INSURANCE = new Set([stem('insurance'), stem('insurer')]);

/** A "why" question that does not address the clinic ("why does below the knee matter", not "why do you need my date of birth"). */
function asksWhyOfHealth(words: readonly string[]): boolean {
  return words[0] === 'why' && !words.some((w) => w === 'you' || w === 'your');
}

/** Modals of looking back: a cue verb after one and "have" tells what was not done ("I should have booked"); "I have booked, can I move it" still books. */
const LOOKING_BACK = new Set(['should', 'could', 'would', 'might', 'must', 'shouldnt', 'couldnt', 'wouldnt']);

/** Whether the verb at `i` tells what the patient did ("a service I cancelled"); not a supposition ("if I booked", "would it be alright if we booked"). */
function didIt(words: readonly string[], i: number): boolean {
  return (words[i - 1] === 'i' || words[i - 1] === 'we') && !SCENE_SETTERS.has(words[i - 2] ?? '') && !ASKING.has(words[i - 2] ?? '');
}

/** Whether the verb at `i` follows a modal and "have" ("I should have booked", "should I have booked"). */
function looksBack(words: readonly string[], i: number): boolean {
  if (words[i - 1] !== 'have') return false;
  return LOOKING_BACK.has(words[i - 2] ?? '') || (words[i - 2] === 'i' && LOOKING_BACK.has(words[i - 3] ?? ''));
}

/** No words set aside (unwanted.ts): every cue counts. */
const NOTHING_ASIDE: ReadonlySet<string> = new Set();

/** Words that name who insures ("we're with …", "it's through …"), and how far on the name may come. */
const INSURED_WITH = new Set(['with', 'through', 'via']);
const INSURER_REACH = 5;

/** Words a gap ("talk … person") may hold between its parts: "talk it through with an actual person". */
const GAP = 5;

/** Words for the way a thing is paid ("pay through my cash plan", "pay with insurance"). */
const BY_WAY_OF = new Set(['with', 'through', 'using', 'via', 'on']);
/** Between that word and the cover ("through my work's health plan"). */
const COVER_BEFORE = new Set(['my', 'our', 'the', 'a', 'your', 'his', 'her', 'their', 'work', 'works', 'company', 'private']);

/**
 * Paying by way of the cover ("can I pay through my health cash plan?", "can I pay with my insurance?"): a cost cue,
 * then "through", "with"… and an insurance cue, asks whether the cover pays.
 */
function paidByCover(words: readonly string[], cues: readonly { topic: string; at: number; length: number }[]): boolean {
  // Paying, then claiming it back ("do I pay and claim back?", "pay upfront then get reimbursed"): how the cover pays.
  // (Paying as an act, not the price: "how much does a session cost, and can I claim it back?" asks the cost.)
  const claimedBack = cues.some((c) => c.topic === 'cost' && PAYING_ACT.has(words[c.at]!) && words.slice(c.at + c.length, c.at + c.length + CLAIM_REACH).some((w) => CLAIMING.has(w)) && cues.some((f) => f.topic === 'insurance' && f.at > c.at));
  return claimedBack || cues.some((f) => {
    if (f.topic !== 'insurance') return false;
    let j = f.at - 1;
    while (j >= 0 && COVER_BEFORE.has(words[j]!)) j--;
    return j > 0 && BY_WAY_OF.has(words[j]!) && cues.some((c) => c.topic === 'cost' && c.at + c.length === j);
  });
}

export const CLINIC_TOPICS = ['hours', 'booking', 'cost', 'insurance', 'address', 'who', 'human', 'contact'] as const;
export type ClinicTopic = (typeof CLINIC_TOPICS)[number];

/** The two halves of paying for care. */
const PAYING = new Map<ClinicTopic, ClinicTopic>([
  ['cost', 'insurance'],
  ['insurance', 'cost'],
]);

export interface ClinicCues {
  topics: Partial<Record<ClinicTopic, string[]>>;
  /** Cue phrases that keep a message a clinic question even when a health subject is named. */
  strong: string[];
  /** Other words a question to the clinic may use (session, visit, weekdays...). */
  words: string[];
  /** Everyday words of headings that name no health subject in a clinic question (work, early). */
  everyday?: string[];
  /** Words for the clinic itself ("your clinic", "your physios"): a question naming it is about it. */
  self?: string[];
  /** Phrases that tell what the patient already has ("I have an appointment in three weeks"): no cue inside them asks anything. */
  told?: string[];
}

/** After a noun, prepositions that make it frame what is asked ("the process for", "a trick to getting"); not a
 * subject ("the restaurant I like, how do I book a table" names another service). */
const FRAMING = new Set(['for', 'about', 'with']);

/** Words that make "you" the clinic as a place: "near you", "with you", "to you", "at yours". */
const PLACE_BEFORE_YOU = new Set(['near', 'to', 'at', 'with', 'from', 'outside', 'by']);

export class ClinicTopics {
  private readonly cues = new Map<string, ClinicTopic>();
  private readonly strong: Set<string>;
  /** Everyday words of headings (`everyday`): a story's "work", "early", never a health subject here. */
  private readonly everyday: Set<string>;
  /** Words for the clinic itself (`self`). */
  private readonly self: Set<string>;
  private maxWords = 1;
  /** The words of one-word cues as written: a stop word only matches one of them by itself ("even" is not "evenings"). */
  private readonly oneWordCues = new Set<string>();
  /**
   * The cues that are strong: listed, or opening with a listed one ("pay by card" with "pay": "can I pay by
   * card for my hip appointment?" asks how to pay, whatever health word it holds). Worked out once, at start.
   */
  private readonly strongCues = new Set<string>();
  /** Cues in parts with a gap between ("talk … person"): their parts' stems, in order. */
  private readonly gapped: { parts: string[][]; topic: ClinicTopic; strong: boolean }[] = [];
  /** `told` phrases, as stems. */
  private readonly told: string[][];

  /**
   * `isHealthWord` says whether a (normalised) word names a subject of the articles; `isKnown`
   * whether the content, the cues or plain grammar know it: a question naming something else ("a
   * haircut", "Tokyo", "Apple's share price") is not about this clinic.
   */
  constructor(
    data: ClinicCues,
    private readonly isHealthWord: (word: string) => boolean,
    private readonly isKnown: (word: string) => boolean = () => true,
    /** Hedging adverbs (lexicon `questionTypes.hedges`), read across inside a cue: "who am I actually chatting to". */
    private readonly hedges: ReadonlySet<string> = new Set(),
    /** Whether words name another illness, another part of the body or a subject never ours (scope.ts). */
    private readonly namesOther: (words: readonly string[]) => boolean = () => false,
  ) {
    this.strong = new Set(data.strong.map((p) => normalise(p).map(stem).join(' ')));
    this.everyday = new Set((data.everyday ?? []).flatMap((p) => normalise(p)));
    this.self = new Set((data.self ?? []).flatMap((p) => normalise(p)));
    // "~" (one word or none) is kept as it is: normalise would drop it.
    this.told = (data.told ?? []).map((p) => p.split(/\s+/).flatMap((w) => (w === '~' ? ['~'] : normalise(w).map(stem)))).filter((p) => p.length > 0);
    // Earlier topics win a tie: the order in the file is the order of precedence.
    for (const topic of CLINIC_TOPICS) {
      for (const phrase of data.topics[topic] ?? []) {
        if (phrase.includes('…')) {
          const parts = phrase.split('…').map((p) => normalise(p).map(stem)).filter((p) => p.length > 0);
          if (parts.length > 1) this.gapped.push({ parts, topic, strong: data.strong.includes(phrase) });
          continue;
        }
        const key = normalise(phrase).map(stem).join(' ');
        if (normalise(phrase).length === 1) this.oneWordCues.add(normalise(phrase)[0]!);
        if (!key || this.cues.has(key)) continue;
        this.cues.set(key, topic);
        this.maxWords = Math.max(this.maxWords, key.split(' ').length);
      }
    }
    for (const key of this.cues.keys()) {
      const words = key.split(' ');
      if (words.some((_, n) => this.strong.has(words.slice(0, n + 1).join(' ')))) this.strongCues.add(key);
    }
  }

  /** The clinic topic a message asks about, or undefined. */
  topicOf(text: string): ClinicTopic | undefined {
    return this.topicOfWords(normalise(text));
  }

  /**
   * The same for a message of several sentences, `words` its normalised words: a word unknown to us
   * says the question is about another service only in a sentence that asks the clinic something
   * ("I am a pensioner on a fixed income. Could you tell me how much an appointment costs?": the
   * pension is the story, not the service asked about).
   */
  topicOfMessage(text: string, words: readonly string[], aside: ReadonlySet<string> = NOTHING_ASIDE): ClinicTopic | undefined {
    // An emoji ends a thought in chat as a full stop does ("can I book online 💀 phone anxiety is real").
    const parts = text.split(/(?<=[.?!])\s+|\n+|\s*\p{Extended_Pictographic}+\s*/u).flatMap((s) => this.storyApart(s)).map((s) => ({ raw: s, words: normalise(s) })).filter((s) => s.words.length > 0);
    const raw = parts.map((s) => s.raw);
    const sentences = parts.map((s) => s.words);
    if (sentences.length < 2) return this.topicOfWords(words, words, aside);
    const cued = sentences.map((s) => this.cuesIn(s, aside).length > 0);
    // Cues in questions say what is asked; a cue told in a statement beside them is the story ("Do you take
    // Bupa? I'm so scared I'll get a bill I can't pay": insurance, not the cost).
    // (In a message typed with no "?" at all, a part opening as a question is one: "Is physio covered by my work
    // insurance, we're with the council scheme".)
    const unmarked = !text.includes('?');
    // A cued statement taken up by the question right after it, which points back and names no health ("need to move my
    // appointment on the 14th. How do I do that?"): asked, as the question is about it.
    // (Only a question of nothing but little words, in a message about no other subject: "Is this tennis elbow and how long
    // does it last?" names a subject of its own; "…claim medical costs against tax. How does that work?" is another's.)
    const takenUp = (i: number) =>
      i + 1 < raw.length && !cued[i + 1] && raw[i + 1]!.trim().endsWith('?') && sentences[i + 1]!.some((w) => TAKEN_UP.has(w)) && sentences[i + 1]!.every((w) => isStopWord(w) || ASKS.has(w)) && !this.namesOther(words);
    const asked = raw.map((s, i) => cued[i] && (s.trim().endsWith('?') || (unmarked && ASKS.has(sentences[i]![0] ?? '')) || takenUp(i)));
    // A question about health with the cues only in statements ("My GP, whom it is impossible to get an
    // appointment with, said I might have a trapped nerve. What does a pinched nerve mean?"): the
    // statements are the story, the question is not the clinic's.
    // A "why" question not put to the clinic too ("The 111 adviser said to book in if the pain goes
    // below the knee. Why does below the knee matter?"; not "Why do you need my date of birth?").
    // An everyday word of a heading ("Can I come after work?") names no health subject here either.
    // A verb of health whose object points back to the cued story is done to what the story told ("need to reschedule
    // my appt on thursday. how do i move it?": the appointment is moved, not a leg).
    // What to do until then is a question of health too ("booked with you but first slot is 2 weeks out. what can i do
    // in the meantime?": What helps while you wait to be seen).
    const ofHealth = (ws: readonly string[]) => ws.some((w, k) => (this.namesHealth(w) && !POINTERS.has(ws[k + 1] ?? '')) || MEANTIME.has(w));
    if (!asked.some(Boolean) && raw.some((s, i) => !cued[i] && s.trim().endsWith('?') && (asksWhyOfHealth(sentences[i]!) || ofHealth(sentences[i]!)))) return undefined;
    // Cues only in statements, in a message about another illness or subject ("Migraines keep knocking me
    // out on night shifts and I can't afford to miss any more. Which tablets work best?", "…claim private
    // medical costs against tax… How does that work?"): the statements are the story.
    if (!asked.some(Boolean) && this.namesOther(words)) return undefined;
    const withCues = asked.some(Boolean) ? asked : cued;
    const asking = sentences.filter((_, i) => withCues[i]);
    if (!asking.length) return undefined;
    const allAsked = raw.every((s, i) => !withCues[i] || s.trim().endsWith('?'));
    // Health words told only in the story ("Do you take Bupa? I'm so scared of my back getting worse") do
    // not make the questions with the cues (each ending in "?") a health question, unless one points back
    // to the story ("My hip is bad. What time of day is it worst?").
    const pointsBack = asking.some((s) => s.some((w) => POINTERS.has(w)));
    return this.topicOfWords(pointsBack || !allAsked ? words : asking.flat(), asking.flat(), aside);
  }

  /**
   * A sentence whose question follows a story clause ("Work nights on the wards — what times are you
   * open?", "I'm on my lunch break at the depot, can I just talk to a person?"): the story and the
   * question, as two parts, so that the story's words are read as a story. A clause saying what is
   * wanted ("I need a haircut, when are you open?") names the service asked about: kept with the question.
   */
  private storyApart(sentence: string): string[] {
    // A reason given after the question ("how much is a session because I'm a broke student") is the story.
    const reason = /\s+because\s+/i.exec(sentence);
    if (reason) {
      const [asked, why] = [sentence.slice(0, reason.index), sentence.slice(reason.index + reason[0].length)];
      if (this.cuesIn(normalise(asked)).length > 0 && this.cuesIn(normalise(why)).length === 0) return [asked, why];
    }
    const clauses = sentence.split(/\s*[,;:\u2014\u2013]\s*|\s+-\s+/);
    if (clauses.length < 2) return [sentence];
    // Each clause read once: its first word says whether it asks; the clauses before the asking one are the story.
    const words = clauses.map((c) => normalise(c));
    // A question first, then why, told (no "?", no clause asking) with no cue of its own and nothing
    // wanted ("When do you shut on Thursdays — my diary is full till six"): the reason is the story, as
    // after "because".
    const rest = words.slice(1).flat();
    const toldAfter = !sentence.trim().endsWith('?') && !words.slice(1).some((w) => ASKS.has(w[0] ?? ''));
    // (Or a request: "need to change my appointment Thursday, cows are due to calve".)
    const requests = (w: readonly string[]) => ASKS.has(w[0] ?? '') || WANTS.has(w[0] ?? '') || (w[0] === 'i' && WANTS.has(w[1] ?? ''));
    if (toldAfter && requests(words[0]!) && this.cuesIn(words[0]!).length > 0 && this.cuesIn(rest).length === 0 && !rest.some((w) => WANTS.has(w))) {
      return [clauses[0]!, clauses.slice(1).join(', ')];
    }
    // The clause that asks, or that says what is wanted ("Crewing have just changed my roster - need to move my appointment").
    const k = words.findIndex((w, i) => i > 0 && requests(w));
    if (k < 1) return [sentence];
    const storyWords = words.slice(0, k).flat();
    // "Before I pay for a consultation — what clues would suggest it's the hip?": a clause opened by "before",
    // "if", "until"… sets the scene for a question about health, whatever clinic words it holds.
    const scene = SCENE_SETTERS.has(words[0]![0] ?? '') && words.slice(k).flat().some((w) => this.isHealthWord(w));
    if (!scene && (storyWords.some((w) => WANTS.has(w)) || this.cuesIn(storyWords).length > 0)) return [sentence];
    return [clauses.slice(0, k).join(', '), clauses.slice(k).join(', ')];
  }

  /**
   * The price and the insurance are one question to a patient ("How much is a session, and does my
   * insurance pay for any of it?"): when the message asks one of them and names the other's cue too,
   * the other, to be answered with it.
   */
  payingPartner(topic: ClinicTopic, text: string): ClinicTopic | undefined {
    const partner = PAYING.get(topic);
    if (partner === undefined) return undefined;
    // Asked apart, in a part of its own ("how much is a session, and does insurance pay?"); not the paying
    // that an insurance question is about ("would my private cover pay for it").
    const asked = text.split(/[,;.?!]+|\s+(?:and|or)\s+/i).map((p) => this.topicOfWords(normalise(p)));
    return asked.includes(partner) && asked.includes(topic) ? partner : undefined;
  }

  /** The same, for a message already normalised; `checked` are the words whose unknown ones rule it out. */
  topicOfWords(words: readonly string[], checked: readonly string[] = words, aside: ReadonlySet<string> = NOTHING_ASIDE): ClinicTopic | undefined {
    const found = this.cuesIn(words, aside);
    if (found.length === 0) return undefined;
    // A word right after "you" names whom the question is put to ("are you guys open on Saturday",
    // "do you lot take walk-ins"), not another service.
    // A question that names the clinic itself is about it, whatever else it names ("is there parking
    // near the door of your clinic", "where is the clinic, I can't manage far with my stick").
    // So does "near you", "with you", "to you" ("is there a disabled parking bay near you?"): the clinic as a place.
    const namesClinic = checked.some((w, i) => this.self.has(w) || (w === 'you' && PLACE_BEFORE_YOU.has(checked[i - 1] ?? '')));
    const likeness = likenessWords(checked, (w) => this.cues.has(stem(w)));
    // A noun that frames the question rather than naming a thing asked about ("what's the process for
    // paying", "is there a trick to getting through to a person", "no end of hassle with automated
    // stuff") is followed by a preposition opening what is asked: it names no other service. ("A wedding to
    // go to" names one: "to" frames only before an -ing form.) Only before the first cue: after it, a noun is
    // what the cue is about ("can you book me a haircut for friday").
    const checkedCues = checked === words ? found : this.cuesIn(checked, aside);
    const firstCue = Math.min(Infinity, ...checkedCues.map((f) => f.at));
    const frames = (i: number) => i < firstCue && (FRAMING.has(checked[i + 1] ?? '') || (checked[i + 1] === 'to' && /ing$/.test(checked[i + 2] ?? '')));
    // A condition on a booking, after its cue ("can I reschedule if a tourney runs late", "…and can I move it if a
    // last-minute gig comes up?"), is the story: its words name no service asked about. Not on what is paid or
    // covered, where it is what is asked ("how do I claim sick pay if I'm off for a couple of weeks?").
    const scheduling = checkedCues.some((f) => f.at === firstCue && (f.topic === 'booking' || f.topic === 'hours'));
    const condition = !scheduling ? -1 : checked.findIndex((w, i) => i > firstCue && (w === 'if' || w === 'unless' || (w === 'in' && checked[i + 1] === 'case')));
    const asked = (i: number) => condition < 0 || i < condition;
    // What is parked is the patient's vehicle, whatever its make ("is there anywhere to park a Transit?").
    const parked = (i: number) => stem(checked[i - 2] ?? '') === PARK && DETERMINER.has(checked[i - 1] ?? '');
    // Where "you" are is the clinic's place ("where are you based and is there a bus from campus").
    const whereYou = checked.some((w, i) => w === 'you' && checked.slice(Math.max(0, i - 3), i).includes('where'));
    // Who insures or employs the patient, in a question about cover ("we're with the hotel group scheme", "it's
    // through Tesco"): the insurer, named as Bupa would be, not another service asked about.
    const aboutCover = checkedCues.some((f) => f.topic === 'insurance');
    const insurer = (i: number) => aboutCover && checked.slice(Math.max(0, i - INSURER_REACH), i).some((w) => INSURED_WITH.has(w));
    const otherService = !namesClinic && !whereYou && checked.some((w, i) => asked(i) && !/\d/.test(w) && !this.isKnown(w) && checked[i - 1] !== 'you' && !likeness.has(i) && !frames(i) && !parked(i) && !insurer(i));
    // Whom one is talking to, or asking for a person, is this chat's question whatever else it names ("id rather
    // talk to an actual person on the phone, can you put me through to someone"): no other service has them.
    const cues = otherService ? found.filter((f) => f.topic === 'who' || f.topic === 'human') : found;
    if (cues.length === 0) return undefined;
    // The longest cue says most ("opening hours" over "open"), then a strong one ("how much an appointment
    // costs": the cost, not the booking); other ties go to the file's order.
    cues.sort((a, b) => b.length - a.length || Number(b.strong) - Number(a.strong) || CLINIC_TOPICS.indexOf(a.topic) - CLINIC_TOPICS.indexOf(b.topic));
    // The cover named before the paying ("does the health cover through my job pay for sessions") asks
    // whether it pays: insurance. Paying named first ("how much do I pay if my insurer won't cover it",
    // "how much is a session, and does my private health insurance cover it?") is the cost, however
    // long the insurance's cue.
    const firstAt = (topic: ClinicTopic) => Math.min(...cues.filter((f) => f.topic === topic).map((f) => f.at));
    // (Only between the two: "can I speak to a real person about the cost and my insurance?" asks for a person.)
    const [insuranceAt, costAt] = [firstAt('insurance'), firstAt('cost')];
    if (Number.isFinite(insuranceAt) && Number.isFinite(costAt) && (cues[0]!.topic === 'cost' || cues[0]!.topic === 'insurance')) {
      const i = cues.findIndex((f) => f.topic === (insuranceAt < costAt || paidByCover(words, cues) ? 'insurance' : 'cost'));
      cues.unshift(...cues.splice(i, 1));
    }
    // "I work shifts, can I come in early", "cover through work": everyday words (`everyday`) say nothing
    // of health, though a heading has them (Going back to work, Why early diagnosis helps).
    // Nor "back" after a thing given or got back ("how do I claim it back", "can I get some back").
    // Nor a word of an insurance cue itself ("health plan": no treatment plan). (A booking's may be one: "on the
    // waiting list, what can I do meanwhile" asks about the wait.)
    const inCue = (i: number) => found.some((f) => f.topic === 'insurance' && f.at <= i && i < f.at + f.length);
    const health = words.some((w, i) => this.namesHealth(w) && !(w === 'back' && RETURNED.has(words[i - 1] ?? '')) && !inCue(i));
    return cues.find((f) => !health || f.strong)?.topic;
  }

  /** Whether a word names a health subject: not an everyday word of a heading (`everyday`: work, early). */
  private namesHealth(word: string): boolean {
    return !this.everyday.has(word) && this.isHealthWord(word);
  }

  /** The clinic cues found in the words. */
  private cuesIn(asTyped: readonly string[], aside: ReadonlySet<string> = NOTHING_ASIDE): { topic: ClinicTopic; length: number; strong: boolean; at: number }[] {
    const words = directOrder(asTyped);
    const stems = words.map(stem);
    const found: { topic: ClinicTopic; length: number; strong: boolean; at: number }[] = [];
    // Insurance of another kind, named by a noun before it ("travel insurance for an existing condition",
    // "my car insurance renewal"): not what pays for a session, nor is what it covers ("does my travel
    // insurance cover me if I break my arm skiing?"). "Health insurance" is a cue of its own, found from
    // "health"; an adjective ("private", "medical") or an insurer's name does not say another kind.
    const otherKind = (i: number) => INSURANCE.has(stems[i]!) && i > 0 && /^NN/.test(firstTag(words[i - 1]!) ?? '') && !this.cues.has(`${stems[i - 1]} ${stems[i]}`);
    const otherInsurance = stems.some((_, i) => otherKind(i));
    const { first } = shapeOf(this.cues);
    // "I have an appointment in three weeks. What can I do meanwhile?": what the patient already has is
    // the story; asking to change it is a gapped cue ("move … appointment"), still found below.
    const told = new Array<boolean>(stems.length).fill(false);
    for (let i = 0; i < stems.length; i++) {
      // "Can I have an appointment this week?" asks for one: no story after a word that asks.
      if (ASKING.has(words[i - 1] ?? '')) continue;
      for (const phrase of this.told) {
        const end = toldAt(phrase, stems, i);
        if (end > 0) told.fill(true, i, end);
      }
    }
    for (let i = 0; i < stems.length; i++) {
      if (!first.has(stems[i]!) || told[i]) continue; // starts no cue phrase, or inside what is told
      // "my GP referred me", "they booked me in": a cue in the past tense done to the patient tells
      // the story so far, it asks nothing of the clinic (natural's tagger lexicon, first tag).
      // So does one looking back ("should I have booked with you sooner — what are your hours?"), and one
      // the patient did ("a streaming service I cancelled").
      if (/^VB[DN]$/.test(firstTag(words[i]!) ?? '') && (words[i + 1] === 'me' || words[i + 1] === 'us' || didIt(words, i) || looksBack(words, i))) continue;
      // A booking told done, after what was booked ("a holiday booked", "an appointment booked in a fortnight"):
      // a state, not a request (only for the booking's cues: "is the clinic closed on Sundays" asks the hours).
      if (firstTag(words[i]!) === 'VBN' && this.cues.get(stems[i]!) === 'booking' && words[i - 1] !== 'i' && /^NN/.test(firstTag(words[i - 1] ?? '') ?? '')) continue;
      // "How many hours should I sleep", "8 hours at my desk": an amount of time, not the opening hours.
      if (QUANTITY.has(words[i - 1] ?? '') || /^\d+$/.test(words[i - 1] ?? '') || (stems[i] === HOUR && ONE_HOUR.has(words[i - 1] ?? ''))) continue;
      // "What does the term 'lower back pain' actually cover?": what a word covers is its meaning, no insurance.
      if (stems[i] === COVER && words.slice(Math.max(0, i - TERM_REACH), i).some((w) => TERM_WORDS.has(w))) continue;
      // So is what "that" covers, pointing back to a word ("Lower back pain, what does that cover exactly?"); a
      // policy or an insurer named with it is still found by its own cue ("I'm with Bupa, what does that cover?").
      if (stems[i] === COVER && words[i - 3] === 'what' && words[i - 2] === 'does' && POINTERS_TO_TERM.has(words[i - 1] ?? '')) continue;
      if (otherKind(i) || (otherInsurance && stems[i] === COVER)) continue;
      // A time set around what is asked ("…before I go paying anyone"): the cue is the scene.
      if (this.inTimeClause(words, i)) continue;
      // A part of the body that pays ("so my back doesn't pay for it"): it suffers, nobody pays money.
      if (PAYING_ACT.has(words[i]!) && this.bodyPays(words, i)) continue;
      // The words from here on with the hedging adverbs after the first left out ("am I actually chatting
      // to" is "am I chatting to"); a cue written with one ("am I really talking to") is tried first.
      // (Only as far as the longest cue could reach with a hedge after each of its words.)
      const across = [stems[i]!, ...stems.slice(i + 1, i + 2 * this.maxWords).filter((_, k) => !this.hedges.has(words[i + 1 + k]!))];
      for (let n = Math.min(this.maxWords, stems.length - i); n >= 1; n--) {
        const key = [stems.slice(i, i + n).join(' '), n > 1 ? across.slice(0, n).join(' ') : ''].find((k) => this.cues.has(k)) ?? '';
        const topic = this.cues.get(key);
        // "who do I even ask": "even" shares its stem with "evenings", but a stop word asks nothing.
        if (topic && n === 1 && isStopWord(words[i]!) && !this.oneWordCues.has(words[i]!)) continue;
        if (topic) {
          found.push({ topic, length: n, strong: this.strongCues.has(key), at: i });
          break;
        }
      }
    }
    for (const g of this.gapped) {
      const length = this.gappedMatch(stems, g.parts);
      if (length) found.push({ topic: g.topic, length, strong: g.strong, at: stems.indexOf(g.parts[0]![0]!) });
    }
    // A cue set aside for another ("a same day thing rather than waiting for a booking", unwanted.ts) asks nothing.
    // Opening told of another place, named as what opens or shuts ("what time does the pharmacy shut on a Sunday?",
    // "when is the gym open?"): its hours, not ours.
    const ours = found.some((f) => f.topic === 'hours') && othersHours(words) ? found.filter((f) => f.topic !== 'hours') : found;
    return aside.size ? ours.filter((f) => !words.slice(f.at, f.at + f.length).every((w) => aside.has(w))) : ours;
  }

  /** Whether what pays at `i` is a part of the body, owned ("my back doesn't pay for it", "so the hips won't pay"). */
  private bodyPays(words: readonly string[], i: number): boolean {
    for (let j = i - 1; j >= Math.max(1, i - PAYER_REACH); j--) if (this.isHealthWord(words[j]!) && OWNERS.has(words[j - 1]!)) return true;
    return false;
  }

  /** Whether the word at `i` is in a clause of time with its own subject ("before I go paying", "until we book"). */
  private inTimeClause(words: readonly string[], i: number): boolean {
    let j = i - 1;
    while (j >= 0 && SCENE_AUXILIARIES.has(words[j]!)) j--;
    return j >= 1 && SCENE_SUBJECTS.has(words[j]!) && TIME_SETTERS.has(words[j - 1]!);
  }

  /** The words a gapped cue's parts take when they follow one another with at most GAP words between. */
  private gappedMatch(stems: readonly string[], parts: readonly string[][]): number {
    let at = 0;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const from = at;
      const limit = p === 0 ? stems.length : Math.min(stems.length, from + GAP + 1);
      let i = from;
      for (; i < limit; i++) if (part.every((s, k) => stems[i + k] === s)) break;
      if (i >= limit) return 0;
      at = i + part.length;
    }
    return parts.reduce((n, p) => n + p.length, 0);
  }
}

/** Verbs of opening and shutting: what opens is the place whose hours are asked. */
const OPENING = new Set(['open', 'opens', 'opened', 'shut', 'shuts', 'close', 'closes', 'closed', 'closing']);
/** Words that end the subject before such a verb, going back ("what time does | the pharmacy | shut"). */
const SUBJECT_STARTS = new Set(['does', 'do', 'did', 'is', 'are', 'was', 'will', 'would', 'when', 'time', 'and', 'but', 'or', 'if', 'till', 'until']);
/** The clinic, as what opens: "are you open", "is the clinic open", "does the practice close", "is it open". */
const OUR_PLACE = new Set(['you', 'your', 'yours', 'u', 'ya', 'it', 'clinic', 'practice', 'physio', 'physios', 'physiotherapy', 'physiotherapist', 'physiotherapists', 'centre', 'center', 'place', 'reception', 'office', 'team', 'spine', 'ye', 'yous', 'youse', 'they', 'we']);
/**
 * Whether every verb of opening in the words has a subject of its own that is a thing other than the clinic ("does the
 * pharmacy shut", "my gym closes at 9", "is the GP open"), named by a noun (natural's tagger lexicon, first tag) or a
 * word the lexicon lacks. "My gym closes at 9, are you open later?" asks ours.
 */
function othersHours(words: readonly string[]): boolean {
  const verbs = words.flatMap((w, i) => (OPENING.has(w) ? [i] : []));
  return verbs.length > 0 && verbs.every((i) => {
    const subject: string[] = [];
    for (let j = i - 1; j >= 0 && !SUBJECT_STARTS.has(words[j]!) && subject.length < 4; j--) {
      subject.push(words[j]!);
      if (DETERMINER.has(words[j]!)) break;
    }
    // Named as a thing is named: a determiner first ("the pharmacy", "my gym"), not "your opening hrs? Open Sat?".
    return DETERMINER.has(subject.at(-1)!) && !subject.some((w) => OUR_PLACE.has(w)) && subject.some((w) => !DETERMINER.has(w) && /^NN/.test(firstTag(w) ?? 'NN'));
  });
}

/** Subjects and forms of "be" that an embedded question puts in statement order. */
const EMBEDDED_SUBJECTS = new Set(['i', 'you', 'this', 'it', 'that', 'there']);
const BE = new Set(['am', 'are', 'is', 'was', 'were']);
/** Verbs that take a question with "if" ("I'd like to know if…", "tell me if…"); any other "if" supposes ("is it ok if I am…"). */
const ASKING_IF = new Set(['ask', 'asking', 'know', 'wonder', 'wondering', 'wondered', 'check', 'checking', 'confirm', 'sure', 'see', 'me', 'out', 'clarify']);
/**
 * A yes/no question asked inside another ("Might I ask whether I'm chatting with a computer?", "I'd like to
 * know if you are open on Saturdays") in the direct order the cues are written in ("am I chatting with",
 * "are you open"): subject and verb swapped after "whether", or after "if" that follows a verb of asking or
 * knowing, the words' count kept. English grammar.
 */
export function directOrder(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i + 2 < words.length; i++) {
    const embeds = words[i] === 'whether' || (words[i] === 'if' && ASKING_IF.has(words[i - 1] ?? ''));
    if (embeds && EMBEDDED_SUBJECTS.has(words[i + 1]!) && BE.has(words[i + 2]!)) {
      out ??= [...words];
      [out[i + 1], out[i + 2]] = [out[i + 2]!, out[i + 1]!];
    }
  }
  return out ?? words;
}
