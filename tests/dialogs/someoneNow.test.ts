// Someone else's emergency that may be happening now, told inside a question ("my partner just had a fit
// while we were reading the heat or ice article… what do I do"): the question whose it is comes alone, at
// once, with no article before it; "no" still answers the question. Session 24, fresh red-flag batch 92.
import { describe, expect, it } from 'vitest';
import { entities, startConversation } from '../support/testBot.ts';

const SAY = 'my partner just had a fit while we were reading the heat or ice article, shaking all over. what do I do';

describe('an emergency that may be someone else’s, now', () => {
  it('is asked about before any article, and "yes" is an emergency', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say(SAY);
    expect(entities(first, 'clinic.answer')).toEqual([]);
    expect(entities(first, 'clinic.screen').flatMap((e) => e.flags as string[])).toContain('seizure');
    const second = await chat.say('yes');
    expect(entities(second, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
  });

  it('"no" to each question asked goes on to the question the message asked', async () => {
    const chat = startConversation('webchat');
    let reply = await chat.say(SAY);
    // "Shaking all over" may be shivers too: each sign is asked about in turn.
    for (let i = 0; i < 3 && entities(reply, 'clinic.screen').length; i++) reply = await chat.say('no');
    expect(entities(reply, 'clinic.triage')).toEqual([]);
    expect(entities(reply, 'clinic.answer').length + entities(reply, 'clinic.no-answer').length).toBeGreaterThan(0);
  });
});
