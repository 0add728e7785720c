// The screening questions (content/screening.yaml): what to ask when a message may be a red flag
// but is not clear. Validated at start against the protocol's flags and concepts.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ContentError, loadYamlFile } from '../contentFile.ts';
import type { Protocol } from './protocolSchema.ts';
import type { DetectionResult, PossibleScreen } from './types.ts';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes');
const text = z.string().trim().min(1);
const cue = z.array(slug).min(1);

const screenSchema = z
  .object({
    id: slug,
    flags: z.array(slug).min(1),
    /** "because you mentioned {mentioned}". */
    mentioned: text,
    question: text,
    /** Empty for a screen asked only by the detector itself (a sign with an unclear limit). */
    cues: z.array(cue),
    /** Asked about even when said as an "if" ("better off if I wasn't around"). */
    evenHypothetical: z.boolean().default(false),
    /** Asked about even next to "normal", "fine" ("is it normal to feel hopeless?"). */
    evenIfNormal: z.boolean().default(false),
    /** Concepts that, in the same clause, say this cue is no sign ("as it says on the box" for a dose). */
    unless: z.array(slug).default([]),
    /**
     * A concept of the cues that an earlier sentence may name, taken up by a number standing alone
     * ("…co-codamol. I've had about twelve since this morning"): { concept, by: the numbers' concept }.
     */
    carried: z.object({ concept: slug, by: slug }).strict().optional(),
    /**
     * Concepts of the cues that any sentence of the message may name, even in a denial, the rest of the cue
     * being told in one sentence ("miss said knees don't go wrong at my age. … and I walk funny"): context
     * that says who is writing, not a sign.
     */
    anySentence: z.array(slug).default([]),
  })
  .strict()
  .refine((s) => s.anySentence.every((c) => s.cues.some((cue) => cue.includes(c) && cue.length > 1)), { message: 'anySentence: name concepts of a cue that has others too', path: ['anySentence'] });

export const screeningSchema = z
  .object({
    version: z.literal(1),
    template: text.refine((t) => t.includes('{question}'), 'use {question}'),
    whose: text,
    reprompt: text,
    animals: z.array(text).default([]),
    animalNames: z.array(text).default([]),
    conditionNames: z.array(text).default([]),
    negationSafeCues: z.array(slug).default([]),
    thanksNo: text,
    emergency: z.object({ question: text, flags: z.array(slug).min(1), cues: z.array(cue).min(1) }).strict(),
    screens: z.array(screenSchema).min(1),
    concepts: z.record(slug, z.array(z.union([z.string(), z.number()]).transform(String)).min(1)),
  })
  .strict();

export type Screening = z.infer<typeof screeningSchema>;
export type ScreenSpec = Screening['screens'][number];

/** Reads content/screening.yaml; throws ContentError naming the file and line of the first problem. */
export function loadScreening(file: string, protocol: Protocol): Screening {
  const screening = loadYamlFile(file, screeningSchema);
  checkScreening(file, screening, protocol);
  return screening;
}

/** Every flag and concept a screen names must exist: a typo must stop the start, not a screen. */
export function checkScreening(file: string, screening: Screening, protocol: Protocol): void {
  const flagIds = new Set(protocol.flags.map((f) => f.id));
  const concepts = new Set([...Object.keys(protocol.concepts), ...Object.keys(screening.concepts)]);
  const ids = new Set<string>();
  const check = (where: string, flags: string[], cues: string[][]) => {
    for (const f of flags) if (!flagIds.has(f)) throw new ContentError(file, lineOf(file, f), `${where}: no flag "${f}" in content/triage.yaml`);
    for (const c of cues.flat()) if (!concepts.has(c)) throw new ContentError(file, lineOf(file, c), `${where}: no concept "${c}" here or in content/triage.yaml`);
  };
  check('emergency', screening.emergency.flags, screening.emergency.cues);
  for (const s of screening.screens) {
    if (ids.has(s.id)) throw new ContentError(file, lineOf(file, `id: ${s.id}`), `screens: id "${s.id}" is used twice`);
    ids.add(s.id);
    check(`screens.${s.id}`, s.flags, [...s.cues, s.unless, s.anySentence, ...(s.carried ? [[s.carried.concept, s.carried.by]] : [])]);
  }
  check('negationSafeCues', [], [screening.negationSafeCues]);
  for (const key of Object.keys(screening.concepts)) {
    if (key in protocol.concepts) throw new ContentError(file, lineOf(file, `${key}:`), `concepts.${key}: already a concept in content/triage.yaml; use another name`);
  }
}

/** The first line of the file that mentions `needle`, for the error message. */
function lineOf(file: string, needle: string): number | undefined {
  try {
    const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(needle));
    return index >= 0 ? index + 1 : undefined;
  } catch {
    return undefined;
  }
}

export interface ScreenQuestionText {
  flags: string[];
  text: string;
  about: 'self' | 'other';
}

const RANK = { emergency: 0, urgent: 1, soon: 2 } as const;

/**
 * The questions to ask for what a message may be, most urgent first: one per screen; a sign told
 * about someone else gets "is this happening to you or someone with you?".
 */
export function screenQuestions(possible: PossibleScreen[], screening: Screening, protocol: Protocol): ScreenQuestionText[] {
  const levelOf = (flags: string[]) => Math.min(...flags.map((f) => RANK[protocol.flags.find((p) => p.id === f)?.level ?? 'soon']));
  // Of the same level, the emergencies that are anyone's (thoughts of suicide, chest pain, breathing) before
  // the spine's: "…a wet week indoors… better off if I just ended my life" asks about the thoughts first.
  const anyones = (flags: string[]) => (flags.some((f) => protocol.flags.find((p) => p.id === f)?.aboutAnyone) ? 0 : 1);
  const out: ScreenQuestionText[] = [];
  for (const p of [...possible].sort((a, b) => levelOf(a.flags) - levelOf(b.flags) || anyones(a.flags) - anyones(b.flags))) {
    if (p.reason === 'whose') {
      const flag = protocol.flags.find((f) => f.id === p.screenId);
      const label = flag?.label ?? p.screenId;
      out.push({ flags: p.flags, text: screening.whose.replace('{label}', label), about: 'other' });
      continue;
    }
    const screen = screening.screens.find((s) => s.id === p.screenId);
    if (!screen) continue;
    const text = screening.template.replace('{mentioned}', screen.mentioned).replace('{question}', screen.question);
    out.push({ flags: p.flags, text, about: 'self' });
  }
  return out;
}

/**
 * What to ask about one message: a question per possible sign; with `emergencyIfBody`, when there is
 * none, the emergency signs for a message about the body whose warning signs were not just denied.
 */
export function screenQuestionsFor(
  detection: Pick<DetectionResult, 'possible' | 'aboutBody' | 'denied'>,
  screening: Screening,
  protocol: Protocol,
  emergencyIfBody: boolean,
): ScreenQuestionText[] {
  const questions = screenQuestions(detection.possible, screening, protocol);
  if (!questions.length && emergencyIfBody && detection.aboutBody && !detection.denied.length) questions.push(emergencyQuestion(screening));
  return questions;
}

/** The emergency-signs question for a message about the body that nothing else places. */
export function emergencyQuestion(screening: Screening): ScreenQuestionText {
  return { flags: screening.emergency.flags, text: screening.emergency.question, about: 'self' };
}
