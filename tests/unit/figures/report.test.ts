// The figures staff read: counts by kind and level, and unanswered questions grouped by meaning.
import { describe, expect, it } from 'vitest';
import type { FigureEvent, FigureRecord } from '../../../src/figures/events.ts';
import { computeStats, questionKey, unansweredGroups } from '../../../src/figures/report.ts';

let n = 0;
const rec = (event: FigureEvent, conversation = 'c1'): FigureRecord => ({ ...event, id: String(++n), at: '2026-03-02T10:00:00Z', channel: 'webchat', user: 'u', conversation }) as FigureRecord;

describe('questionKey', () => {
  it.each([
    ['Do you treat knees?', 'do you TREAT knee'],
    ['what are your opening hours on Sunday', 'Opening hours, Sunday?'],
    ['Can I park at the clinic?', 'can i park at clinic'],
  ])('groups "%s" with "%s"', (a, b) => {
    expect(questionKey(a)).toBe(questionKey(b));
  });

  it('keeps different questions apart', () => {
    expect(questionKey('do you treat knees')).not.toBe(questionKey('do you treat shoulders'));
  });
});

describe('unansweredGroups and computeStats', () => {
  const records = [
    rec({ kind: 'conversation' }, 'c1'),
    rec({ kind: 'unanswered', question: 'Do you treat knees?' }, 'c1'),
    rec({ kind: 'unanswered', question: 'do you treat knee' }, 'c2'),
    rec({ kind: 'feedback', vote: 'down', article: 'a', section: 's', question: 'Do you treat knees?', via: 'direct' }, 'c3'),
    rec({ kind: 'unanswered', question: 'is there parking' }, 'c3'),
    rec({ kind: 'feedback', vote: 'up', article: 'a', section: 's', question: 'heat or ice', via: 'direct' }, 'c3'),
    rec({ kind: 'answered', article: 'a', section: 's' }, 'c3'),
    rec({ kind: 'disposition', level: 'soon', reasons: [], interrupted: false }, 'c2'),
    rec({ kind: 'disposition', level: 'emergency', reasons: [], interrupted: true }, 'c4'),
    rec({ kind: 'handoff', level: 'soon', reason: 'check' }, 'c2'),
  ];

  it('lists the most frequent first, grouped, with how each arrived', () => {
    const groups = unansweredGroups(records);
    expect(groups.map((g) => [g.example, g.count, g.declined, g.down])).toEqual([
      ['Do you treat knees?', 3, 2, 1],
      ['is there parking', 1, 1, 0],
    ]);
  });

  it('counts conversations, checks, alerts, levels, answers, declines, votes and handoffs', () => {
    expect(computeStats(records)).toEqual({
      conversations: 4,
      checks: 1,
      alerts: 1,
      byLevel: { 'self-care': 0, soon: 1, urgent: 0, emergency: 1 },
      answered: 1,
      declined: 3,
      up: 1,
      down: 1,
      handoffs: 1,
    });
  });
});
