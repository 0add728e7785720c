// Each step of the symptom check as a patient meets it: a kind re-ask with an example on an unusable
// answer (buttons kept), then the options again with a way to the clinic; clicks as text and as
// Adaptive Card submits; facts told early skip their questions; commands and side questions mid-check.
import { describe, expect, it } from 'vitest';
import { buttonTitles, clickButton, entities, realServices, startConversation, visibleText } from '../support/testBot.ts';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';
import type { TriageFacts } from '../../src/clinical/triage/index.ts';

/** The facts the check keeps in conversation state (what the main dialog would summarise). */
async function storedFacts(chat: ReturnType<typeof startConversation>): Promise<Partial<TriageFacts>> {
  const docs = Object.values((chat.storage as unknown as { memory: Record<string, string> }).memory).map((d) => JSON.parse(d) as { triageFacts?: Partial<TriageFacts> });
  return docs.find((d) => d.triageFacts)?.triageFacts ?? {};
}

const STEPS = ['location', 'side', 'spread', 'duration', 'group:nerves', 'checklist', 'severity', 'sleep', 'improving', 'age'];

function repromptOf(chat: ReturnType<typeof startConversation>, step: string): string {
  const { protocol } = chat.services.triage;
  const q = protocol.questions;
  switch (step) {
    case 'group:nerves':
      return protocol.groups.find((g) => g.id === 'nerves')!.reprompt;
    case 'checklist':
      return chat.services.content.messages.choiceCard.required;
    case 'sleep':
      return q.stopsSleepOrMovement.reprompt;
    case 'spread':
      return q.spread.reprompt;
    default:
      return q[step as 'location' | 'side' | 'duration' | 'severity' | 'improving' | 'age'].reprompt;
  }
}

describe('an unusable answer', () => {
  it.each(STEPS)('at %s: re-asked kindly with an example, then the options again or the clinic', async (step) => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    const protocol = chat.services.triage.protocol;
    const asked = await advanceTo(chat, step);
    const options = buttonTitles(asked);

    const first = await chat.say('banana');
    expect(questionOf(protocol, first)).toBe(step === 'checklist' ? 'checklist' : step);
    expect(visibleText(first)).toContain(repromptOf(chat, step));
    expect(buttonTitles(first)).toEqual(options);
    expect(entities(first, 'clinic.triage')).toHaveLength(0);

    const second = await chat.say('banana');
    expect(questionOf(protocol, second)).toBe(step === 'checklist' ? 'checklist' : step);
    if (step === 'checklist') {
      expect(buttonTitles(second)).toEqual(options);
    } else {
      expect(visibleText(second)).toContain(messages.symptomCheck.stillUnsure);
      expect(buttonTitles(second)).toEqual([...options, messages.menu.contact]);
      // The offered way out works and the question comes back.
      const contact = await chat.say(messages.menu.contact);
      expect(visibleText(contact)).toContain(chat.services.content.clinic.phone);
      expect(questionOf(protocol, contact)).toBe(step);
    }
  });

  it('a usable answer after failures moves on', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'duration');
    await chat.say('for ages');
    await chat.say('a long time');
    const next = await chat.say('2 wks');
    expect(questionOf(chat.services.triage.protocol, next)).toBe('group:nerves');
  });
});

