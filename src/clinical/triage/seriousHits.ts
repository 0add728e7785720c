// Which red flags in a message end whatever is going on. Most say it by their own level (same day or
// emergency). A few are "book soon" on their own and raised by the protocol's rules with the
// patient's age: a limp is soon for an adult and same day under 18 (rule limp-under-18). When the age
// is already known — told in this message ("my 8-year-old has started limping") or answered earlier
// in the check — such a flag interrupts like any same-day sign, with the outcome the check would
// have reached at its end.
import { LEVEL_ORDER } from '../types.ts';
import type { FlagHit, TriageFacts, TriageLevel } from './types.ts';

const rank = (l: TriageLevel) => LEVEL_ORDER.indexOf(l);

type Decide = (facts: TriageFacts) => { level: TriageLevel };

/** The age facts that raise a flag: only who the patient is, never how long or how bad. */
export type AgeFacts = Pick<Partial<TriageFacts>, 'age' | 'ageBand'>;

/** Only the age facts of what is known (a check's facts hold much else), or none when no age is known. */
export function ageFactsOf(known: AgeFacts): AgeFacts | undefined {
  if (known.age === undefined && known.ageBand === undefined) return undefined;
  return { ...(known.age !== undefined ? { age: known.age } : {}), ...(known.ageBand ? { ageBand: known.ageBand } : {}) };
}

export function seriousHits(hits: readonly FlagHit[], known: AgeFacts, decide: Decide): FlagHit[] {
  const age = ageFactsOf(known);
  return hits.filter((h) => {
    if (rank(h.level) >= rank('urgent')) return true;
    if (!age) return false;
    const facts = { flags: { [h.flagId]: 'yes' as const }, ...age };
    return rank(decide(facts as TriageFacts).level) >= rank('urgent');
  });
}

/**
 * The signs told that need booking soon ("book soon" or more) whatever the patient's age, among those
 * that are not serious: told at the top level they get that outcome, not an answer alone. A limp is
 * that only under 18, so with no age known it waits for the check, which asks the age ("I'm 45 and I've
 * started limping"; "my dog is limping"). `bands` are the protocol's age bands.
 */
export function soonHits(hits: readonly FlagHit[], known: AgeFacts, bands: readonly string[], decide: Decide): FlagHit[] {
  const ageKnown = known.age !== undefined || known.ageBand !== undefined;
  const ages: AgeFacts[] = ageKnown ? [known] : bands.map((ageBand) => ({ ageBand }));
  return hits.filter((h) => ages.every((a) => rank(decide({ ...a, flags: { [h.flagId]: 'yes' } } as TriageFacts).level) >= rank('soon')));
}
