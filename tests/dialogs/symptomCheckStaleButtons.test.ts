// A button tapped twice, or an old card still on screen, must not answer a question the patient
// never saw. Buttons keep their short titles ("No") but send a value naming their question ("No to
// the nerve signs"); a value of another question is never used: the current question is asked
// again. On Web Chat (suggested actions), Teams (hero cards and Adaptive Card submits) and
// Messenger (quick replies with a payload).
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { TriageFacts } from '../../src/clinical/triage/index.ts';
import { advanceTo, CALM, questionOf, tick } from '../fixtures/vignettes/patient.ts';
import { buttonTitles, clickButton, entities, startConversation, visibleText, type TestConversation } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook'] as const;

/** The facts the check keeps in conversation state. */
async function storedFacts(chat: TestConversation): Promise<Partial<TriageFacts>> {
  const docs = Object.values((chat.storage as unknown as { memory: Record<string, string> }).memory).map((d) => JSON.parse(d) as { triageFacts?: Partial<TriageFacts> });
  return docs.find((d) => d.triageFacts)?.triageFacts ?? {};
}

function flagsOf(chat: TestConversation, group: string): string[] {
  return chat.services.triage.protocol.flags.filter((f) => f.group === group).map((f) => f.id);
}

/** Replays a click the way the channel sends it: Messenger puts the value in the quick reply's payload. */
function asSent(channel: string, click: Partial<Activity>, title: string): Partial<Activity> {
  if (channel !== 'facebook' || click.text === undefined) return click;
  return { text: title, channelData: { message: { quick_reply: { payload: click.text } } } };
}

function expectStaleReask(chat: TestConversation, replies: Partial<Activity>[], question: string): void {
  const { protocol } = chat.services.triage;
  expect(visibleText(replies)).toContain(protocol.answers.stale);
  expect(questionOf(protocol, replies, chat.services.content.messages.symptomCheck.flagQuestion)).toBe(question);
  expect(entities(replies, 'clinic.triage')).toHaveLength(0);
}

describe.each(CHANNELS)('on %s', (channel) => {
  const calm = { ...CALM, channel };

  it('a red-flag button keeps its title and sends a value that names its group', async () => {
    const chat = startConversation(channel);
    const asked = await advanceTo(chat, 'group:nerves', calm);
    const { answers } = chat.services.triage.protocol;
    expect(buttonTitles(asked)).toEqual([answers.yes, answers.no, answers.unsure]);
    const no = clickButton(asked, /^No$/);
    const sent = no.text ?? (no.value as { value: string }).value;
    expect(sent).not.toBe(answers.no);
    expect(sent).toMatch(/nerve/i);
  });

  it('a double-tapped "No" does not answer the next red-flag group', async () => {
    const chat = startConversation(channel);
    const asked = await advanceTo(chat, 'group:nerves', calm);
    const no = asSent(channel, clickButton(asked, /^No$/), 'No');
    const next = await chat.say(no);
    expect(questionOf(chat.services.triage.protocol, next)).toBe('group:movement');

    const again = await chat.say(no);
    expectStaleReask(chat, again, 'group:movement');
    const facts = await storedFacts(chat);
    for (const id of flagsOf(chat, 'movement')) expect(facts.flags?.[id]).toBeUndefined();
    for (const id of flagsOf(chat, 'nerves')) expect(facts.flags?.[id]).toBe('no');

    // The group's own button still works.
    const moved = await chat.say(asSent(channel, clickButton(again, /^No$/), 'No'));
    expect(questionOf(chat.services.triage.protocol, moved)).toBe('group:background');
  });

  it('an old card of another question (spread, pain trend) is not read as an answer to a red-flag group', async () => {
    const chat = startConversation(channel);
    const spread = await advanceTo(chat, 'spread', calm);
    const oldSpreadNo = asSent(channel, clickButton(spread, /^No$/), 'No');
    await chat.say(oldSpreadNo);
    await chat.say('5 days');
    // The spread card is still on screen when the first red-flag group is asked.
    const replies = await chat.say(oldSpreadNo);
    expectStaleReask(chat, replies, 'group:nerves');
    expect((await storedFacts(chat)).flags?.['saddle-numbness']).toBeUndefined();

    const { improving } = chat.services.triage.protocol.questions;
    const same = improving.options.find((o) => o.id === 'same')!;
    expectStaleReask(chat, await chat.say(same.value ?? same.title), 'group:nerves');
  });

  it('a late tap on a pain score is not read as the next answer or as an age', async () => {
    const chat = startConversation(channel);
    const asked = await advanceTo(chat, 'severity', calm);
    const seven = clickButton(asked, /^7$/);
    expect(questionOf(chat.services.triage.protocol, await chat.say(seven))).toBe('sleep');
    expectStaleReask(chat, await chat.say(seven), 'sleep');
    await chat.say('no');
    expectStaleReask(chat, await chat.say(seven), 'improving');
    const facts = await storedFacts(chat);
    expect(facts.severity).toBe(7);
    // The age told at the start is kept: a late "7 out of 10" is never read as an age.
    expect(facts.age).toBe(Number(calm.answers.age));
  });

  it('a "None of these" from another card (an old "did you mean") is not a "no" to a red-flag group', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'group:other', calm);
    const replies = await chat.say(chat.services.triage.protocol.answers.noneOfThese);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('group:other');
    const facts = await storedFacts(chat);
    for (const id of flagsOf(chat, 'other')) expect(facts.flags?.[id]).toBeUndefined();
  });
});

