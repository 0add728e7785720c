// Every path of the symptom check on our own cases (tests/fixtures/vignettes/cases.json): from
// "check my symptoms" to a disposition, answers clicked or typed, on several channels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entities, startConversation } from '../support/testBot.ts';
import { play, type CheckCase } from '../fixtures/vignettes/patient.ts';

const { cases } = JSON.parse(readFileSync(new URL('../fixtures/vignettes/cases.json', import.meta.url), 'utf8')) as { cases: CheckCase[] };

describe('symptom check paths', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const chat = startConversation(c.channel);
    const { asked, last } = await play(chat, c);
    const [triage, ...more] = entities(last, 'clinic.triage');
    expect(more).toHaveLength(0);
    expect(triage).toMatchObject({ level: c.expect.level });
    expect(triage!.reasons).toEqual(expect.arrayContaining(c.expect.reasons));
    for (const q of c.asked ?? []) expect(asked).toContain(q);
    for (const q of c.notAsked ?? []) expect(asked).not.toContain(q);
    // One question at a time: nothing is asked twice on a path without unusable answers.
    expect(new Set(asked).size).toBe(asked.length);
  });

  it('covers every level', () => {
    expect(new Set(cases.map((c) => c.expect.level))).toEqual(new Set(['self-care', 'soon', 'urgent', 'emergency']));
  });
});
