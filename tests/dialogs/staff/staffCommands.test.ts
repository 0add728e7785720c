// Staff commands in Teams, with Teams' real shapes: personal and channel conversations,
// channelData.tenant, @mentions. Only listed staff of the clinic's tenant get them; anyone else
// gets the patient experience. `stats` and `unanswered` after a scripted day (injected clock).
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { parseStaffCommand } from '../../../dialogs/staff/staffCommands.ts';
import { CALM, play, type CheckCase } from '../../fixtures/vignettes/patient.ts';
import { OTHER_AAD, startStaffClinic, LONG_HIP_ANSWERS, TENANT } from '../../support/staffBot.ts';
import { entities, visibleText } from '../../support/testBot.ts';

const NOON = () => new Date('2026-03-03T12:00:00Z');
const mention = { type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:bot', name: 'Clinic' } };

function factsOf(replies: Partial<Activity>[]): Record<string, string> {
  const body = (replies[0]?.attachments?.[0]?.content as { body: { type: string; facts?: { title: string; value: string }[] }[] }).body;
  return Object.fromEntries(body.find((b) => b.type === 'FactSet')!.facts!.map((f) => [f.title, f.value]));
}

describe('parseStaffCommand', () => {
  it.each([
    ['stats', { name: 'stats', period: 'today' }],
    ['Stats 7d', { name: 'stats', period: '7d' }],
    ['stats 30 days', { name: 'stats', period: '30d' }],
    ['unanswered', { name: 'unanswered', period: '7d' }],
    ['notify here', { name: 'notify-here' }],
    ['/handoffs', { name: 'handoffs' }],
    ['help', { name: 'help' }],
    ['stats for my hip', undefined],
    ['what helps sciatica', undefined],
  ])('%s', (text, expected) => {
    expect(parseStaffCommand(text)).toEqual(expected);
  });
});

describe('who gets the staff commands', () => {
  it('a Teams user who is not listed gets the patient experience when typing "stats"', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const other = clinic.teams({ aad: OTHER_AAD });
    const reply = await other.send('stats');
    expect(visibleText(reply)).not.toContain('Figures for');
    expect(reply.some((r) => r.attachments?.some((a) => JSON.stringify(a.content).includes('FactSet')))).toBe(false);
    expect(reply.length).toBeGreaterThan(0);
  });

  it('a listed staff member of another tenant is a patient too', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const chat = clinic.teams();
    const reply = await chat.send({ text: 'stats', channelData: { tenant: { id: '00000000-0000-0000-0000-000000000000' } } });
    expect(visibleText(reply)).not.toContain('Figures for');
  });

  it('staff get the card in a personal chat, and in a channel with the @mention stripped', async () => {
    const clinic = startStaffClinic({ now: NOON });
    expect(visibleText(await clinic.teams().send('stats'))).toContain('Figures for today');
    const inChannel = await clinic.teams({ conversationType: 'channel' }).send({ text: '<at>Clinic</at> stats 7d', entities: [mention] });
    expect(visibleText(inChannel)).toContain('Figures for the last 7 days');
  });

  it('staff help lists the commands; a staff question still gets the patient answer', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const staff = clinic.teams();
    expect(visibleText(await staff.send('help'))).toMatch(/notify here.*handoffs.*stats.*unanswered/s);
    expect(entities(await staff.send('is heat or ice better for back pain?'), 'clinic.answer')).toHaveLength(1);
  });

  it('the bot added to a team greets the channel with set-up steps, not the patient welcome', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const chat = clinic.teams({ conversationType: 'channel' });
    const replies = await chat.send({
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:bot', name: 'Clinic' }],
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded', team: { id: '19:team@thread.tacv2' } },
    });
    expect(visibleText(replies)).toContain('notify here');
    expect(visibleText(replies)).not.toMatch(/not a diagnosis/);
  });

  it('an Action.Execute on a card is answered by the staff desk (200 and a message), not refused as "not implemented"', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const staff = clinic.teams({ conversationType: 'channel' });
    const replies = await staff.send({
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'handoff.done', data: { id: 'no-such-request' } }, trigger: 'manual' },
    });
    const response = replies.find((r) => r.type === 'invokeResponse');
    expect(response?.value).toEqual({
      status: 200,
      body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: clinic.services.content.messages.invalidSubmission },
    });
  });

  it('added to a team together with people in one event: the set-up steps only, no patient welcome in the channel', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const chat = clinic.teams({ conversationType: 'channel' });
    const replies = await chat.send({
      type: 'conversationUpdate',
      text: undefined,
      membersAdded: [{ id: '28:bot', name: 'Clinic' }, { id: '29:nurse', name: 'Nurse' }],
      channelData: { tenant: { id: TENANT }, eventType: 'teamMemberAdded', team: { id: '19:team@thread.tacv2' } },
    });
    expect(visibleText(replies)).toContain('notify here');
    expect(visibleText(replies)).not.toMatch(/not a diagnosis/);
  });

  it.each([
    ['a patient', OTHER_AAD, false],
    ['a staff member', undefined, true],
  ])('installed in a personal chat by %s: the welcome (and the set-up line for staff)', async (_who, aad, staffLine) => {
    const clinic = startStaffClinic({ now: NOON });
    const chat = clinic.teams({ aad });
    const replies = await chat.send({ type: 'conversationUpdate', text: undefined, membersAdded: [{ id: '28:bot', name: 'Clinic' }] });
    expect(visibleText(replies)).toMatch(/not a diagnosis/);
    expect(visibleText(replies).includes('notify here')).toBe(staffLine);
  });
});

