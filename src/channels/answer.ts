// A short answer from an article, with its source and what the user can do next.
// The clinic.answer entity is added by the caller.
import { ActionTypes, MessageFactory } from 'botbuilder';
import type { Activity } from 'botbuilder';
import { adaptiveCardAttachment, submit, text as textBlock } from './adaptiveCard.ts';
import type { CardElement, SubmitAction } from './adaptiveCard.ts';
import { textWithButtons } from './buttons.ts';
import type { OfferedButton } from './buttons.ts';
import { channelCapabilities } from './capabilities.ts';
import { encodePayload } from './submission.ts';
import { forChannel, paragraphs } from './text.ts';

/** Words around an answer: keys of content/messages.yaml (the whole messages object fits). */
export interface AnswerCopy {
  /** "Source" in "Source: <article title> — <section heading>". */
  sourceLabel: string;
  /** The "Read more" button. */
  readMoreLabel: string;
  /** Feedback button titles after 👍 / 👎; on text-only channels, what the user types. */
  feedback: { up: string; down: string };
}

export interface AnswerToRender {
  /** Article title. */
  title: string;
  /** Section heading. */
  heading: string;
  /** The answer (Markdown; stripped where the channel shows it literally). */
  text: string;
  articleId: string;
  /** At most two are shown: the button shows `label`, a click sends `question`. */
  followUps: { label: string; question: string }[];
  /** Text the bot understands as "read more"; no button when absent (already the full section). */
  readMoreValue?: string | undefined;
  /** Offer 👍 / 👎. */
  feedback: boolean;
}

const MAX_FOLLOW_UPS = 2;

/** Texts a user can send as feedback on a text-only channel; the dialog maps them to the last answer. */
export function feedbackValues(copy: AnswerCopy): { up: string; down: string } {
  return { up: copy.feedback.up, down: copy.feedback.down };
}

/** "Source: <article title> — <section heading>". */
export function sourceLine(copy: AnswerCopy, answer: Pick<AnswerToRender, 'title' | 'heading'>): string {
  return `${copy.sourceLabel}: ${answer.title} — ${answer.heading}`;
}

const votes = [
  { vote: 'up', emoji: '👍' },
  { vote: 'down', emoji: '👎' },
] as const;

/**
 * The answer and its source line, then "Read more", up to two follow-ups and 👍 / 👎.
 * - Adaptive Card channels: one card; every button is an Action.Submit (`choice` with the text the
 *   bot understands, or `feedback` with article and section).
 * - facebook: plain text with quick replies (limit 13, so nothing is dropped); 👍 / 👎 are
 *   postbacks carrying the feedback as JSON, so they work even after other messages.
 *   Where a channel has room for fewer buttons, follow-ups go first, then feedback; "Read more" stays.
 * - Text-only channels: the phrases to type, one a line.
 */
export function renderAnswer(channelId: string, answer: AnswerToRender, copy: AnswerCopy): Partial<Activity> {
  const caps = channelCapabilities(channelId);
  const source = sourceLine(copy, answer);
  const followUps = answer.followUps.slice(0, MAX_FOLLOW_UPS);
  const feedback = (vote: 'up' | 'down') => ({ action: 'feedback', vote, article: answer.articleId, section: answer.heading }) as const;

  if (caps.adaptiveCards) {
    const next: SubmitAction[] = [
      ...(answer.readMoreValue ? [submit(copy.readMoreLabel, { action: 'choice', value: answer.readMoreValue })] : []),
      ...followUps.map((f) => submit(f.label, { action: 'choice', value: f.question })),
    ];
    const body: CardElement[] = [textBlock(answer.text), textBlock(source, { isSubtle: true, size: 'small' })];
    if (next.length > 0) body.push({ type: 'ActionSet', actions: next });
    if (answer.feedback) {
      body.push({ type: 'ActionSet', actions: votes.map((v) => submit(`${v.emoji} ${copy.feedback[v.vote]}`, feedback(v.vote))) });
    }
    const attachment = adaptiveCardAttachment(caps.adaptiveCards, body, [], paragraphs(answer.text, source));
    return MessageFactory.attachment(attachment);
  }

  const buttons: OfferedButton[] = [];
  if (answer.readMoreValue) {
    const value = answer.readMoreValue;
    buttons.push({ action: { type: ActionTypes.ImBack, title: copy.readMoreLabel, value }, typed: value, priority: 0 });
  }
  followUps.forEach((f, i) => {
    const action = { type: ActionTypes.ImBack, title: f.label, value: f.question };
    buttons.push({ action, typed: f.question, priority: 3 + i });
  });
  if (answer.feedback) {
    for (const v of votes) {
      const title = `${v.emoji} ${copy.feedback[v.vote]}`;
      const action = { type: ActionTypes.PostBack, title, value: encodePayload(feedback(v.vote)) };
      buttons.push({ action, typed: copy.feedback[v.vote], priority: 1 });
    }
  }
  return textWithButtons(caps, paragraphs(forChannel(caps, answer.text), source), buttons, answer.title);
}
