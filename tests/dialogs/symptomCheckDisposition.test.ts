// The end of a symptom check: one calm message with the level, the reasons, what to do now, the
// safety net, a summary to show a clinician and self-care buttons; then the contact card; a
// figure for staff without personal details; the check's answers forgotten.
import { ConversationState, MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { AnswerReplies } from '../../dialogs/answerReplies.ts';
import { DispositionReplies } from '../../dialogs/dispositionReplies.ts';
import { Offers } from '../../dialogs/offers.ts';
import { SymptomCheckDialog, SYMPTOM_CHECK_DIALOG } from '../../dialogs/symptomCheckDialog.ts';
import type { TriageFacts } from '../../src/clinical/triage/index.ts';
import { buttonTitles, entities, realServices, startConversation, visibleText } from '../support/testBot.ts';
import { advanceTo, CALM, play, proseOf, questionOf, type CheckCase } from '../fixtures/vignettes/patient.ts';

const LONG_HIP: CheckCase = {
  ...CALM,
  name: 'long-standing hip pain',
  answers: { ...CALM.answers, duration: 'about 2 months', improving: 'About the same', severity: '5', age: '58' },
  expect: { level: 'soon', reasons: ['long-lasting'] },
};

describe('the disposition message', () => {
  it('gives the level, reasons, what to do, the safety net and a summary in one message, then the contact card', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    const { clinic, messages } = chat.services.content;
    const { last } = await play(chat, LONG_HIP);
    const withTriage = last.filter((r) => r.entities?.some((e) => e.type === 'clinic.triage'));
    expect(withTriage).toHaveLength(1);
    const [triage] = entities(last, 'clinic.triage');
    expect(triage).toMatchObject({ level: 'soon' });
    expect(triage!.reasons).toEqual(expect.arrayContaining(['long-lasting', 'not-improving']));

    const message = visibleText(withTriage);
    const soon = protocol.levels.soon;
    expect(message).toContain(soon.headline);
    expect(message).toContain(clinic.phone);
    expect(message).not.toMatch(/\{phone\}|\{emergencyNumber\}/);
    for (const rule of protocol.rules.filter((r) => ['long-lasting', 'not-improving'].includes(r.id))) expect(message).toContain(rule.reason!);
    expect(message).toContain(messages.disposition.safetyNetHeading);
    expect(message).toContain(messages.disposition.summaryHeading);
    // The summary: what the patient said, positives and negatives, and the result.
    for (const line of ['Hip', 'Right', '5 out of 10', protocol.answers.no.toLowerCase()]) expect(message).toContain(line);
    expect(message).toContain(messages.disposition.flagsNo.split('{')[0]!);
    expect(message).toContain(messages.disposition.levels.soon);
    expect(message).toContain(messages.disposition.duration.weeks.replace('{value}', '9'));

    const after = last.slice(last.indexOf(withTriage[0]!) + 1);
    expect(visibleText(after)).toContain(messages.contact.intro);
  });

  it('offers the self-care sections as buttons; a click shows that section', async () => {
    const chat = startConversation('webchat');
    const { last } = await play(chat, { ...CALM, answers: { ...CALM.answers, duration: '2 days' } });
    expect(entities(last, 'clinic.triage')[0]).toMatchObject({ level: 'self-care' });
    const links = chat.services.triage.protocol.levels['self-care'].links;
    const buttons = buttonTitles(last);
    for (const link of links) expect(buttons).toContain(link.section);
    const shown = await chat.say(links[0]!.section);
    expect(entities(shown, 'clinic.answer')[0]).toEqual({ type: 'clinic.answer', article: links[0]!.article, section: links[0]!.section });
  });

  it('says "emergency" plainly with the emergency number', async () => {
    const chat = startConversation('facebook');
    const { emergencyNumber } = chat.services.content.clinic;
    const { last } = await play(chat, { ...CALM, channel: 'facebook', answers: { ...CALM.answers, groups: { nerves: { tick: ['saddle-numbness'] } } } });
    const [triage] = entities(last, 'clinic.triage');
    expect(triage).toMatchObject({ level: 'emergency' });
    const text = visibleText(last);
    expect(text).toContain(chat.services.triage.protocol.levels.emergency.headline);
    expect(text).toContain(`Call ${emergencyNumber}`);
  });

  it('records the level and reasons for staff, with no personal details', async () => {
    const chat = startConversation('webchat');
    await play(chat, LONG_HIP);
    const day = chat.services.now().toISOString().slice(0, 10);
    const figures = await chat.services.figures.recorded(day);
    const mine = figures.filter((f) => f.kind === 'disposition' && f.level === 'soon' && f.reasons.includes('long-lasting'));
    expect(mine.length).toBeGreaterThan(0);
    // The user and conversation appear only as keyed hashes (for "forget me"), never as their ids.
    expect(Object.keys(mine[0]!).sort()).toEqual(['at', 'channel', 'conversation', 'id', 'interrupted', 'kind', 'level', 'reasons', 'user']);
    expect(mine[0]!.user).toMatch(/^[0-9a-f]{32}$/);
    expect(JSON.stringify(mine[0])).not.toContain(chat.adapter.conversation.user!.id);
    expect(mine[0]).toMatchObject({ interrupted: false });
  });

  it('forgets the answers once the check is over', async () => {
    const chat = startConversation('webchat');
    const read = async () => {
      const all = (chat.storage as unknown as { memory: Record<string, string> }).memory;
      return Object.values(all).filter((doc) => doc.includes('"triageFacts"'));
    };
    await advanceTo(chat, 'severity');
    expect(await read()).toHaveLength(1);
    await chat.say('4');
    await chat.say('no');
    // Better or worse is the last question (age is asked early).
    const end = await chat.say('Getting better');
    expect(entities(end, 'clinic.triage')).toHaveLength(1);
    expect(await read()).toHaveLength(0);
  });
});

describe('starting with facts already told', () => {
  async function begin(prefillText: string) {
    const services = { ...realServices(), storage: new MemoryStorage() };
    const state = new ConversationState(services.storage);
    const offers = new Offers(state.createProperty('offers'));
    const facts = state.createProperty<Partial<TriageFacts>>('triageFacts');
    const dialogs = new DialogSet(state.createProperty<DialogState>('dialogState'));
    dialogs.add(new SymptomCheckDialog(services, facts, new AnswerReplies(services, offers), new DispositionReplies(services, offers)));
    const prefill = services.triage.extractFacts(prefillText, services.now());
    const adapter = new TestAdapter(async (context) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(SYMPTOM_CHECK_DIALOG, { prefill });
      await state.saveChanges(context);
    });
    const say = async (text: string) => {
      await adapter.receiveActivity({ type: 'message', text });
      return adapter.activeQueue.splice(0) as Partial<Activity>[];
    };
    return { say, protocol: services.triage.protocol };
  }

  it('skips the questions the first message answered', async () => {
    const { say, protocol } = await begin('my left hip has been sore for about 3 weeks');
    const first = await say('go');
    // Age comes right after where it hurts; side and duration were told, so spread is next.
    expect(questionOf(protocol, first)).toBe('age');
    expect(questionOf(protocol, await say('40'))).toBe('spread');
    expect(first.map(proseOf).join('\n')).not.toContain(protocol.questions.location.text);
  });

  it('asks everything when the first message told nothing', async () => {
    const { say, protocol } = await begin('hello there');
    expect(questionOf(protocol, await say('go'))).toBe('location');
  });
});
