// After a same-day ("urgent") red flag typed at the top level or in the middle of the check, the
// urgent outcome comes at once, then a short screen asks only about the signs that would make it an
// emergency (bladder or bowel trouble, numbness, weak legs, chest pain…). A yes or not sure gives
// the emergency outcome; all no ends with one line, not a second outcome. Everything else (red
// flags typed, start over, help, questions, contact, forget me) still works at every step of it.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { TriageFacts } from '../../src/clinical/triage/index.ts';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';
import { buttonTitles, clickButton, entities, startConversation, visibleText, type TestConversation } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook'] as const;
const FEVER = "I've had a fever and chills since yesterday";
const CANCER = 'I had cancer a few years ago';
const EMERGENCY = "I've wet myself without noticing";
/** Questions the screen must never ask: they could not turn a same-day outcome into an emergency. */
const NOT_SCREENED = ['location', 'side', 'spread', 'duration', 'severity', 'sleep', 'improving', 'age', 'group:background', 'checklist'];

function ask(chat: TestConversation, replies: Partial<Activity>[]): string | undefined {
  return questionOf(chat.services.triage.protocol, replies, chat.services.content.messages.symptomCheck.flagQuestion);
}

/**
 * A click as the channel sends it: Messenger puts the button's value in the quick reply's payload;
 * on Teams, as an Adaptive Card submit (the other way Teams sends a choice).
 */
function press(chat: TestConversation, replies: Partial<Activity>[], title: RegExp): Partial<Activity> {
  const sent = clickButton(replies, title);
  if (sent.text === undefined) return sent;
  switch (chat.adapter.template.channelId) {
    case 'msteams':
      return { value: { action: 'choice', value: sent.text } };
    case 'facebook': {
      const shown = buttonTitles(replies).find((t) => title.test(t)) ?? sent.text;
      return { text: shown, channelData: { message: { quick_reply: { payload: sent.text } } } };
    }
    default:
      return sent;
  }
}

async function storedFacts(chat: TestConversation): Promise<Partial<TriageFacts>> {
  const docs = Object.values((chat.storage as unknown as { memory: Record<string, string> }).memory).map((d) => JSON.parse(d) as { triageFacts?: Partial<TriageFacts> });
  return docs.find((d) => d.triageFacts)?.triageFacts ?? {};
}

/** The flags a screen question is about: a group's, or one sign's. */
function flagsAsked(chat: TestConversation, question: string) {
  const { flags } = chat.services.triage.protocol;
  const [kind, id] = question.split(':');
  return flags.filter((f) => (kind === 'group' ? f.group === id : f.id === id));
}

/** Answers every screen question with the button titled `title`; returns what was asked and the last replies. */
async function answerAll(chat: TestConversation, first: Partial<Activity>[], title: RegExp) {
  const asked: string[] = [];
  let replies = first;
  for (let question = ask(chat, replies); question; question = ask(chat, replies)) {
    asked.push(question);
    if (asked.length > 10) throw new Error(`the screen does not end: ${asked.join(', ')}`);
    replies = await chat.say(press(chat, replies, title));
  }
  return { asked, last: replies };
}

function expectScreenStart(chat: TestConversation, replies: Partial<Activity>[], firstQuestion = 'group:nerves') {
  expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent' })]);
  expect(visibleText(replies)).toContain(chat.services.content.messages.emergencyScreen.intro);
  // The outcome comes first, the screen after it.
  const outcome = replies.findIndex((r) => r.entities?.some((e) => e.type === 'clinic.triage'));
  const intro = replies.findIndex((r) => r.text === chat.services.content.messages.emergencyScreen.intro);
  expect(outcome).toBeLessThan(intro);
  expect(ask(chat, replies)).toBe(firstQuestion);
}

