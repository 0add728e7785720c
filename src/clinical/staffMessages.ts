// The sentences of the call-back request (patient side) and of the staff commands in Teams, from
// content/messages.yaml (`handoff` and `staff`), validated with the rest of the messages.
import { z } from 'zod';

const line = z.string().min(1);
const lines = z.array(line).min(1);

export const handoffMessagesSchema = z
  .object({
    /** The offer after a symptom check, a request to talk to someone, and a 👎. */
    offerAfterCheck: line,
    offerAfterContact: line,
    offerAfterFeedback: line,
    yes: line,
    no: line,
    declined: line,
    askContact: line,
    badContact: line,
    cancelled: line,
    /** What happens next; {close} {open} {day} {partOfDay} from the clinic's opening times. */
    sentOpenNow: line,
    sentLaterToday: line,
    sentTomorrow: line,
    sentOnDay: line,
    sentNoHours: line,
    safetyNet: line,
    unavailable: line,
    morning: line,
    afternoon: line,
    /** Sunday first, as JavaScript counts them. */
    dayNames: z.array(line).length(7),
  })
  .strict();

export const staffMessagesSchema = z
  .object({
    help: lines,
    installed: line,
    notifyHere: line,
    periods: z.object({ today: line, '7d': line, '30d': line }).strict(),
    statsTitle: line,
    stats: z
      .object({
        conversations: line,
        checks: line,
        alerts: line,
        outcomes: line,
        answered: line,
        declined: line,
        up: line,
        down: line,
        handoffs: line,
        questions: line,
      })
      .strict(),
    unansweredTitle: line,
    unansweredNone: line,
    handoffsTitle: line,
    handoffsNone: line,
    card: z
      .object({
        title: line,
        level: line,
        reasons: line,
        why: line,
        whyCheck: line,
        whyContact: line,
        whyFeedback: line,
        askedAt: line,
        name: line,
        reach: line,
        summary: line,
        markDone: line,
        done: line,
        contactDeleted: line,
        withdrawn: line,
        open: line,
      })
      .strict(),
  })
  .strict();
