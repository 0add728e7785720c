// A message that may tell two signs asks about each in turn: "no" to the first question is no "no" to
// the second ("I have to look at the toilet paper to know if I've wiped": the wee question first, then
// the saddle question, whose "yes" is an emergency). Session 17, fresh red-flag batch 41.
import { describe, expect, it } from 'vitest';
import { entities, startConversation } from '../support/testBot.ts';

describe('a message that may tell two signs', () => {
  it('asks the second question after "no" to the first, and "yes" to it is an emergency', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say("Since Sunday I have to look at the toilet paper to know if I've actually wiped, I can't tell otherwise. My back has been bad all week.");
    const asked = entities(first, 'clinic.screen').flatMap((e) => e.flags as string[]);
    const second = await chat.say('no');
    const askedNext = entities(second, 'clinic.screen').flatMap((e) => e.flags as string[]);
    expect([...asked, ...askedNext]).toContain('saddle-numbness');
    const last = askedNext.includes('saddle-numbness') ? await chat.say('yes') : second;
    expect(entities(last, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
  });
});