describe('checklists', () => {
  /** Reaches the background checklist after "no fever" (the other background signs listed). */
  async function backgroundChecklist(channel: string) {
    const chat = startConversation(channel);
    await advanceTo(chat, 'group:background', { ...CALM, channel });
    const replies = await chat.say('no fever');
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('checklist');
    return { chat, replies };
  }

  it.each(CHANNELS)('on %s: a checklist answer sent twice does not answer the next question', async (channel) => {
    const { chat, replies } = await backgroundChecklist(channel);
    const none = channel === 'facebook' ? clickButton(replies, /^None of these$/) : tick(replies, [chat.services.triage.protocol.answers.noneOfThese]);
    const next = await chat.say(none);
    expect(questionOf(chat.services.triage.protocol, next)).toBe('group:other');
    expectStaleReask(chat, await chat.say(none), 'group:other');
    const facts = await storedFacts(chat);
    for (const id of flagsOf(chat, 'other')) expect(facts.flags?.[id]).toBeUndefined();
    for (const id of flagsOf(chat, 'background')) expect(facts.flags?.[id]).toBe('no');
  });

  it.each(['webchat', 'msteams'])('on %s: ticks of another checklist are not used, nor its "none of these"', async (channel) => {
    const chat = startConversation(channel);
    const protocol = chat.services.triage.protocol;
    const nerves = await advanceTo(chat, 'checklist', { ...CALM, channel });
    const oldNone = tick(nerves, [protocol.answers.noneOfThese]);
    const oldTick = tick(nerves, [protocol.flags.find((f) => f.id === 'saddle-numbness')!.short]);

    // A fresh check: the old nerves card is still on screen at the background checklist.
    await chat.say('start over');
    await advanceTo(chat, 'group:background', { ...CALM, channel });
    const background = await chat.say('no fever');
    expect(questionOf(protocol, background)).toBe('checklist');
    expectStaleReask(chat, await chat.say(oldNone), 'checklist');
    expectStaleReask(chat, await chat.say(tick(nerves, protocol.flags.filter((f) => f.group === 'nerves').map((f) => f.short))), 'checklist');
    expectStaleReask(chat, await chat.say(oldTick), 'checklist');
    const facts = await storedFacts(chat);
    for (const id of flagsOf(chat, 'background').filter((id) => id !== 'fever-chills')) expect(facts.flags?.[id]).toBeUndefined();
    for (const id of flagsOf(chat, 'nerves')) expect(facts.flags?.[id]).toBe('no');
  });

  it.each(['webchat', 'msteams'])('on %s: "None of these" typed or from another card is not this checklist\'s answer', async (channel) => {
    const { chat } = await backgroundChecklist(channel);
    const replies = await chat.say(chat.services.triage.protocol.answers.noneOfThese);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('checklist');
    const facts = await storedFacts(chat);
    expect(facts.flags?.['cancer-history']).toBeUndefined();
  });

  it('on facebook: the list is typed, so "none of these" typed as it reads counts, as does its quick reply', async () => {
    for (const answer of ['none of these', 'quick reply']) {
      const { chat, replies } = await backgroundChecklist('facebook');
      const sent = answer === 'quick reply' ? asSent('facebook', clickButton(replies, /^None of these$/), 'None of these') : { text: answer };
      const next = await chat.say(sent);
      expect(questionOf(chat.services.triage.protocol, next)).toBe('group:other');
      expect((await storedFacts(chat)).flags?.['cancer-history']).toBe('no');
    }
  });
});

describe('signs asked one at a time', () => {
  it.each(CHANNELS)('on %s: a double-tapped "No" does not answer the next sign', async (channel) => {
    const chat = startConversation(channel);
    const { protocol } = chat.services.triage;
    const flagQuestion = chat.services.content.messages.symptomCheck.flagQuestion;
    const nerves = protocol.flags.filter((f) => f.group === 'nerves');
    await advanceTo(chat, 'checklist', { ...CALM, channel });
    const first = await chat.say('yes');
    expect(questionOf(protocol, first, flagQuestion)).toBe(`flag:${nerves[0]!.id}`);
    const no = asSent(channel, clickButton(first, /^No$/), 'No');
    expect(questionOf(protocol, await chat.say(no), flagQuestion)).toBe(`flag:${nerves[1]!.id}`);
    expectStaleReask(chat, await chat.say(no), `flag:${nerves[1]!.id}`);
    expect((await storedFacts(chat)).flags?.[nerves[1]!.id]).toBeUndefined();
  });
});

describe('on Teams, Adaptive Card submits', () => {
  it('a card button submitted twice is used once', async () => {
    const chat = startConversation('msteams');
    const asked = await advanceTo(chat, 'severity', { ...CALM, channel: 'msteams' });
    const seven = clickButton(asked, /^7$/);
    expect(seven.value).toMatchObject({ action: 'choice' });
    expect(questionOf(chat.services.triage.protocol, await chat.say(seven))).toBe('sleep');
    expectStaleReask(chat, await chat.say(seven), 'sleep');
  });

  it('an old submit of a red-flag answer is not used for another group', async () => {
    const chat = startConversation('msteams');
    const { protocol } = chat.services.triage;
    await advanceTo(chat, 'group:background', { ...CALM, channel: 'msteams' });
    const oldNerves = protocol.answers.replies.group.no.replace('{topic}', protocol.groups.find((g) => g.id === 'nerves')!.topic);
    const replies = await chat.say({ value: { action: 'choice', value: oldNerves } });
    expectStaleReask(chat, replies, 'group:background');
    for (const id of flagsOf(chat, 'background')) expect((await storedFacts(chat)).flags?.[id]).toBeUndefined();
  });
});
