// A question about the hip or back that no article answers surely enough is declined honestly, with the
// nearest sections offered as buttons — never "I can only help with hip and lower back pain" to a question
// about backs (session 26). A question about something else keeps the plain decline.
import { describe, expect, it } from 'vitest';
import { buttonTitles, clickButton, entities, startConversation, visibleText } from '../support/testBot.ts';

describe('a question about backs that no section answers surely', () => {
  it('is declined with the nearest section offered, and choosing it answers from it', async () => {
    const chat = startConversation('webchat');
    // (Session 27: "What are the classic lifting blunders that ruin people's backs?", this test's first question,
    // is now answered from Poor posture and lifting badly, with the patients' questions of content/questions.)
    const replies = await chat.say('is deadlifting in the gym a bad thing for lower backs long term?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(visibleText(replies)).not.toMatch(/only help with hip and lower back pain/i);
    expect(buttonTitles(replies)).toEqual(expect.arrayContaining(['Poor posture and lifting badly', 'Ask another question', 'Contact the clinic']));
    const answer = await chat.say(clickButton(replies, /Poor posture/));
    expect(entities(answer, 'clinic.answer')[0]).toMatchObject({ article: 'causes', section: 'Poor posture and lifting badly' });
  });
  it('offers at most two sections', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('is deadlifting in the gym a bad thing for lower backs long term?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    const sections = buttonTitles(replies).filter((t) => !['Ask another question', 'Contact the clinic', 'Check my symptoms'].includes(t));
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.length).toBeLessThanOrEqual(2);
  });
});

describe('a question about something else', () => {
  it('keeps the plain decline, with no article offered', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('what is a good recipe for a vegetable lasagne?');
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(visibleText(replies)).toMatch(/only help with hip and lower back pain/i);
    expect(buttonTitles(replies)).toEqual(expect.arrayContaining(['Ask another question', 'Contact the clinic']));
    expect(buttonTitles(replies).length).toBeLessThanOrEqual(3);
  });
});
