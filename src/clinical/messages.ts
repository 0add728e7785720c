// The assistant's own sentences (content/messages.yaml), validated at start and filled with the
// clinic's details, so no user-facing copy is buried in code.
import { z } from 'zod';
import { loadYamlFile } from './contentFile.ts';
import type { Clinic } from './types.ts';
import { handoffMessagesSchema, staffMessagesSchema } from './staffMessages.ts';

const line = z.string().min(1);
const lines = z.array(line).min(1);

const messagesSchema = z
  .object({
    welcome: lines,
    menu: z.object({ checkSymptoms: line, askQuestion: line, contact: line }).strict(),
    menuPrompt: line,
    askQuestionPrompt: line,
    help: lines,
    helpMidCheck: line,
    restarted: line,
    thanks: line,
    goodbye: line,
    greeting: line,
    smallTalk: line,
    carryOn: line,
    noAnswer: lines,
    /** A question about the hip or back that no section answers surely enough; the nearest sections follow as buttons. */
    unsureAnswer: line,
    noAnswerChoices: z.object({ rephrase: line, contact: line, checkSymptoms: line }).strict(),
    symptomsOffer: line,
    /** A question about a named medicine: who can advise, and the article section (`article#Heading`) offered instead. */
    medicineDecline: z.object({ text: line, section: z.string().regex(/^[a-z0-9-]+#.+$/, 'write it as article-id#Section heading') }).strict(),
    medicineNote: line,
    /** A question declined because it is about pregnancy or pain while pregnant: who advises instead. */
    pregnancyDecline: line,
    symptomsCheckOffer: line,
    prefillConfirm: line,
    didYouMean: line,
    noneOfThese: line,
    readMoreLabel: line,
    sourceLabel: line,
    alsoAsked: line,
    feedback: z.object({ up: line, down: line, thanksUp: line, thanksDown: line }).strict(),
    forget: z.object({ confirm: line, yes: line, no: line, done: line, kept: line }).strict(),
    invalidSubmission: line,
    tooLong: line,
    emptyMessage: line,
    unsupportedAttachment: line,
    error: line,
    /** Two servers wrote this conversation at once and this message lost twice: nothing of it was kept. */
    sendAgain: line,
    contact: z
      .object({
        title: line,
        intro: line,
        call: line,
        book: line,
        email: line,
        hoursLabel: line,
        addressLabel: line,
        emergency: line,
        sameDayTitle: line,
        sameDayIntro: line,
      })
      .strict(),
    /** One line before later replies after an emergency or same-day outcome, until "start over". */
    reminder: z.object({ emergency: line, urgent: line }).strict(),
    disposition: z
      .object({
        reasonsHeading: line,
        safetyNetHeading: line,
        summaryHeading: line,
        /** First button of an emergency outcome, a tel: link to the emergency number. */
        callEmergency: line,
        /** Summary line listing the warning signs the patient denied; {value} is the list. */
        flagsNo: line,
        /** Reason line after "yes" to several warning signs at once; {labels} lists them. */
        saidYesTo: line,
        /** The summary's duration line, by size: {value} is a whole number of the unit. */
        duration: z.object({ underADay: line, days: line, weeks: line, months: line }).strict(),
        /** The level in plain words, for the summary's result line. */
        levels: z.object({ emergency: line, urgent: line, soon: line, 'self-care': line }).strict(),
      })
      .strict(),
    choiceCard: z.object({ submit: line, required: line, typeNumbers: line }).strict(),
    webPage: z
      .object({
        chatLabel: line,
        noScript: line,
        startFailed: line,
        /** Shown before the chat's script has arrived, with the emergency line under it. */
        loading: line,
        /** Followed by the emergency number as a tel: link. */
        emergencyLine: line,
        /** The header's always-visible emergency link. */
        emergencyShort: line,
        /** The floating button of the embeddable widget, and its close button. */
        openChat: line,
        closeChat: line,
      })
      .strict(),
    /** The emergency screen after a same-day outcome: its opening line, its all-clear, a sign noted on the way. */
    emergencyScreen: z.object({ intro: line, allClear: line, noted: line }).strict(),
    symptomCheck: z
      .object({
        intro: line,
        /** After a second unusable answer: the options again, or the clinic. */
        stillUnsure: line,
        /** The same where the options are a numbered list to type. */
        stillUnsureTyped: line,
        /** One warning sign asked on its own; {label} is the flag's label. */
        flagQuestion: line,
        /** A "book soon" sign told in the middle of the check, said at once; {labels} are the flags' labels. */
        soonNoted: line,
      })
      .strict(),
    handoff: handoffMessagesSchema,
    staff: staffMessagesSchema,
  })
  .strict();

export type Messages = z.infer<typeof messagesSchema>;

/** Replaces {placeholders}; an unknown placeholder is left visible rather than silently dropped. */
export function fillTemplate(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

export function clinicPlaceholders(clinic: Clinic): Record<string, string> {
  return {
    clinicName: clinic.name,
    phone: clinic.phone,
    emergencyNumber: clinic.emergencyNumber,
    email: clinic.email,
    bookingUrl: clinic.bookingUrl,
  };
}

/** Loads the messages and fills every clinic placeholder once, at start. */
export function loadMessages(file: string, clinic: Clinic): Messages {
  const raw = loadYamlFile(file, messagesSchema);
  const values = clinicPlaceholders(clinic);
  return fillDeep(raw, values) as Messages;
}

function fillDeep(node: unknown, values: Record<string, string>): unknown {
  if (typeof node === 'string') return fillTemplate(node, values);
  if (Array.isArray(node)) return node.map((n) => fillDeep(n, values));
  if (node && typeof node === 'object') {
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, fillDeep(v, values)]));
  }
  return node;
}
