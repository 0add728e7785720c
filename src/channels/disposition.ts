// The outcome of a symptom check or a red-flag interruption: calm, clear, one message.
// The clinic.triage entity is added by the caller.
import { ActionTypes, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import type { TriageLevel } from '../clinical/types.ts';
import { actionRows, adaptiveCardAttachment, openUrl, submit, text } from './adaptiveCard.ts';
import type { CardAction as AdaptiveAction, CardElement, Container, TextBlock } from './adaptiveCard.ts';
import { textWithButtons } from './buttons.ts';
import type { OfferedButton } from './buttons.ts';
import { channelCapabilities } from './capabilities.ts';
import type { ChannelCapabilities } from './capabilities.ts';
import { bulletList, forChannel, isLink, paragraphs } from './text.ts';

/** Section headings of a disposition; keys the lead adds to content/messages.yaml (`disposition`). */
export interface DispositionCopy {
  /** Above the reasons ("Because you told me:"). */
  reasonsHeading: string;
  /** Above the safety-netting ("Get urgent help if:"). */
  safetyNetHeading: string;
  /** Above the summary ("A summary you can show a clinician:"). */
  summaryHeading: string;
}

export interface DispositionToRender {
  headline: string;
  level: TriageLevel;
  whatToDo: string;
  reasons: string[];
  safetyNet: string[];
  summary: string[];
  /** Next steps: `value` is text the bot understands, or a link (https:, tel:, mailto:). */
  links: { label: string; value: string }[];
}

/** Colour of the headline band: only the levels that need action today stand out. */
const BAND: Record<TriageLevel, { container: Container['style']; colour: TextBlock['color'] }> = {
  emergency: { container: 'attention', colour: 'attention' },
  urgent: { container: 'warning', colour: 'warning' },
  soon: { container: 'default', colour: 'default' },
  'self-care': { container: 'default', colour: 'default' },
};

/** Messenger's generic template title limit. */
const MAX_CARD_TITLE = 80;

function section(heading: string, items: readonly string[]): CardElement[] {
  if (items.length === 0) return [];
  return [text(heading, { weight: 'bolder' }), ...items.map((item) => text(`• ${item}`, { spacing: 'none' }))];
}

function asText(caps: ChannelCapabilities, d: DispositionToRender, copy: DispositionCopy): string {
  const list = (heading: string, items: readonly string[]) =>
    items.length > 0 ? `${heading}\n${bulletList(caps, items.map((i) => forChannel(caps, i)))}` : undefined;
  return paragraphs(
    caps.markdown ? `**${d.headline}**` : d.headline,
    forChannel(caps, d.whatToDo),
    list(copy.reasonsHeading, d.reasons),
    list(copy.safetyNetHeading, d.safetyNet),
    list(copy.summaryHeading, d.summary),
  );
}

function linkAction(label: string, value: string): CardAction {
  if (/^tel:/i.test(value)) return { type: ActionTypes.Call, title: label, value };
  if (isLink(value)) return { type: ActionTypes.OpenUrl, title: label, value };
  return { type: ActionTypes.ImBack, title: label, value };
}

/**
 * A disposition: headline, what to do now, "because you told me …", when to get urgent help,
 * and a summary to show a clinician; the links become buttons.
 * - Adaptive Card channels: the headline in a coloured band for emergency (attention) and
 *   urgent (warning); links are Action.OpenUrl or Action.Submit `choice`; an emergency's `tel:`
 *   link comes last, as a destructive (danger) action.
 * - Elsewhere: text with line breaks (Markdown only where rendered, none on facebook) and the
 *   links as quick replies, hero card buttons, or phrases to type.
 */
export function renderDisposition(channelId: string, d: DispositionToRender, copy: DispositionCopy): Partial<Activity> {
  const caps = channelCapabilities(channelId);

  if (caps.adaptiveCards) {
    const band = BAND[d.level];
    const body: CardElement[] = [
      {
        type: 'Container',
        style: band.container,
        bleed: true,
        items: [text(d.headline, { style: 'heading', size: 'large', weight: 'bolder', color: band.colour })],
      },
      text(d.whatToDo, { size: 'medium' }),
      ...section(copy.reasonsHeading, d.reasons),
      ...section(copy.safetyNetHeading, d.safetyNet),
    ];
    if (d.summary.length > 0) body.push({ type: 'Container', style: 'emphasis', items: section(copy.summaryHeading, d.summary) });
    // The emergency call is the last thing of an emergency outcome, on its own, styled as the
    // danger action (the widget makes it large and red; other hosts show their destructive style).
    const isCall = (l: { value: string }) => d.level === 'emergency' && /^tel:/i.test(l.value);
    const actions: AdaptiveAction[] = d.links
      .filter((l) => !isCall(l))
      .map((l) => (isLink(l.value) ? openUrl(l.label, l.value) : submit(l.label, { action: 'choice', value: l.value })));
    body.push(...actionRows(actions));
    const calls = d.links.filter(isCall).map((l) => ({ ...openUrl(l.label, l.value), style: 'destructive' as const }));
    if (calls.length > 0) body.push({ type: 'ActionSet', actions: calls });
    const attachment = adaptiveCardAttachment(caps.adaptiveCards, body, [], asText({ ...caps, markdown: false }, d, copy));
    return MessageFactory.attachment(attachment);
  }

  const buttons: OfferedButton[] = d.links.map((l, i) => ({
    action: linkAction(l.label, l.value),
    typed: isLink(l.value) ? `${l.label}: ${l.value.replace(/^(tel|mailto):/i, '')}` : l.value,
    priority: i,
  }));
  return textWithButtons(caps, asText(caps, d, copy), buttons, d.headline.slice(0, MAX_CARD_TITLE));
}
