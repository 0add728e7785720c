// The card a call-back request shows in the staff channel: level, reasons, why and when it was
// asked, how to reach the patient, the clinician summary, and a "Mark as done" button. The same
// function renders its later states (done, expired, withdrawn), which replace it in place.
import { CardFactory, type Activity } from 'botbuilder';
import { fillTemplate } from '../clinical/messages.ts';
import type { Messages } from '../clinical/messages.ts';
import type { TriageLevel } from '../clinical/types.ts';
import type { HandoffRecord } from './handoffs.ts';

export const HANDOFF_DONE = 'handoff.done';
const LEVEL_COLOUR: Record<TriageLevel, string> = { emergency: 'attention', urgent: 'warning', soon: 'accent', 'self-care': 'good' };

export interface HandoffCardDeps {
  messages: Messages;
  flagLabel: (id: string) => string;
  timeZone: string;
}

export function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

export function renderHandoffCard(record: HandoffRecord, deps: HandoffCardDeps): Partial<Activity> {
  const copy = deps.messages.staff.card;
  const levelText = record.level ? deps.messages.disposition.levels[record.level] : '—';
  const why = { check: copy.whyCheck, contact: copy.whyContact, feedback: copy.whyFeedback }[record.reason];
  const facts = [
    { title: copy.level, value: levelText },
    ...(record.reasons.length ? [{ title: copy.reasons, value: record.reasons.map(deps.flagLabel).join('; ') }] : []),
    { title: copy.why, value: why },
    { title: copy.askedAt, value: formatTime(record.askedAt, deps.timeZone) },
    ...(record.contact?.name ? [{ title: copy.name, value: record.contact.name }] : []),
    ...(record.contact ? [{ title: copy.reach, value: [record.contact.phone, record.contact.email].filter(Boolean).join(' / ') }] : []),
  ];
  const status =
    record.status === 'done'
      ? `${fillTemplate(copy.done, { name: record.doneBy ?? '', time: formatTime(record.doneAt ?? record.askedAt, deps.timeZone) })} ${copy.contactDeleted}`
      : record.status === 'expired'
        ? copy.contactDeleted
        : record.status === 'withdrawn'
          ? copy.withdrawn
          : undefined;
  const body: unknown[] = [
    { type: 'TextBlock', text: fillTemplate(copy.title, { level: levelText }), wrap: true, style: 'heading', weight: 'bolder', size: 'medium', color: record.level ? LEVEL_COLOUR[record.level] : 'default' },
    { type: 'FactSet', facts },
  ];
  if (record.summary.length) {
    body.push({ type: 'TextBlock', text: copy.summary, wrap: true, weight: 'bolder', spacing: 'medium' });
    for (const line of record.summary) body.push({ type: 'TextBlock', text: line, wrap: true, spacing: 'none' });
  }
  if (status) body.push({ type: 'TextBlock', text: status, wrap: true, isSubtle: true, spacing: 'medium' });
  const card = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: record.status === 'open' ? [{ type: 'Action.Submit', title: copy.markDone, data: { action: HANDOFF_DONE, id: record.id } }] : [],
  };
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard(card)],
    entities: [{ type: 'clinic.handoff', id: record.id, level: record.level ?? 'none' }],
  };
}