describe.each(CHANNELS)('on %s', (channel) => {
  it('an urgent sign at the top level: urgent outcome, then only emergency signs; all no ends with one line', async () => {
    const chat = startConversation(channel);
    const first = await chat.say(FEVER);
    expectScreenStart(chat, first);
    const { asked, last } = await answerAll(chat, first, /^No$/);

    expect(asked.length).toBeGreaterThan(1);
    for (const question of asked) {
      expect(NOT_SCREENED).not.toContain(question);
      expect(flagsAsked(chat, question).some((f) => f.level === 'emergency')).toBe(true);
    }
    expect(new Set(asked).size).toBe(asked.length);
    expect(asked).toEqual(expect.arrayContaining(['group:nerves', 'flag:leg-weakness', 'flag:sepsis', 'flag:chest-pain']));
    // How long the pain has lasted is not known here, so the long-pain mood question stays out.
    expect(asked).not.toContain('group:mood');
    expect(visibleText(last)).toContain(chat.services.content.messages.emergencyScreen.allClear);
    expect(entities(last, 'clinic.triage')).toHaveLength(0);
    // Nothing is still waiting for an answer: the next message is handled at the top level.
    expect(ask(chat, await chat.say('hello'))).toBeUndefined();
  });

  it('yes to the nerve signs gives the emergency outcome at once', async () => {
    const chat = startConversation(channel);
    const first = await chat.say(CANCER);
    expectScreenStart(chat, first);
    const replies = await chat.say(press(chat, first, /^Yes$/));
    const [triage] = entities(replies, 'clinic.triage');
    expect(triage).toMatchObject({ level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction', 'saddle-numbness']) });
    expect(ask(chat, replies)).toBeUndefined();
    // The reason says what the patient said: yes to the question, not "not sure" about each sign.
    const { messages } = chat.services.content;
    expect(visibleText(replies)).toContain(messages.disposition.saidYesTo.split('{')[0]!);
    // The summary keeps the sign that started it.
    expect(visibleText(replies)).toContain(chat.services.triage.protocol.flags.find((f) => f.id === 'cancer-history')!.label);
  });

  it('"not sure" about a single sign (chest pain) gives the emergency outcome', async () => {
    const chat = startConversation(channel);
    let replies = await chat.say(FEVER);
    while (ask(chat, replies) !== 'flag:chest-pain') {
      expect(ask(chat, replies)).toBeDefined();
      replies = await chat.say(press(chat, replies, /^No$/));
    }
    replies = await chat.say(press(chat, replies, /^Not sure$/));
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['chest-pain'] })]);
  });

  it.each(['location', 'duration', 'group:nerves'])('an urgent sign typed at %s: urgent outcome, then the screen instead of the rest of the check', async (step) => {
    const chat = startConversation(channel);
    await advanceTo(chat, step, { ...CALM, channel });
    const first = await chat.say(FEVER);
    expectScreenStart(chat, first);
    const { asked, last } = await answerAll(chat, first, /^No$/);
    for (const question of asked) expect(NOT_SCREENED).not.toContain(question);
    expect(visibleText(last)).toContain(chat.services.content.messages.emergencyScreen.allClear);
    expect(entities(last, 'clinic.triage')).toHaveLength(0);
  });

  it('an urgent sign typed mid-check, then yes to the nerve signs: emergency', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'duration', { ...CALM, channel });
    const first = await chat.say(CANCER);
    expectScreenStart(chat, first);
    const replies = await chat.say(press(chat, first, /^Yes$/));
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });
});

describe('what the check already knew', () => {
  it('signs already answered in the check are not asked again', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'group:background');
    const first = await chat.say(FEVER);
    // Nerve and leg signs were answered no before the fever was mentioned: the screen starts after
    // them, with the emergency sign left in the background group (sepsis), then the other group's,
    // one at a time.
    expectScreenStart(chat, first, 'flag:sepsis');
    const { asked } = await answerAll(chat, first, /^No$/);
    expect(asked).not.toContain('group:nerves');
    expect(asked).not.toContain('group:movement');
  });

  it('with every emergency sign already answered, the urgent outcome is all there is', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'severity');
    const replies = await chat.say(FEVER);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent' })]);
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.emergencyScreen.intro);
    expect(ask(chat, replies)).toBeUndefined();
  });

  it('the emergency outcome summarises what the check was told before', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    await advanceTo(chat, 'group:nerves');
    const first = await chat.say(FEVER);
    const replies = await chat.say(clickButton(first, /^Yes$/));
    const text = visibleText(replies);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
    expect(text).toContain(protocol.summary.location.replace('{value}', 'Hip'));
    expect(text).toContain(protocol.summary.side.replace('{value}', 'Right'));
  });
});

