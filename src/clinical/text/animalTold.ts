// What a message tells of an animal as the subject of its clause: "Our spaniel had a fit last night", "My horse
// went lame and can't put any weight on his front leg", "the cat's lost loads of weight", "my dog has a bad
// back". Those words are the animal's: no red flag of the patient's (asked whose, never acted on) and no
// question for the clinic. Shared by the red-flag detector and the answer engine's scope.
//
// Read narrowly, because a person's emergency must never be taken for a pet's:
// - only an animal right before a verb of its own ("the dog has…", "our collie had…") or with its possessive
//   ("the cat's…"); not one ridden, walked, tripped over or named in a saying ("she fell off the horse",
//   "sick as a dog"), nor a name after a title ("Mrs Lamb");
// - up to the end of its clause, on through "and" only when a verb follows ("…and can't put any weight on…");
// - stopping at anyone else: the writer ("…sleeping on my feet") or a person's pronoun ("…and he's not
//   breathing"); and when the animal did something to someone ("the cow knocked me flying", "the horse kicked
//   him"), nothing of that clause is the animal's: it is what happened to them.
import { firstTag } from '../natural.ts';

/** The writer's own words. */
const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves', "i'm", "i've", "i'd", "i'll", 'im', 'ive']);
/** A person's pronouns, as subject or object ("he's not breathing", "kicked him"). */
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'him', 'them', 'himself', 'herself', 'themselves', "he's", "she's", "they're", 'hes', 'shes', 'you', 'u', 'someone', 'somebody', 'anyone']);
/** Someone done to: the animal acted on a person ("kicked me", "knocked him over"). */
const DONE_TO = new Set(['me', 'us', 'him', 'them', 'myself', 'himself', 'herself', 'themselves']);
/** Words of the animal's noun phrase before it ("my old dog", "our 14-year-old cat"). */
const DETERMINERS = new Set(['my', 'our', 'the', 'a', 'an', 'his', 'her', 'their', 'your', 'this', 'that', 'these', 'those', 'poor', 'old', 'little', 'big', 'young']);
/** Before a name, not an animal ("Mrs Lamb", "Mr Collie"). */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'lady', 'lord', 'uncle', 'aunt', 'auntie', 'nan', 'grandad', 'grandma', 'grandpa']);
/** Words before the animal that still let it be the subject ("and the dog…", "the vet says my labrador…"). Not "as" ("sick as a dog"). */
const CLAUSE_OPENERS = new Set([
  'and', 'but', 'or', 'so', 'then', 'because', 'cos', 'coz', 'since', 'while', 'whilst', 'when', 'if', 'that', 'after', 'before', 'until', 'now', 'also',
  'says', 'said', 'say', 'thinks', 'think', 'thought', 'reckons', 'reckon', 'reckoned', 'told', 'tells', 'noticed', 'knows', 'know', 'hope', 'worried', 'suspects',
]);
/** Joining words after which the clause goes on with the same subject only if a verb follows ("and can't…", not "and the…"). */
const JOINERS = new Set(['and', 'but', 'or', 'so', 'then', 'because', 'cos', 'coz', 'plus']);
/** Words that open a question (the answer engine's words have lost their full stops). */
const QUESTION_WORDS = new Set(['how', 'what', 'why', 'when', 'where', 'which', 'who', 'whats', "what's", 'hows', "how's"]);
/** How far what is told of an animal may run. */
const REACH = 20;

