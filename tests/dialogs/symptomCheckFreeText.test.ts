// What free text may decide in the symptom check. A denial told on the way ("I've never had
// cancer" while saying where it hurts) does not skip that sign's question; a denial taken back
// ("no weight loss, well maybe a stone") is not a "no"; "I can still control my bladder" answers for
// the bladder; a loose word ("spreads") does not answer "is it getting better?".
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import type { TriageFacts } from '../../src/clinical/triage/index.ts';
import { advanceTo, CALM, questionOf } from '../fixtures/vignettes/patient.ts';
import { entities, startConversation, visibleText, type TestConversation } from '../support/testBot.ts';

const CHANNELS = ['webchat', 'msteams', 'facebook'] as const;

async function storedFacts(chat: TestConversation): Promise<Partial<TriageFacts>> {
  const docs = Object.values((chat.storage as unknown as { memory: Record<string, string> }).memory).map((d) => JSON.parse(d) as { triageFacts?: Partial<TriageFacts> });
  return docs.find((d) => d.triageFacts)?.triageFacts ?? {};
}

/** Types plain answers (every red-flag group "no") until the check asks `target`. */
async function answerUntil(chat: TestConversation, replies: Partial<Activity>[], target: string): Promise<Partial<Activity>[]> {
  const typed: Record<string, string> = { location: 'hip', side: 'left', spread: 'no', duration: '3 months', severity: '4', sleep: 'no', improving: 'getting better', age: '44' };
  for (let turn = 0; turn < 15; turn++) {
    const question = questionOf(chat.services.triage.protocol, replies);
    if (question === target) return replies;
    if (!question) break;
    replies = await chat.say(question.startsWith('group:') ? 'no' : typed[question]!);
  }
  throw new Error(`never asked ${target}`);
}

const shortOf = (chat: TestConversation, id: string) => chat.services.triage.protocol.flags.find((f) => f.id === id)!.short;

describe.each(CHANNELS)('on %s', (channel) => {
  const calm = { ...CALM, channel };

  it('a denial told while answering another question does not skip that sign\'s question', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'location', calm);
    const replies = await chat.say("my left hip, and I've never had cancer");
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('age');
    expect((await storedFacts(chat)).flags?.['cancer-history']).toBeUndefined();
    // The whole background question is still asked, cancer included.
    const background = await answerUntil(chat, replies, 'group:background');
    expect(visibleText(background)).toContain(chat.services.triage.protocol.groups.find((g) => g.id === 'background')!.question);
  });

  it('a denial in the first message does not skip that sign\'s question either', async () => {
    const chat = startConversation(channel);
    await chat.say("my left hip has hurt for 3 weeks, no fever and I've never had cancer");
    const started = await chat.say(chat.services.content.messages.menu.checkSymptoms);
    expect(questionOf(chat.services.triage.protocol, started)).toBe('age');
    const flags = (await storedFacts(chat)).flags ?? {};
    expect(flags['fever-chills']).toBeUndefined();
    expect(flags['cancer-history']).toBeUndefined();
    const background = await answerUntil(chat, started, 'group:background');
    expect(visibleText(background)).toContain(chat.services.triage.protocol.groups.find((g) => g.id === 'background')!.question);
  });

  it('a group whose only sign was denied on the way is still asked ("not suicidal, just fed up")', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'location', calm);
    const replies = await chat.say("my left hip. I'm not suicidal, just fed up with it");
    const mood = await answerUntil(chat, replies, 'group:mood');
    expect(visibleText(mood)).toContain(chat.services.triage.protocol.groups.find((g) => g.id === 'mood')!.question);
  });

  it('"no weight loss, well maybe a stone…" is not a "no": the signs count as not sure', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'group:background', calm);
    const replies = await chat.say('no weight loss, well maybe a stone since the summer without trying');
    expect(questionOf(chat.services.triage.protocol, replies)).not.toBe('group:background');
    const facts = await storedFacts(chat);
    expect(facts.flags?.['weight-loss']).toBe('unsure');
  });

  it('"I can still control my bladder and bowels" at the nerve question answers for those two and asks about the rest', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'group:nerves', calm);
    const replies = await chat.say('I can still control my bladder (and bowels)');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('checklist');
    const shown = visibleText(replies);
    expect(shown).toContain(shortOf(chat, 'saddle-numbness'));
    expect(shown).not.toContain(shortOf(chat, 'bladder-dysfunction'));
    expect(shown).not.toContain(shortOf(chat, 'bowel-dysfunction'));
    const facts = await storedFacts(chat);
    expect(facts.flags).toMatchObject({ 'bladder-dysfunction': 'no', 'bowel-dysfunction': 'no' });
    expect(facts.flags?.['saddle-numbness']).toBeUndefined();
  });

  it('"no fever" to the nerve question is not a "no" to the nerve signs', async () => {
    const chat = startConversation(channel);
    await advanceTo(chat, 'group:nerves', calm);
    const replies = await chat.say('no fever');
    expect(questionOf(chat.services.triage.protocol, replies)).toBe('group:nerves');
    expect((await storedFacts(chat)).flags?.['saddle-numbness']).toBeUndefined();
    // "No, and no fever either" answers both.
    const next = await chat.say('no, and no fever either');
    expect(questionOf(chat.services.triage.protocol, next)).toBe('group:movement');
    expect((await storedFacts(chat)).flags?.['saddle-numbness']).toBe('no');
  });

  it('"…and spreads below my knee" is not "getting worse": that question is still asked', async () => {
    const chat = startConversation(channel);
    const told = 'my left hip has hurt for 8 months and spreads below my knee';
    const asked = await advanceTo(chat, 'improving', { ...calm, answers: { ...calm.answers, location: told } });
    expect(questionOf(chat.services.triage.protocol, asked)).toBe('improving');
    const facts = await storedFacts(chat);
    expect(facts.improving).toBeUndefined();
    expect(facts.spreadsBelowKnee).toBe(true);
  });
});