describe('a scripted day of conversations', () => {
  it('stats and unanswered give the right counts', async () => {
    const clinic = startStaffClinic({ now: NOON });
    const staff = clinic.teams({ conversationType: 'channel' });
    await staff.send('notify here');
    const { messages } = clinic.services.content;

    // 1: opens the chat, asks two answered questions, rates one 👎 and one 👍.
    const p1 = clinic.patient();
    await p1.open();
    const a1 = await p1.say('is heat or ice better for back pain?');
    const [ans1] = entities(a1, 'clinic.answer');
    await p1.say({ value: { action: 'feedback', vote: 'up', article: ans1!.article, section: ans1!.section } });
    const a2 = await p1.say('does swimming help hip pain?');
    const [ans2] = entities(a2, 'clinic.answer');
    await p1.say({ value: { action: 'feedback', vote: 'down', article: ans2!.article, section: ans2!.section } });
    await p1.say('no thanks');
    // 2: asks about knees twice (different wording), and about parking with a name in it.
    const p2 = clinic.patient('facebook');
    await p2.say('Do you treat knees?');
    await p2.say('do you treat knee pain');
    // ("can I park at the clinic?" is the clinic's address answer since session 10.)
    await p2.say('My name is Jane Doe, do you sell gift vouchers?');
    // 3: a symptom check ending "book soon", then a call-back request.
    const p3 = clinic.patient();
    await play(p3, { ...CALM, answers: { ...CALM.answers, ...LONG_HIP_ANSWERS }, expect: { level: 'soon', reasons: [] } } as CheckCase);
    await p3.say('yes');
    await p3.say('07700 900123');
    // 4: a red flag typed at once.
    await clinic.patient().say("I can't feel anything around my bottom and I've wet myself");
    // Staff trying the bot are not counted.
    await staff.send('do you treat knees?');

    const stats = factsOf(await staff.send('stats today'));
    const s = messages.staff.stats;
    expect(stats[s.conversations]).toBe('4');
    expect(stats[s.checks]).toBe('1');
    expect(stats[s.alerts]).toBe('1');
    expect(stats[s.answered]).toBe('2');
    expect(stats[s.declined]).toBe('3');
    expect(stats[s.up]).toBe('1');
    expect(stats[s.down]).toBe('1');
    expect(stats[s.handoffs]).toBe('1');

    const unanswered = visibleText(await staff.send('unanswered'));
    const lines = unanswered.split('\n');
    expect(lines).toContain('2×');
    expect(unanswered).toMatch(/1\. (Do you treat knees\?|do you treat knee pain)/);
    expect(unanswered).toContain('does swimming help hip pain?');
    expect(unanswered).toContain('My name is [name], do you sell gift vouchers?');
    expect(unanswered).not.toContain('Jane');

    const list = visibleText(await staff.send('handoffs'));
    expect(list).toContain('07700 900123');
    // The next day, "today" is empty.
    const tomorrow = startStaffClinic({ now: () => new Date('2026-03-04T12:00:00Z') });
    expect(factsOf(await tomorrow.teams().send('stats'))[s.conversations]).toBe('0');
  });
});