const tagOf = (w: string | undefined) => (w === undefined ? '' : (firstTag(w) ?? (/n['’]?t$/.test(w) ? 'MD' : '')));
const isVerbish = (w: string | undefined) => /^(VB|MD)/.test(tagOf(w));
/** A verb that can have a subject of its own ("has", "went", "can"), not "limping" or "to walk". */
const isFinite = (w: string | undefined) => /^(VBZ|VBD|VBP|MD)/.test(tagOf(w));

export interface AnimalText {
  /** The words, lower case, in order. */
  words: readonly string[];
  /** Whether each word is a clause break (a comma, a colon, a bracket). */
  breaks: readonly boolean[];
  /**
   * Where the animals are named: [start, end) of each; `everyday` for the words of every day (dog, cat, horse),
   * which may stand bare ("Dog had a nasty reaction…"). A breed stands after "my", "the"…: "Collie fell off the
   * ladder" names a person.
   */
  animals: readonly { start: number; end: number; everyday?: boolean }[];
  /** Words whose "'s" was taken off ("my dog's been limping" read as "my dog been limping"): "been", "limping" say a subject too. */
  contractionsLost?: boolean;
  /** Whether a noun before a verb starts a new subject (not in words that have lost their full stops: "…on her back leg can I…"). */
  newSubjects?: boolean;
}

/** For each word, whether it is told of an animal. */
export function toldOfAnimal(text: AnimalText): boolean[] {
  const { words, breaks } = text;
  const n = words.length;
  const told = new Array<boolean>(n).fill(false);
  for (const { start, end, everyday } of text.animals) {
    let from = start;
    while (from > 0 && start - from < 4 && !breaks[from - 1] && isNounPhraseWord(words[from - 1]!)) from--;
    if (!everyday && from === start) continue;
    const before = from > 0 && !breaks[from - 1] ? words[from - 1] : undefined;
    if (before !== undefined && TITLES.has(before)) continue;
    let after = end;
    const possessive = /['’]s$/.test(words[end - 1]!) || ["'s", '’s'].includes(words[after] ?? '') || (["'", '’'].includes(words[after] ?? '') && words[after + 1] === 's');
    if (["'s", '’s'].includes(words[after] ?? '')) after++;
    else if (["'", '’'].includes(words[after] ?? '') && words[after + 1] === 's') after += 2;
    // The subject: before a verb of its own, or with its possessive; not after a preposition ("off the horse") or
    // a verb ("riding the mare makes…": the riding does).
    const afterPreposition = before !== undefined && !CLAUSE_OPENERS.has(before) && before !== 'please' && /^(IN|TO|VB)/.test(tagOf(before));
    // ("can dogs get sciatica": the verb after a modal asked of the animal.)
    const asked = from > 0 && /^MD$/.test(tagOf(words[from - 1])) && /^VB$/.test(tagOf(words[after]));
    const verb = isFinite(words[after]) || asked || (text.contractionsLost === true && /^VB[GN]/.test(tagOf(words[after])));
    // Opening its clause, before anything but a noun ("Dog's on steroids…" with its "'s" lost, "Horse bolted"), the subject too.
    const opens = before === undefined && words[after] !== undefined && !breaks[after] && !/^NN/.test(tagOf(words[after]));
    if (afterPreposition || !(possessive || verb || opens)) continue;
    const span: number[] = [];
    let doneToSomeone = false;
    // The animal's own verb: only after it can a noun start a new subject ("the spaniel's back legs have…").
    let sawVerb = verb || opens;
    for (let i = start, k = 0; i < n && k < REACH; i++, k++) {
      if (breaks[i]) break;
      const w = words[i]!;
      if (i >= end) {
        if (FIRST_PERSON.has(w) || PERSON_PRONOUNS.has(w) || (w === 'her' && (breaks[i + 1] !== false || !/^(NN|JJ|RB)/.test(tagOf(words[i + 1]))))) {
          doneToSomeone = DONE_TO.has(w) || w === 'her';
          break;
        }
        // "…and the back pain started": a new subject after a joining word ends it; so does a question word.
        if (i > end && JOINERS.has(w) && !isVerbish(words[i + 1]) && words[i + 1] !== 'not') break;
        if (i > end && QUESTION_WORDS.has(w)) break;
        // "The horse fell on top…": on someone.
        if (w === 'top' && words[i - 1] === 'on') {
          doneToSomeone = true;
          break;
        }
        // A verb of a new subject ("…fell on top both legs have been numb", "…rolled over the saddle area went
        // numb"): what is told from that subject on is not the animal's.
        if (text.newSubjects !== false && sawVerb && i > after && isFinite(w) && /^NN/.test(tagOf(words[i - 1]))) {
          // Back over that subject only: its nouns, its adjectives, one determiner ("…bad hips the vet says").
          while (span.length > 1 && /^NN/.test(tagOf(words[span.at(-1)!]))) span.pop();
          while (span.length > 1 && /^(JJ|CD)/.test(tagOf(words[span.at(-1)!]))) span.pop();
          if (span.length > 1 && (DETERMINERS.has(words[span.at(-1)!]!) || /^DT/.test(tagOf(words[span.at(-1)!])))) span.pop();
          break;
        }
      }
      if (i >= after && isFinite(w)) sawVerb = true;
      span.push(i);
    }
    if (doneToSomeone) continue;
    for (const i of span) told[i] = true;
  }
  return told;
}

function isNounPhraseWord(w: string): boolean {
  return DETERMINERS.has(w) || /\d/.test(w) || /^(JJ|CD)/.test(tagOf(w));
}
