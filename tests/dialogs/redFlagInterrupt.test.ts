// Red flags typed at any step of the symptom check stop it at once with the right level; the
// interruption summarises what was told so far. Denials ("no fever") are answers, not alarms.
import { describe, expect, it } from 'vitest';
import { entities, startConversation, visibleText } from '../support/testBot.ts';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';

const STEPS = ['location', 'side', 'spread', 'duration', 'group:nerves', 'group:movement', 'group:background', 'group:other', 'checklist', 'severity', 'sleep', 'improving', 'age'];
const EMERGENCY = "I've wet myself without noticing";
const URGENT = "I've been shivering with a high temperature";

describe('a red flag typed in the middle of the check', () => {
  it.each(STEPS)('at %s: an emergency interrupts at once', async (step) => {
    const chat = startConversation('webchat');
    await advanceTo(chat, step);
    const replies = await chat.say(EMERGENCY);
    const triage = entities(replies, 'clinic.triage');
    expect(triage).toHaveLength(1);
    expect(triage[0]).toMatchObject({ level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction']) });
    expect(visibleText(replies)).toContain(chat.services.triage.protocol.levels.emergency.headline);
    // The check is over: nothing more is asked.
    expect(questionOf(chat.services.triage.protocol, replies)).toBeUndefined();
  });

  it.each(STEPS.filter((s) => s !== 'checklist'))('at %s: an urgent sign interrupts as urgent', async (step) => {
    const chat = startConversation('webchat');
    await advanceTo(chat, step);
    const replies = await chat.say(URGENT);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
  });

  it('summarises what the patient had told before the interruption', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    await advanceTo(chat, 'group:nerves');
    const replies = await chat.say(EMERGENCY);
    const text = visibleText(replies);
    expect(text).toContain(protocol.summary.location.replace('{value}', 'Hip'));
    expect(text).toContain(protocol.summary.side.replace('{value}', 'Right'));
    // An emergency ends with its call action: no contact card with booking after it.
    expect(text).not.toContain(chat.services.content.messages.contact.intro);
    // The reason says the patient mentioned it, in plain words.
    const bladder = protocol.flags.find((f) => f.id === 'bladder-dysfunction')!;
    expect(text).toContain(protocol.reasonTemplates.detected.replace('{label}', bladder.label));
  });

  it('records an interrupted disposition for staff', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'side');
    await chat.say(EMERGENCY);
    const day = chat.services.now().toISOString().slice(0, 10);
    const figures = await chat.services.figures.recorded(day);
    expect(figures).toEqual(expect.arrayContaining([expect.objectContaining({ level: 'emergency', interrupted: true })]));
  });

  it('after the interruption a new check starts from the beginning', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    await chat.say(URGENT);
    expect(questionOf(chat.services.triage.protocol, await chat.say('check my symptoms'))).toBe('location');
  });
});

describe('denials are answers, not alarms', () => {
  it('"no fever" at the background question: no alarm, and the other signs are still asked', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'group:background');
    const replies = await chat.say("I don't have any fever");
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('checklist');
  });

  it('"no tingling down there" at the nerves question is not an alarm', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'group:nerves');
    const replies = await chat.say('no tingling down there');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
  });

  it('"no fever and no numbness" typed at another step is not an alarm', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'duration');
    const replies = await chat.say('no fever and no numbness');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('duration');
  });

  it('a plain "no, nothing like that" answers the group and moves on', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'group:other');
    const replies = await chat.say('no, nothing like that');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    const next = questionOf(chat.services.triage.protocol, replies);
    expect(next).toBeDefined();
    expect(next).not.toBe('group:other');
  });
});

describe('a history told as "not any more" counts', () => {
  const CASES: [string, string, string][] = [
    ['group:background', "I don't inject drugs anymore", 'ivdu'],
    ['severity', 'not on steroids any more, stopped last month after 2 years', 'steroids'],
    ['side', "I didn't have cancer until 2019", 'cancer-history'],
  ];
  it.each(['webchat', 'msteams', 'facebook'].flatMap((channel) => CASES.map(([step, say, flag]) => [channel, step, say, flag] as const)))(
    'on %s at %s: "%s" is reported, not denied',
    async (channel, step, say, flag) => {
      const chat = startConversation(channel);
      await advanceTo(chat, step, { ...CALM, channel });
      const replies = await chat.say(say);
      expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: [flag] })]);
    },
  );
});

