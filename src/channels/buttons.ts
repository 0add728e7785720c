// Buttons under a message for channels without Adaptive Cards: quick replies where the channel has
// them, a hero card where it has card buttons, else the phrases to type. When a channel has room
// for fewer buttons than offered, the ones with the lowest `priority` number are kept.
import { CardFactory, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import type { ChannelCapabilities } from './capabilities.ts';
import { bulletList, buttonTitle, paragraphs } from './text.ts';

export interface OfferedButton {
  /** Clickable form: imBack (the text the bot understands), postBack (hidden payload) or a link. */
  action: CardAction;
  /** What to type instead on a text-only channel (a phrase, or "label: link"). */
  typed: string;
  /** 0 is kept first when the channel cannot show every button. */
  priority: number;
}

/** The `limit` most important buttons, in the order they were offered. */
export function keepMostImportant(buttons: readonly OfferedButton[], limit: number): OfferedButton[] {
  const kept = new Set([...buttons].sort((a, b) => a.priority - b.priority).slice(0, Math.max(0, limit)));
  return buttons.filter((b) => kept.has(b));
}

function shortened(caps: ChannelCapabilities, action: CardAction): CardAction {
  return { ...action, title: buttonTitle(caps, action.title) };
}

/**
 * `text` (already in the channel's text format) with the buttons the channel can show.
 * `cardTitle` heads a hero card (Messenger's generic template needs a title, ≤ 80 characters).
 */
export function textWithButtons(
  caps: ChannelCapabilities,
  text: string,
  buttons: readonly OfferedButton[],
  cardTitle: string,
): Partial<Activity> {
  const textFormat = caps.markdown ? 'markdown' : 'plain';
  const clickable = buttons.filter((b) => b.action.type !== 'openUrl' && b.action.type !== 'call');
  if (caps.suggestedActions && clickable.length === buttons.length) {
    const kept = keepMostImportant(buttons, caps.maxSuggestedActions);
    return { ...MessageFactory.suggestedActions(kept.map((b) => shortened(caps, b.action)), text), textFormat };
  }
  if (caps.maxCardButtons > 0 && buttons.length > 0) {
    const kept = keepMostImportant(buttons, caps.maxCardButtons);
    const card = CardFactory.heroCard(cardTitle, undefined, kept.map((b) => shortened(caps, b.action)));
    return { ...MessageFactory.attachment(card, text), textFormat };
  }
  const typed = buttons.length > 0 ? bulletList(caps, buttons.map((b) => b.typed)) : undefined;
  return { ...MessageFactory.text(paragraphs(text, typed)), textFormat };
}
