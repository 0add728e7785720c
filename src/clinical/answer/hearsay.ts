// A question that checks something heard: "My brother-in-law says physio is a waste of time. Is that
// fair?", "A guy at work said sciatica is a disease of the hip joint??", "Is it true that bed rest is
// best?". What is asked about is the claim. Who said it ("a guy at work", "my doctor cousin", "my
// pharmacist friend") pulls towards sections of its own words (Going back to work, When to see a
// doctor), and the verdict asked for ("is that true?", "fact or fiction?") names nothing. Both are
// taken off before the message is read; the claim is kept whole. The phrases are content
// (content/lexicon.yaml `hearsay`): reporting verbs and verdict questions are closed classes of
// English, not the words of any one question.

import { apostropheOptional, phraseAlternation } from '../text/phraseAlternation.ts';

export interface Hearsay {
  /** Verbs that report what someone said or wrote ("says", "reckons", "swears", "told me"). */
  reporting: string[];
  /** What the patient heard it from, said of themselves ("I heard", "I read", "I saw online"). */
  heard: string[];
  /** A verdict asked for: a sentence of its own ("Is that true?") or leading the claim ("Is it true that…"). */
  verdicts: string[];
}

/** At most this many words name who said it ("my brother-in-law's physio friend"). */
const SPEAKER_WORDS = 7;
const QUESTION_WORDS = 'what|how|why|when|where|which|who|whom|whose|should|shall|can|could|would|will|do|does|did|is|are|was|were|may|might|must';
/** Words that open a question wherever they stand in a speaker's place ("bruh what causes…"). */
const WH_WORDS = 'what|how|why|when|where|which|whom|whose';
/** At least this many words must be left of the claim. */
const CLAIM_WORDS = 3;

/** Words that only stress a verdict asked ("is that actually a thing?", "is it really true?"). */
const VERDICT_STRESS = ['actually', 'really', 'even', 'genuinely', 'honestly'];
/** Each verdict that asks "is that …" also with a word of stress after its pronoun ("is that actually a thing"). */
function withStress(verdicts: readonly string[]): string[] {
  const out = [...verdicts];
  for (const v of verdicts) {
    const m = /^((?:is|are|was) (?:that|it|this|he|she|they)) (.+)$/.exec(v);
    if (m) for (const w of VERDICT_STRESS) out.push(`${m[1]} ${w} ${m[2]}`);
  }
  return out;
}

/** Phrases as one alternation, the apostrophe optional in each. */
const alternation = (phrases: string[]) => phraseAlternation(phrases, apostropheOptional);
// Who said it: a few words, none opening a question ("what would you say is best" asks, it reports nothing, and nor
// does "bruh what causes sciatica, i thought only old people got it"). A word of the speaker begins with a letter or
// a digit: a dash between a topic and the rest ("Piriformis syndrome - my sister thinks I have it") is no word of who
// said it.
const SPEAKER_WORD = `(?!(?:${WH_WORDS})\\b)[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*`;
const SPEAKER = `(?!(?:${QUESTION_WORDS})\\b)((?:${SPEAKER_WORD}[ ,]+){0,${SPEAKER_WORDS - 1}}${SPEAKER_WORD})`;

export function hearsayReader(h: Hearsay): (text: string) => string {
  if (!h.reporting.length && !h.heard.length && !h.verdicts.length) return (text) => text;
  // At a sentence's start: a speaker of a few words, a reporting verb, an optional "that".
  const reported = h.reporting.length
    ? new RegExp(`(^|[.!?\\n]\\s*|\\bbut\\s+)${SPEAKER}\\s+(?:${alternation(h.reporting)})(?:\\s+that)?[\\s,:]+`, 'giu')
    : undefined;
  const heard = h.heard.length ? new RegExp(`(^|[.!?\\n]\\s*)(?:${alternation(h.heard)})(?:\\s+that)?[\\s,:]+`, 'giu') : undefined;
  const verdict = h.verdicts.length ? alternation(h.verdicts) : '';
  // A verdict standing alone as a sentence (with its own "?"s), or leading the claim ("is it true that …", "fact or fiction: …").
  const verdictAlone = verdict ? new RegExp(`(^|[.!?\\n]\\s*)(?:${verdict})\\s*(?:[.!?]+|$)`, 'giu') : undefined;
  // Leading only in two words or more: "Right hip pain…" and "True, but…" keep their first word.
  const leads = alternation(h.verdicts.filter((v) => v.trim().includes(' ')));
  const verdictLead = leads ? new RegExp(`(^|[.!?\\n]\\s*)(?:${leads})(?:\\s+that)?[\\s,:]+(?=\\S)`, 'giu') : undefined;
  const claimLeft = (s: string) => s.replace(/[^\p{L}\p{N}\s]/gu, ' ').trim().split(/\s+/).filter(Boolean).length >= CLAIM_WORDS;
  return (text) => {
    let out = text;
    for (const re of [verdictAlone, verdictLead, heard, reported]) {
      if (!re) continue;
      const next = out.replace(re, (_m, before: string) => before);
      if (next !== out && claimLeft(next)) out = next;
    }
    return out.trim() ? out.trim() : text;
  };
}

/**
 * A claim checked after a story ("Deep ache in my bum cheek after sitting on the jump seat… Massage lady said a small
 * muscle deep in the buttock is squeezing the nerve. Is that actually a thing?"): what is asked about is the claim, not
 * the story of the symptoms, whose words pull towards their own sections. The claim's sentence (who said it taken off),
 * when a verdict follows it or ends it and at least one sentence of story comes before; otherwise undefined.
 */
export function claimAfterStoryReader(h: Hearsay, claimOf: (text: string) => string = hearsayReader(h)): (text: string) => string | undefined {
  if ((!h.reporting.length && !h.heard.length) || !h.verdicts.length) return () => undefined;
  const opens = new RegExp(`^\\s*(?:${SPEAKER}\\s+(?:${alternation(h.reporting)})|(?:${alternation(h.heard)}))\\b`, 'iu');
  const verdict = alternation(withStress(h.verdicts));
  const verdictAlone = new RegExp(`^\\s*(?:${verdict})\\s*[.!?]*\\s*$`, 'iu');
  const verdictEnds = new RegExp(`[,;:-]\\s*(?:${verdict})\\s*[.!?]*\\s*$`, 'iu');
  return (text) => {
    const sentences = text.match(/[^.!?\n]+[.!?\n]*/g)?.filter((t) => /[\p{L}\p{N}]/u.test(t)) ?? [];
    for (let i = sentences.length - 1; i >= 1; i--) {
      const s = sentences[i]!;
      if (!opens.test(s)) continue;
      // The verdict ends the claim's sentence, or is the last sentence, right after it.
      const checked = verdictEnds.test(s) || (i === sentences.length - 2 && verdictAlone.test(sentences[i + 1]!));
      if (!checked) continue;
      return claimOf(s.replace(verdictEnds, '').trim()).trim() || undefined;
    }
    return undefined;
  };
}