describe('a sign the rules make same day by age, when the age is told with it', () => {
  it('"my 8-year-old has started limping" gets the same-day outcome at once, with the reason for under-18s', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('My 8-year-old has suddenly started limping and moans about his hip and knee since the weekend');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['limp-under-18'] })]);
  });
  it('a limp at 45 is no interruption: it waits for the check', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say("I'm 45 and I've started limping since the weekend");
    expect(entities(replies, 'clinic.triage')).toEqual([]);
  });
});

describe("a child's age told by the one who writes for them", () => {
  it.each([
    'My ex just messaged me: our son (6) has been limping since yesterday and says his hip and knee hurt. Can it wait?',
    'our daughter (13) has started limping, her knee hurts',
  ])('"%s" is same day at once', async (text) => {
    const chat = startConversation('webchat');
    const replies = await chat.say(text);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['limp-under-18'] })]);
  });
  it('"my daughter is 13 and has started limping" is asked about, and "yes" is same day with the under-18 reason', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('My daughter is 13 and has started limping with a sore hip');
    expect(entities(first, 'clinic.screen')).toHaveLength(1);
    const replies = await chat.say('yes, she is with me');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['limp-under-18'] })]);
  });
  it('a limp told by a likeness ("walking like a pirate") is asked about, and "yes" is same day for an 8-year-old', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('My 8-year-old has been walking like a pirate with a peg leg since Saturday and says his hip and knee hurt.');
    expect(entities(first, 'clinic.triage')).toEqual([]);
    expect(entities(first, 'clinic.screen')).toHaveLength(1);
    const replies = await chat.say('yes');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['limp-under-18'] })]);
  });
  it('the same screen without an age stays the limp\'s own level', async () => {
    const chat = startConversation('webchat');
    await chat.say('My daughter has started limping with a sore hip');
    const replies = await chat.say('yes, she is with me');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'soon' })]);
  });
  it('a number that is no age ("limping for 6 days") raises nothing', async () => {
    const chat = startConversation('webchat');
    expect(entities(await chat.say("my husband's been limping for 6 days"), 'clinic.triage')).toEqual([]);
  });
});

describe('a "book soon" sign told at the top level', () => {
  it('thin, brittle bones with sudden pain after lifting get that outcome, never "I can only help with…"', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say(
      "My bone scan showed my bones are very thin and brittle and I take the weekly bone tablet. Is it a problem that I've got sudden sharp pain in my back after lifting the shopping?",
    );
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'soon', reasons: ['osteoporosis'] })]);
    expect(entities(replies, 'clinic.no-answer')).toEqual([]);
    expect(visibleText(replies)).toMatch(/next few days/i);
    expect(visibleText(replies)).toMatch(/You mentioned thin, fragile bones/);
  });
  it('a question asked with it is answered first, then the outcome follows', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I have osteoporosis. What exercises are safe for my back?');
    const kinds = replies.flatMap((r) => (r.entities ?? []).map((e) => String(e.type))).filter((t) => t === 'clinic.answer' || t === 'clinic.triage');
    expect(kinds).toEqual(['clinic.answer', 'clinic.triage']);
  });
  it('a general question about it is only answered', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('Can osteoporosis cause back pain?');
    expect(entities(replies, 'clinic.triage')).toEqual([]);
    expect(entities(replies, 'clinic.answer')).toHaveLength(1);
  });
});

describe('a same-day sign told with a possible emergency one', () => {
  const told = "My mum's 79, her back has hurt for a week, tonight her temperature is 39.4 and her knees have gone blotchy and purple.";
  it('gives the same-day outcome at once, then asks the emergency question; "yes" is an emergency', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say(told);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    expect(entities(replies, 'clinic.screen')).toEqual([expect.objectContaining({ flags: ['sepsis'] })]);
    const after = await chat.say('yes');
    expect(entities(after, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining(['sepsis']) })]);
  });
  it('"no" goes on to the emergency signs every same-day outcome asks about', async () => {
    const chat = startConversation('webchat');
    await chat.say(told);
    const after = await chat.say('no');
    expect(entities(after, 'clinic.triage')).toEqual([]);
    expect(visibleText(after)).toMatch(/emergency signs/i);
  });
});
