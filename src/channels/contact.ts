// How to reach the clinic, as a card where the channel has one and as plain text everywhere.
import { ActionTypes, CardFactory, MessageFactory } from 'botbuilder';
import type { Activity, CardAction } from 'botbuilder';
import type { Clinic } from '../clinical/types.ts';
import { adaptiveCardAttachment, openUrl, text } from './adaptiveCard.ts';
import type { CardElement } from './adaptiveCard.ts';
import { channelCapabilities } from './capabilities.ts';
import { mailtoUri, paragraphs, telUri } from './text.ts';

/**
 * Words of the contact card: `contact` in content/messages.yaml, clinic placeholders already
 * filled ({clinicName}, {emergencyNumber}, …).
 */
export interface ContactCopy {
  /** Card title ("Contact {clinicName}"). */
  title: string;
  /** One sentence under the title ("You can reach the clinic team here:"). */
  intro: string;
  /** Call button, and the label of the phone number in text ("Call the clinic"). */
  call: string;
  /** Booking button ("Book an appointment"). */
  book: string;
  /** Email button, and the label of the address in text ("Email us"). */
  email: string;
  hoursLabel: string;
  addressLabel: string;
  /** The emergency number line ("In an emergency, call {emergencyNumber}."). */
  emergency: string;
  /** After a same-day outcome: title and sentence of "how to be seen today" (no booking offer). */
  sameDayTitle: string;
  sameDayIntro: string;
}

/**
 * After a same-day (urgent) outcome: how to be seen today — call the clinic now, the hours, and
 * the emergency line — and nothing that suggests waiting (no booking link, no email).
 */
export function renderSameDayCard(channelId: string, clinic: Clinic, copy: ContactCopy): Partial<Activity> {
  const caps = channelCapabilities(channelId);
  const tel = telUri(clinic.phone);
  const lines = paragraphs(`${copy.sameDayTitle}\n${copy.sameDayIntro}`, `${copy.call}: ${clinic.phone}`, `${copy.hoursLabel}:\n${clinic.hours.join('\n')}`, copy.emergency);
  if (caps.adaptiveCards) {
    const body: CardElement[] = [
      text(copy.sameDayTitle, { style: 'heading', size: 'medium', weight: 'bolder' }),
      text(copy.sameDayIntro),
      { type: 'FactSet', facts: [{ title: copy.call, value: clinic.phone }] },
      text(copy.hoursLabel, { weight: 'bolder' }),
      ...clinic.hours.map((h) => text(h, { spacing: 'none' })),
      text(copy.emergency, { weight: 'bolder', color: 'attention' }),
    ];
    return MessageFactory.attachment(adaptiveCardAttachment(caps.adaptiveCards, body, [openUrl(copy.call, tel)], lines));
  }
  if (caps.maxCardButtons > 0) {
    const card = CardFactory.heroCard(copy.sameDayTitle, undefined, [{ type: ActionTypes.Call, title: copy.call, value: tel }]);
    return { ...MessageFactory.attachment(card, lines), textFormat: 'plain' };
  }
  return { ...MessageFactory.text(lines), textFormat: 'plain' };
}

/** Everything on the card, as lines of plain text (what text-only channels get). */
function contactLines(clinic: Clinic, copy: ContactCopy, show: { title: boolean; bookingUrl: boolean }): string {
  const reach = [`${copy.call}: ${clinic.phone}`, `${copy.email}: ${clinic.email}`];
  if (show.bookingUrl) reach.push(`${copy.book}: ${clinic.bookingUrl}`);
  return paragraphs(
    show.title ? `${copy.title}\n${copy.intro}` : copy.intro,
    reach.join('\n'),
    `${copy.hoursLabel}:\n${clinic.hours.join('\n')}`,
    `${copy.addressLabel}:\n${clinic.address}`,
    copy.emergency,
  );
}

/**
 * The clinic's contact details.
 * - Adaptive Card channels: title, phone and email, hours, address, the emergency line, and
 *   buttons Call (`tel:` without spaces), Book (the booking link) and Email (`mailto:`).
 * - Card channels without Adaptive Cards (facebook): everything in text, then a hero card with
 *   Call and Book. Email stays in the text: Messenger's URL buttons open web pages only.
 * - Other channels: everything in plain text, the booking link included.
 */
export function renderContactCard(channelId: string, clinic: Clinic, copy: ContactCopy): Partial<Activity> {
  const caps = channelCapabilities(channelId);
  const tel = telUri(clinic.phone);

  if (caps.adaptiveCards) {
    const body: CardElement[] = [
      text(copy.title, { style: 'heading', size: 'medium', weight: 'bolder' }),
      text(copy.intro),
      {
        type: 'FactSet',
        facts: [
          { title: copy.call, value: clinic.phone },
          { title: copy.email, value: clinic.email },
        ],
      },
      text(copy.hoursLabel, { weight: 'bolder' }),
      ...clinic.hours.map((h) => text(h, { spacing: 'none' })),
      text(copy.addressLabel, { weight: 'bolder' }),
      text(clinic.address, { spacing: 'none' }),
      text(copy.emergency, { weight: 'bolder', color: 'attention' }),
    ];
    const actions = [openUrl(copy.call, tel), openUrl(copy.book, clinic.bookingUrl), openUrl(copy.email, mailtoUri(clinic.email))];
    const attachment = adaptiveCardAttachment(caps.adaptiveCards, body, actions, contactLines(clinic, copy, { title: true, bookingUrl: true }));
    return MessageFactory.attachment(attachment);
  }

  if (caps.maxCardButtons > 0) {
    const buttons: CardAction[] = [
      { type: ActionTypes.Call, title: copy.call, value: tel },
      { type: ActionTypes.OpenUrl, title: copy.book, value: clinic.bookingUrl },
    ].slice(0, caps.maxCardButtons);
    const card = CardFactory.heroCard(copy.title, undefined, buttons);
    return { ...MessageFactory.attachment(card, contactLines(clinic, copy, { title: false, bookingUrl: false })), textFormat: 'plain' };
  }

  return { ...MessageFactory.text(contactLines(clinic, copy, { title: true, bookingUrl: true })), textFormat: 'plain' };
}