describe('buttons and free text', () => {
  it('takes a button click sent as text, and the same answer typed in other words', async () => {
    const clicked = startConversation('webchat');
    await advanceTo(clicked, 'location');
    expect(questionOf(clicked.services.triage.protocol, await clicked.say('Buttock'))).toBe('age');

    const typed = startConversation('webchat');
    await advanceTo(typed, 'location');
    expect(questionOf(typed.services.triage.protocol, await typed.say('mostly in my bum'))).toBe('age');
  });

  it('takes Adaptive Card submits with no text, on Teams', async () => {
    const chat = startConversation('msteams');
    const protocol = chat.services.triage.protocol;
    const asked = await advanceTo(chat, 'severity');
    // Eleven scores do not fit a Teams hero card: they come as card buttons.
    expect(buttonTitles(asked)).toEqual(Array.from({ length: 11 }, (_, i) => String(i)));
    const next = await chat.say({ value: { action: 'choice', value: '7' } });
    expect(questionOf(protocol, next)).toBe('sleep');
  });

  it('reads durations in free text: "since last Tuesday", "a couple of months"', async () => {
    for (const [text, atLeast, below] of [['since last Tuesday', 1, 15], ['a couple of months', 50, 70], ['2 wks', 14, 15]] as const) {
      const chat = startConversation('webchat');
      const protocol = chat.services.triage.protocol;
      await advanceTo(chat, 'duration');
      expect(questionOf(protocol, await chat.say(text))).toBe('group:nerves');
      const days = (await storedFacts(chat)).durationDays;
      expect(days).toBeGreaterThanOrEqual(atLeast);
      expect(days).toBeLessThan(below);
    }
  });

  it('does not ask again what an answer already told ("my left hip, for 3 weeks")', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'location');
    const next = await chat.say('my left hip has hurt for 3 weeks');
    expect(questionOf(protocol, next)).toBe('age');
    expect(questionOf(protocol, await chat.say('40'))).toBe('spread');
    await chat.say('no');
    expect(questionOf(protocol, await chat.say('no'))).toBe('group:movement');
  });

  it('"no fever" to a group that asks about more answers for fever only and asks about the rest', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'group:background');
    const replies = await chat.say('no fever');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(protocol, replies)).toBe('checklist');
    const titles = buttonTitles(replies).concat(visibleText(replies));
    const fever = protocol.flags.find((f) => f.id === 'fever-chills')!.short;
    const cancer = protocol.flags.find((f) => f.id === 'cancer-history')!.short;
    expect(visibleText(replies)).not.toContain(fever);
    expect(titles.join('\n')).toContain(cancer);
  });

  it('a yes with "none of these" on the checklist is kept as "not sure": emergency signs still count', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'checklist');
    const none = chat.services.triage.protocol.flags.filter((f) => f.group === 'nerves').length + 1;
    const replies = await chat.say({ value: { action: 'multi', selected: String(none) } });
    const [triage] = entities(replies, 'clinic.triage');
    expect(triage).toMatchObject({ level: 'emergency' });
    expect(visibleText(replies)).toContain(protocol.summary.flagsUnsure.split('{')[0]!);
  });
});

describe('a checklist answered "yes" without saying which', () => {
  it('asks the signs one at a time, and an emergency one ends the check', async () => {
    const chat = startConversation('facebook');
    const { protocol } = chat.services.triage;
    const flagQuestion = chat.services.content.messages.symptomCheck.flagQuestion;
    const nerves = protocol.flags.filter((f) => f.group === 'nerves');
    await advanceTo(chat, 'checklist', { ...CALM, channel: 'facebook' });
    const first = await chat.say('yes');
    expect(questionOf(protocol, first, flagQuestion)).toBe(`flag:${nerves[0]!.id}`);
    const second = await chat.say('No');
    expect(questionOf(protocol, second, flagQuestion)).toBe(`flag:${nerves[1]!.id}`);
    const end = await chat.say('Yes');
    expect(entities(end, 'clinic.triage')[0]).toMatchObject({ level: 'emergency', reasons: [nerves[1]!.id] });
  });
});