describe('during the screen', () => {
  async function inScreen(channel = 'webchat') {
    const chat = startConversation(channel);
    const first = await chat.say(FEVER);
    expectScreenStart(chat, first);
    return { chat, first };
  }

  it('an emergency typed ends it with the emergency outcome', async () => {
    const { chat } = await inScreen();
    const replies = await chat.say(EMERGENCY);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining(['bladder-dysfunction']) })]);
    expect(ask(chat, replies)).toBeUndefined();
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.emergencyScreen.intro);
  });

  it('another same-day sign is noted without a second outcome, and the question stays', async () => {
    const { chat } = await inScreen();
    const replies = await chat.say(CANCER);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).toContain(chat.services.content.messages.emergencyScreen.noted);
    expect(ask(chat, replies)).toBe('group:nerves');
    expect((await storedFacts(chat)).flags?.['cancer-history']).toBe('yes');
  });

  it('the same-day sign it began with, told again, is not "noted" again: the question stays', async () => {
    const { chat } = await inScreen();
    const replies = await chat.say(FEVER);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.emergencyScreen.noted);
    expect(ask(chat, replies)).toBe('group:nerves');
  });

  it('a same-day sign told with an answer keeps both: "not sure, and I had cancer" opens the nerve signs one by one', async () => {
    const { chat } = await inScreen();
    const replies = await chat.say("not sure, and I've had cancer");
    // Not sure about the group as a whole: each sign is asked on its own instead of 999 at once.
    expect(entities(replies, 'clinic.triage')).toEqual([]);
    expect(ask(chat, replies)).toBe('flag:saddle-numbness');
    expect((await storedFacts(chat)).flags?.['cancer-history']).toBe('yes');
    // Not sure about one emergency sign: the emergency outcome.
    const unsure = await chat.say('dunno');
    expect(entities(unsure, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('a typed "no" answers the question and moves on', async () => {
    const { chat } = await inScreen();
    expect(ask(chat, await chat.say('no, nothing like that'))).toBe('flag:leg-weakness');
  });

  it.each(CHANNELS)('on %s: "start over" shows the menu; its old buttons are then never recorded', async (channel) => {
    const { chat, first } = await inScreen(channel);
    const oldNo = press(chat, first, /^No$/);
    const oldYes = press(chat, first, /^Yes$/);
    const restarted = await chat.say('start over');
    const { messages } = chat.services.content;
    expect(visibleText(restarted)).toContain(messages.restarted);
    expect(buttonTitles(restarted)).toContain(messages.menu.checkSymptoms);
    expect(await storedFacts(chat)).toEqual({});

    // A fresh check: the screen's old card is still on screen.
    const { protocol } = chat.services.triage;
    expect(ask(chat, await chat.say('check my symptoms'))).toBe('location');
    for (const old of [oldNo, oldYes]) {
      const again = await chat.say(old);
      expect(visibleText(again)).toContain(protocol.answers.stale);
      expect(ask(chat, again)).toBe('location');
      expect(entities(again, 'clinic.triage')).toHaveLength(0);
    }
    const facts = await storedFacts(chat);
    for (const f of protocol.flags.filter((x) => x.group === 'nerves')) expect(facts.flags?.[f.id]).toBeUndefined();
  });

  it('a double-tapped "No" does not answer the next screen question', async () => {
    const { chat, first } = await inScreen('msteams');
    const no = press(chat, first, /^No$/);
    const next = await chat.say(no);
    // The leg group holds a same-day sign (one foot that drags): only its emergency signs are
    // asked, one at a time.
    expect(ask(chat, next)).toBe('flag:leg-weakness');
    const again = await chat.say(no);
    expect(visibleText(again)).toContain(chat.services.triage.protocol.answers.stale);
    expect(ask(chat, again)).toBe('flag:leg-weakness');
    const facts = await storedFacts(chat);
    for (const f of chat.services.triage.protocol.flags.filter((x) => x.group === 'movement')) expect(facts.flags?.[f.id]).toBeUndefined();
  });

  it('help, contact and a question are answered, then the same question is asked again', async () => {
    const { chat } = await inScreen();
    const { messages } = chat.services.content;
    const help = await chat.say('help');
    expect(visibleText(help)).toContain(messages.helpMidCheck);
    expect(ask(chat, help)).toBe('group:nerves');

    const contact = await chat.say('contact the clinic');
    expect(visibleText(contact)).toContain(messages.contact.intro);
    expect(ask(chat, contact)).toBe('group:nerves');

    const question = await chat.say('Should I use heat or ice?');
    expect(entities(question, 'clinic.answer').length).toBeGreaterThan(0);
    expect(ask(chat, question)).toBe('group:nerves');
    expect(entities([...help, ...contact, ...question], 'clinic.triage')).toHaveLength(0);
  });

  it("a click on the outcome's own link shows that section, not a second outcome", async () => {
    const { chat, first } = await inScreen();
    const link = chat.services.triage.protocol.levels.urgent.links[0]!.section;
    const replies = await chat.say(clickButton(first, new RegExp(`^${link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)));
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.emergencyScreen.noted);
    expect(ask(chat, replies)).toBe('group:nerves');
    const facts = await storedFacts(chat);
    expect(facts.flags?.['hot-swollen-hip']).toBeUndefined();
  });

  it('"forget me", then keeping the data, goes back to the same question', async () => {
    const { chat } = await inScreen();
    const { forget } = chat.services.content.messages;
    expect(visibleText(await chat.say('forget me'))).toContain(forget.confirm);
    const kept = await chat.say(forget.no);
    expect(visibleText(kept)).toContain(forget.kept);
    expect(ask(chat, kept)).toBe('group:nerves');
  });
});
