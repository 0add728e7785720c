// Cards for the staff commands in Teams (Adaptive Card 1.5): figures with small bar charts drawn
// with ColumnSets (no image service needed), the unanswered questions, and the call-back list.
import { CardFactory, type Activity } from 'botbuilder';
import { fillTemplate, type Messages } from '../clinical/messages.ts';
import { LEVEL_ORDER } from '../clinical/types.ts';
import type { Stats, UnansweredGroup } from '../figures/report.ts';
import { formatTime } from './handoffCard.ts';
import type { HandoffRecord } from './handoffs.ts';

type Style = 'good' | 'accent' | 'warning' | 'attention' | 'emphasis';
const LEVEL_STYLE: Record<string, Style> = { emergency: 'attention', urgent: 'warning', soon: 'accent', 'self-care': 'good' };

function card(body: unknown[]): Partial<Activity> {
  return {
    type: 'message',
    attachments: [CardFactory.adaptiveCard({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body })],
  };
}

const heading = (text: string) => ({ type: 'TextBlock', text, wrap: true, style: 'heading', weight: 'bolder', size: 'medium' });

/** One horizontal bar: label, a coloured column whose width is its share of the largest, the count. */
export function bar(label: string, value: number, max: number, style: Style): unknown {
  const filled = max > 0 ? Math.round((value / max) * 100) : 0;
  const track: unknown[] = [];
  if (filled > 0) track.push({ type: 'Column', width: String(filled), style, minHeight: '16px', items: [] });
  if (filled < 100) track.push({ type: 'Column', width: String(100 - filled), items: [] });
  return {
    type: 'ColumnSet',
    spacing: 'small',
    columns: [
      { type: 'Column', width: '130px', items: [{ type: 'TextBlock', text: label, wrap: true, size: 'small' }] },
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'center', items: [{ type: 'ColumnSet', columns: track }] },
      { type: 'Column', width: '40px', items: [{ type: 'TextBlock', text: String(value), horizontalAlignment: 'right', size: 'small' }] },
    ],
  };
}

export function renderStatsCard(stats: Stats, period: string, messages: Messages): Partial<Activity> {
  const s = messages.staff.stats;
  const levels = [...LEVEL_ORDER].reverse();
  const maxLevel = Math.max(0, ...levels.map((l) => stats.byLevel[l]));
  const questions = [
    [s.answered, stats.answered, 'good'],
    [s.declined, stats.declined, 'warning'],
    [s.up, stats.up, 'accent'],
    [s.down, stats.down, 'attention'],
  ] as const;
  const maxQ = Math.max(0, ...questions.map((q) => q[1]));
  return card([
    heading(fillTemplate(messages.staff.statsTitle, { period })),
    {
      type: 'FactSet',
      facts: [
        { title: s.conversations, value: String(stats.conversations) },
        { title: s.checks, value: String(stats.checks) },
        { title: s.alerts, value: String(stats.alerts) },
        { title: s.answered, value: String(stats.answered) },
        { title: s.declined, value: String(stats.declined) },
        { title: s.up, value: String(stats.up) },
        { title: s.down, value: String(stats.down) },
        { title: s.handoffs, value: String(stats.handoffs) },
      ],
    },
    { type: 'TextBlock', text: s.outcomes, wrap: true, weight: 'bolder', spacing: 'medium' },
    ...levels.map((l) => bar(messages.disposition.levels[l], stats.byLevel[l], maxLevel, LEVEL_STYLE[l]!)),
    { type: 'TextBlock', text: s.questions, wrap: true, weight: 'bolder', spacing: 'medium' },
    ...questions.map(([label, value, style]) => bar(label, value, maxQ, style)),
  ]);
}

export function renderUnansweredCard(groups: UnansweredGroup[], period: string, messages: Messages, limit = 20): Partial<Activity> {
  if (groups.length === 0) return { type: 'message', text: fillTemplate(messages.staff.unansweredNone, { period }) };
  return card([
    heading(fillTemplate(messages.staff.unansweredTitle, { period })),
    ...groups.slice(0, limit).map((g, i) => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: '40px', items: [{ type: 'TextBlock', text: `${g.count}×`, weight: 'bolder' }] },
        { type: 'Column', width: 'stretch', items: [{ type: 'TextBlock', text: `${i + 1}. ${g.example}`, wrap: true }] },
        { type: 'Column', width: 'auto', items: [{ type: 'TextBlock', text: [g.declined ? `${g.declined} declined` : '', g.down ? `${g.down} 👎` : ''].filter(Boolean).join(', '), isSubtle: true, size: 'small' }] },
      ],
    })),
  ]);
}

export function renderHandoffList(records: HandoffRecord[], messages: Messages, timeZone: string, retentionDays: number): Partial<Activity> {
  if (records.length === 0) return { type: 'message', text: fillTemplate(messages.staff.handoffsNone, { days: retentionDays }) };
  const c = messages.staff.card;
  return card([
    heading(messages.staff.handoffsTitle),
    ...records.map((r) => ({
      type: 'Container',
      separator: true,
      style: r.status === 'open' ? 'emphasis' : 'default',
      items: [
        {
          type: 'TextBlock',
          wrap: true,
          weight: r.status === 'open' ? 'bolder' : 'default',
          text: `${formatTime(r.askedAt, timeZone)} · ${r.level ? messages.disposition.levels[r.level] : '—'} · ${r.status === 'open' ? c.open : r.status}`,
        },
        ...(r.contact ? [{ type: 'TextBlock', wrap: true, text: [r.contact.name, r.contact.phone, r.contact.email].filter(Boolean).join(' · ') }] : []),
      ],
    })),
  ]);
}
