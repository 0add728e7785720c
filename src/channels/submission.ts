// Reading what the user sent: typed text, a button's text, an Adaptive Card submission or a
// Messenger postback. Card data is whatever the client sends back, so it is validated, never trusted.
import { Channels, TurnContext } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** Longest message the bot reads; longer ones are refused rather than cut. */
export const MAX_TEXT_LENGTH = 2000;
/** Ids of the Adaptive Card choice-set inputs; Web Chat and Teams merge them into the submit data. */
export const CHOICE_INPUT_ID = 'value';
export const SELECTION_INPUT_ID = 'selected';

const shortText = z.string().trim().min(1).max(MAX_TEXT_LENGTH);

/** Data the bot's own buttons carry (Adaptive Card Action.Submit, Messenger postback payloads). */
const submitDataSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('choice'), value: shortText }),
  // `selected` is the card's input, merged in by the client: "a,b" (Adaptive Card multi-select).
  z.object({ action: z.literal('multi'), [SELECTION_INPUT_ID]: z.string().max(MAX_TEXT_LENGTH).optional() }),
  z.object({
    action: z.literal('feedback'),
    vote: z.enum(['up', 'down']),
    article: z.string().trim().min(1).max(200),
    section: z.string().trim().min(1).max(300),
  }),
]);

/**
 * What the bot puts into Action.Submit data and postback payloads. On a card with a choice
 * set, `{ action: 'choice' }` or `{ action: 'multi' }` gets the input merged in by the client.
 */
export type SubmitData =
  | { action: 'choice'; value: string }
  | { action: 'choice' }
  | { action: 'multi' }
  | { action: 'feedback'; vote: 'up' | 'down'; article: string; section: string };

/** What the user meant, whatever the channel. */
export type Submission =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'multi'; values: string[] }
  | { kind: 'feedback'; vote: 'up' | 'down'; article: string; section: string }
  | { kind: 'invalid'; reason: InvalidReason }
  | { kind: 'empty' };

/**
 * Why a message could not be read. The dialog says so and asks again; nothing is lost.
 * - too-long: text over MAX_TEXT_LENGTH characters
 * - unknown-shape: card data or payload the bot never sends (tampered, stale, or another bot's)
 * - nothing-selected: a checklist submitted with nothing ticked (the card offers "none of these")
 * - unknown-value: a choice that is not among the `expected` values
 */
export type InvalidReason = 'too-long' | 'unknown-shape' | 'nothing-selected' | 'unknown-value';

/** A postback or quick-reply payload carrying SubmitData, for channels without Adaptive Cards. */
export function encodePayload(data: SubmitData): string {
  return JSON.stringify(data);
}

const messengerChannelData = z.object({
  postback: z.object({ payload: z.string() }).optional(),
  message: z.object({ quick_reply: z.object({ payload: z.string() }).optional() }).optional(),
});

/** Messenger sends a button's payload in channelData; prefer it to the visible title. */
function messengerPayload(activity: Partial<Activity>): string | undefined {
  if (activity.channelId !== Channels.Facebook) return undefined;
  const parsed = messengerChannelData.safeParse(activity.channelData);
  if (!parsed.success) return undefined;
  return parsed.data.postback?.payload ?? parsed.data.message?.quick_reply?.payload;
}

/** The text the user typed, without Teams' "<at>Bot</at>" mention of the bot. */
function typedText(activity: Partial<Activity>): string {
  const payload = messengerPayload(activity);
  if (payload !== undefined) return payload;
  if (typeof activity.text !== 'string') return '';
  if (activity.channelId === Channels.Msteams && activity.recipient?.id) {
    // removeMentionText edits the activity it is given: give it a copy.
    return TurnContext.removeMentionText({ ...activity }, activity.recipient.id) ?? '';
  }
  return activity.text;
}

const teamsWrapper = z.object({
  msteams: z.object({ type: z.string().optional(), value: z.unknown().optional(), text: z.string().optional() }),
});

/** Card data without Teams' `msteams` wrapper; a wrapped imBack comes back as text. */
function unwrapTeams(value: Record<string, unknown>): { text: string } | { data: Record<string, unknown> } {
  const wrapped = teamsWrapper.safeParse(value);
  if (!wrapped.success) return { data: value };
  const { msteams } = wrapped.data;
  if (msteams.type === 'imBack' && typeof msteams.value === 'string') return { text: msteams.value };
  const { msteams: _wrapper, ...rest } = value;
  if (msteams.value !== null && typeof msteams.value === 'object' && !Array.isArray(msteams.value)) {
    return { data: { ...rest, ...(msteams.value as Record<string, unknown>) } };
  }
  return { data: rest };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Text that is a payload we sent ("{"action":…}"), parsed; anything else is ordinary text. */
function payloadInText(text: string): Record<string, unknown> | undefined {
  if (!text.startsWith('{') || !text.includes('"action"')) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function fromData(data: Record<string, unknown>, expected: readonly string[] | undefined): Submission {
  const parsed = submitDataSchema.safeParse(data);
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((issue) => issue.code === 'too_big' && issue.path[0] !== 'article' && issue.path[0] !== 'section');
    return { kind: 'invalid', reason: tooLong ? 'too-long' : 'unknown-shape' };
  }
  const d = parsed.data;
  const known = (value: string): boolean => expected === undefined || expected.includes(value);
  switch (d.action) {
    case 'choice':
      return known(d.value) ? { kind: 'choice', value: d.value } : { kind: 'invalid', reason: 'unknown-value' };
    case 'multi': {
      const values = [...new Set((d[SELECTION_INPUT_ID] ?? '').split(',').map((v) => v.trim()).filter(Boolean))];
      if (values.length === 0) return { kind: 'invalid', reason: 'nothing-selected' };
      return values.every(known) ? { kind: 'multi', values } : { kind: 'invalid', reason: 'unknown-value' };
    }
    case 'feedback':
      return { kind: 'feedback', vote: d.vote, article: d.article, section: d.section };
  }
}

/**
 * Reads an incoming message the same way on every channel.
 * - Adaptive Card submissions (`value`, no text) are validated; Teams' `msteams` wrapper is removed.
 * - Messenger postbacks and quick replies: the payload counts as the text.
 * - Text over MAX_TEXT_LENGTH characters is `invalid` / `too-long`.
 * - Non-message activities and blank messages are `empty`.
 * @param expected when given, a `choice` or `multi` value outside it is `invalid` / `unknown-value`.
 * @param maxLength the longest text accepted (the configured MAX_MESSAGE_CHARS).
 */
export function readSubmission(activity: Partial<Activity>, expected?: readonly string[], maxLength = MAX_TEXT_LENGTH): Submission {
  if ((activity.type ?? 'message') !== 'message') return { kind: 'empty' };
  let text = typedText(activity).trim();
  const value: unknown = activity.value;
  if (isRecord(value)) {
    const unwrapped = unwrapTeams(value);
    if ('text' in unwrapped) text = unwrapped.text.trim();
    // A card's data is what the bot sent; text beside it (Teams messageBack) is only its label.
    else if ('action' in unwrapped.data || text === '') return fromData(unwrapped.data, expected);
  } else if (typeof value === 'string' && text === '') {
    text = value.trim();
  }
  if (text === '') return { kind: 'empty' };
  if (text.length > maxLength) return { kind: 'invalid', reason: 'too-long' };
  const payload = payloadInText(text);
  if (payload) return fromData(payload, expected);
  return { kind: 'text', text };
}

// Reading a typed numbered answer is part of the interview (the clinical core); re-exported here.
export { readNumberedSelection } from '../clinical/triage/interview/selection.ts';
