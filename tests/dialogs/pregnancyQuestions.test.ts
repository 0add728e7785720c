// A question about pain while pregnant is declined (the articles are not written for pregnancy, and the shared
// design declines it), but never with "I can only help with hip and lower back pain" to someone asking about
// their back: the reply says who advises instead and when to call the maternity unit, with the clinic's card a
// click away, on every channel (session 42's blind batch of pregnant women and new mothers).
import { describe, expect, it } from 'vitest';
import { buttonTitles, entities, startConversation, visibleText } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook', 'some-unknown-channel'];

describe.each(CHANNELS)('on %s', (channel) => {
  it('"physio or chiro for pregnancy back pain" is declined with the midwife or GP, not "only hip and back pain"', async () => {
    const chat = startConversation(channel);
    const replies = await chat.say('physio or chiro for pregnancy back pain - which is better?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    const text = visibleText(replies);
    expect(text).toMatch(/midwife/i);
    expect(text).toMatch(/maternity unit/i);
    expect(text).not.toMatch(/only help with hip and lower back pain/i);
    if (channel === 'webchat' || channel === 'msteams') expect(buttonTitles(replies)).toContain('Contact the clinic');
    else expect(text).toMatch(/Contact the clinic/);
  });
});

describe('pain after a birth is not pregnancy', () => {
  it('"4 months postnatal and my lower back aches after feeds" is answered from the articles', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('4 months postnatal and my lower back aches after feeds, which stretches help?');
    expect(entities(replies, 'clinic.answer')).toHaveLength(1);
    expect(visibleText(replies)).not.toMatch(/maternity unit/i);
  });
});
