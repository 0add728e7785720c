// One turn's input, read once: a typed message, a button click sent as text, or an Adaptive Card
// submission (`value` with no text) all become the same plain text for the dialogs below.
import type { TurnContext } from 'botbuilder';
import { readSubmission } from '../src/channels/index.ts';
import { normaliseText } from '../src/clinical/text/normalise.ts';

export type TurnInput =
  | { kind: 'text'; text: string; multi?: string[] }
  | { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string }
  /** `text` is kept for a too-long message so it can still be screened for red flags. */
  | { kind: 'invalid'; reason: string; text?: string }
  | { kind: 'empty'; hasAttachments: boolean };

const KEY = Symbol('turnInput');
/** How much of an over-long message is still screened for red flags. */
const MAX_SCREENED_CHARS = 20_000;

export function readTurnInput(context: TurnContext, maxChars: number): TurnInput {
  const cached = context.turnState.get(KEY) as TurnInput | undefined;
  if (cached) return cached;
  const input = toTurnInput(context, maxChars);
  context.turnState.set(KEY, input);
  // Prompts read activity.text: give them the normalised text of a card submission too.
  if (input.kind === 'text') context.activity.text = input.text;
  return input;
}

function toTurnInput(context: TurnContext, maxChars: number): TurnInput {
  const activity = context.activity;
  const submission = readSubmission(activity, undefined, maxChars);
  switch (submission.kind) {
    case 'text': {
      // Read once, normalised: every reader below (red flags, answers, commands) sees the same text.
      const text = normaliseText(submission.text).trim();
      return text ? { kind: 'text', text } : { kind: 'empty', hasAttachments: (activity.attachments?.length ?? 0) > 0 };
    }
    case 'choice':
      return { kind: 'text', text: submission.value };
    case 'multi':
      return { kind: 'text', text: submission.values.join(', '), multi: submission.values };
    case 'feedback':
      return submission;
    case 'invalid':
      // Whatever could not be used is still screened for red flags.
      return { kind: 'invalid', reason: submission.reason, text: normaliseText(everythingTyped(activity).slice(0, MAX_SCREENED_CHARS)) };
    case 'empty':
      return { kind: 'empty', hasAttachments: (activity.attachments?.length ?? 0) > 0 };
  }
}

/** The activity's text and every string inside its card data, joined. */
function everythingTyped(activity: TurnContext['activity']): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') parts.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(activity.text);
  walk(activity.value);
  return parts.join('. ');
}