describe('commands and questions in the middle of the check', () => {
  it('help explains and asks the same question again', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'spread');
    const replies = await chat.say('help');
    expect(visibleText(replies)).toContain(chat.services.content.messages.helpMidCheck);
    expect(questionOf(protocol, replies)).toBe('spread');
  });

  it('contact the clinic gives the card and asks the same question again', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'group:movement');
    const replies = await chat.say('contact the clinic');
    expect(visibleText(replies)).toContain(chat.services.content.clinic.phone);
    expect(questionOf(protocol, replies)).toBe('group:movement');
  });

  it('start over ends the check and forgets its answers', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'severity');
    const replies = await chat.say('start over');
    expect(visibleText(replies)).toContain(chat.services.content.messages.restarted);
    expect(questionOf(protocol, replies)).toBeUndefined();
    // A new check starts from the first question, knowing nothing.
    expect(questionOf(protocol, await chat.say('check my symptoms'))).toBe('location');
  });

  it('a question the articles half answer gets "did you mean" choices, then the same step again', async () => {
    const real = realServices().answers;
    const sections = realServices().content.articles.flatMap((a) => a.sections).slice(0, 2);
    const answers = { ...real, answer: (q: string) => (q.startsWith('which stretch') ? { kind: 'clarify' as const, options: sections } : real.answer(q)) };
    const chat = startConversation('webchat', { answers });
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'severity');
    const replies = await chat.say('which stretch would suit me?');
    expect(visibleText(replies)).toContain(chat.services.content.messages.didYouMean);
    expect(questionOf(protocol, replies)).toBe('severity');
    // Asked once: the question is still waiting for its answer, not answered by the choices.
    expect(replies.filter((r) => questionOf(protocol, [r]) === 'severity')).toHaveLength(1);
    // Choosing one shows it, and the check goes on where it was.
    const shown = await chat.say(sections[0]!.heading);
    expect(entities(shown, 'clinic.answer')[0]).toMatchObject({ section: sections[0]!.heading });
    expect(questionOf(protocol, shown)).toBe('severity');
  });

  it('our own button value is an answer, never a cue: "Not sure" to the leg and fall signs asks no question about a fall', async () => {
    const chat = startConversation('webchat');
    const asked = await advanceTo(chat, 'group:movement');
    const replies = await chat.say(clickButton(asked, /^not sure/i));
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
  });

  it('a statement the articles would half answer gets no "did you mean" choices: the step is asked again', async () => {
    const real = realServices().answers;
    const sections = realServices().content.articles.flatMap((a) => a.sections).slice(0, 2);
    const answers = { ...real, answer: (q: string) => (q.toLowerCase().includes('stretch') ? { kind: 'clarify' as const, options: sections } : real.answer(q)) };
    const chat = startConversation('webchat', { answers });
    await advanceTo(chat, 'severity');
    const replies = await chat.say('I do my stretches every morning.');
    expect(visibleText(replies)).not.toContain(chat.services.content.messages.didYouMean);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('severity');
  });

  it('"Something else" under the "did you mean" choices: "let\'s carry on" and the same step, not an invitation to type a question', async () => {
    const real = realServices().answers;
    const sections = realServices().content.articles.flatMap((a) => a.sections).slice(0, 2);
    const answers = { ...real, answer: (q: string) => (q.startsWith('which stretch') ? { kind: 'clarify' as const, options: sections } : real.answer(q)) };
    const chat = startConversation('webchat', { answers });
    const { messages } = chat.services.content;
    await advanceTo(chat, 'severity');
    const ask = await chat.say('which stretch would suit me?');
    const replies = await chat.say(clickButton(ask, /something else/i));
    expect(visibleText(replies)).toContain(messages.carryOn);
    expect(visibleText(replies)).not.toContain(messages.askQuestionPrompt);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('severity');
  });

  it.each([
    ['what are your opening hours?', 'hours'],
    ['how much does a session cost?', 'cost'],
    ['do you take health insurance', 'insurance'],
  ])('the clinic question %j is answered from clinic.yaml, then the same step is asked again', async (say, topic) => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'side');
    const replies = await chat.say(say);
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: 'clinic', section: topic })]);
    expect(visibleText(replies)).toContain(chat.services.content.clinic.phone);
    expect(visibleText(replies)).toContain(chat.services.content.messages.carryOn);
    expect(questionOf(protocol, replies)).toBe('side');
    expect(questionOf(protocol, await chat.say('left'))).toBe('spread');
  });

  it('a question is answered from the articles, then the same step is asked again', async () => {
    const chat = startConversation('webchat');
    const protocol = chat.services.triage.protocol;
    await advanceTo(chat, 'side');
    const replies = await chat.say('what is sciatica?');
    // The articles' own answer, not the clinic's card.
    const expected = chat.services.answers.answer('what is sciatica?');
    if (expected.kind !== 'answer') throw new Error('the articles answer "what is sciatica?"');
    expect(entities(replies, 'clinic.answer')).toEqual([expect.objectContaining({ article: expected.section.articleId, section: expected.section.heading })]);
    expect(visibleText(replies)).toContain(chat.services.content.messages.carryOn);
    expect(questionOf(protocol, replies)).toBe('side');
    expect(questionOf(protocol, await chat.say('left'))).toBe('spread');
  });
});
