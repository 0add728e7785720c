// The symptom check on channels that show buttons differently: Messenger (quick replies, at most
// 13, short titles; no Adaptive Cards) and a channel the bot does not know (numbered text to type).
import { describe, expect, it } from 'vitest';
import { channelCapabilities } from '../../src/channels/index.ts';
import { entities, startConversation, visibleText } from '../support/testBot.ts';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';

const QUESTIONS = ['location', 'side', 'spread', 'duration', 'group:nerves', 'severity', 'sleep', 'improving', 'age'];

describe('facebook', () => {
  it.each(QUESTIONS)('%s: quick replies within Messenger limits, also on the second re-ask', async (step) => {
    const chat = startConversation('facebook');
    const caps = channelCapabilities('facebook');
    const asked = await advanceTo(chat, step, { ...CALM, channel: 'facebook' });
    await chat.say('banana');
    const fallback = await chat.say('banana');
    for (const replies of [asked, fallback]) {
      const question = replies[replies.length - 1]!;
      expect(question.attachments ?? []).toHaveLength(0);
      const actions = question.suggestedActions?.actions ?? [];
      expect(actions.length).toBeGreaterThan(1);
      expect(actions.length).toBeLessThanOrEqual(caps.maxSuggestedActions);
      for (const a of actions) expect(String(a.title).length).toBeLessThanOrEqual(caps.maxButtonTitle);
      expect(question.text).not.toMatch(/\*\*|__/);
    }
  });

  it('the checklist is a numbered list to type, with "none of these" one tap away', async () => {
    const chat = startConversation('facebook');
    const protocol = chat.services.triage.protocol;
    const asked = await advanceTo(chat, 'checklist', { ...CALM, channel: 'facebook' });
    const question = asked[asked.length - 1]!;
    expect(question.text).toMatch(/^\s*1\.\s/m);
    expect(question.suggestedActions?.actions.map((a) => a.title)).toEqual([protocol.answers.noneOfThese]);
    const numbered = [...question.text!.matchAll(/^\s*(\d+)\.\s+(.+)$/gm)];
    const bladder = numbered.find((m) => m[2]!.trim() === protocol.flags.find((f) => f.id === 'bladder-dysfunction')!.short)!;
    const replies = await chat.say(bladder[1]!);
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency', reasons: ['bladder-dysfunction'] });
  });
});

describe('a channel the bot does not know', () => {
  it('shows options as numbered text and takes the number typed', async () => {
    const chat = startConversation('sms-gateway');
    const protocol = chat.services.triage.protocol;
    const asked = await chat.say('check my symptoms');
    const question = asked[asked.length - 1]!;
    expect(question.suggestedActions).toBeUndefined();
    expect(question.attachments ?? []).toHaveLength(0);
    const options = protocol.questions.location.options;
    options.forEach((o, i) => expect(question.text).toMatch(new RegExp(`${i + 1}\\.\\s+${o.title}`)));
    const next = await chat.say('2');
    // Age comes right after where it hurts (several rules need it).
    expect(questionOf(protocol, next)).toBe('age');
  });

  it('asks for the pain score in words, not as a list of numbers', async () => {
    const chat = startConversation('sms-gateway');
    const protocol = chat.services.triage.protocol;
    const asked = await advanceTo(chat, 'severity', { ...CALM, channel: 'sms-gateway' });
    expect(visibleText(asked)).toContain(protocol.questions.severity.text);
    expect(visibleText(asked)).not.toMatch(/^\s*1\.\s+0\s*$/m);
    expect(questionOf(protocol, await chat.say('7'))).toBe('sleep');
  });

  it('offers the clinic as one more option to type after two unusable answers', async () => {
    const chat = startConversation('sms-gateway');
    const { messages } = chat.services.content;
    await chat.say('check my symptoms');
    await chat.say('banana');
    const fallback = await chat.say('banana');
    const text = visibleText(fallback);
    expect(text).toContain(messages.symptomCheck.stillUnsureTyped);
    expect(text).toMatch(new RegExp(`\\d\\.\\s+${messages.menu.contact}`));
  });
});
