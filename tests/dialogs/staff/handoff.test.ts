// A call-back request with consent: offered after a check (never after an emergency), on "talk to
// someone" and after a 👎; posted to the staff channel only after a yes and a valid contact
// detail; the patient told when to expect the call; staff mark it done; "forget me" withdraws it.
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { HandoffService } from '../../../src/teams/handoffs.ts';
import { CALM, play, type CheckCase } from '../../fixtures/vignettes/patient.ts';
import { startStaffClinic, LONG_HIP_ANSWERS } from '../../support/staffBot.ts';
import { buttonTitles, entities, visibleText } from '../../support/testBot.ts';

const LONG_HIP: CheckCase = { ...CALM, name: 'long hip', answers: { ...CALM.answers, ...LONG_HIP_ANSWERS }, expect: { level: 'soon', reasons: ['long-lasting'] } };
// Tuesday 3 March 2026, 10:00 in London (GMT).
const TUESDAY_MORNING = () => new Date('2026-03-03T10:00:00Z');
// Saturday 7 March 2026, 14:00 in London: closed until Monday.
const SATURDAY_AFTERNOON = () => new Date('2026-03-07T14:00:00Z');

async function clinicWithChannel(now = TUESDAY_MORNING) {
  const clinic = startStaffClinic({ now });
  const channel = clinic.teams({ conversationType: 'channel' });
  const set = await channel.send({ text: '<at>Clinic</at> notify here', entities: [{ type: 'mention', text: '<at>Clinic</at>', mentioned: { id: '28:bot', name: 'Clinic' } }] });
  expect(visibleText(set)).toContain(clinic.services.content.messages.staff.notifyHere);
  return { clinic, channel };
}

const cardOf = (a: Partial<Activity>) => a.attachments?.[0]?.content as { body: unknown[]; actions: { type: string; title: string; data: { id: string } }[] };

describe('handoff after a symptom check', () => {
  it('is offered, and with a yes and a phone number posts one card and says when the clinic will call', async () => {
    const { clinic } = await clinicWithChannel();
    const { messages } = clinic.services.content;
    const patient = clinic.patient();
    const { last } = await play(patient, LONG_HIP);
    expect(buttonTitles(last)).toEqual(expect.arrayContaining([messages.handoff.yes, messages.handoff.no]));
    expect(clinic.posted).toHaveLength(0);

    const ask = await patient.say(messages.handoff.yes);
    expect(visibleText(ask)).toContain(messages.handoff.askContact);
    expect(clinic.posted).toHaveLength(0);
    const sent = await patient.say('Jane Doe 07700 900123');
    expect(clinic.posted).toHaveLength(1);
    expect(visibleText(sent)).toMatch(/today before 7pm/);
    expect(visibleText(sent)).toContain('999');

    const [post] = clinic.posted;
    expect(post!.reference.conversation?.id).toBe('19:staffchannel@thread.tacv2');
    expect(entities([post!.activity], 'clinic.handoff')[0]).toMatchObject({ level: 'soon', id: expect.any(String) });
    const card = JSON.stringify(cardOf(post!.activity));
    expect(card).toContain('07700 900123');
    expect(card).toContain('Jane Doe');
    expect(card).toContain(messages.disposition.levels.soon);
    expect(card).toContain(messages.staff.card.whyCheck);
    expect(card).toMatch(/How long: about (8|9) weeks/);
  });

  it('on a Saturday afternoon tells the patient the call comes on Monday morning', async () => {
    const { clinic } = await clinicWithChannel(SATURDAY_AFTERNOON);
    const patient = clinic.patient();
    await play(patient, LONG_HIP);
    await patient.say('yes please');
    const sent = await patient.say('call me on 020 7946 0000');
    expect(visibleText(sent)).toMatch(/on Monday morning/);
  });

  it('posts nothing when the patient declines', async () => {
    const { clinic } = await clinicWithChannel();
    const patient = clinic.patient();
    await play(patient, LONG_HIP);
    const reply = await patient.say(clinic.services.content.messages.handoff.no);
    expect(visibleText(reply)).toContain(clinic.services.content.messages.handoff.declined);
    expect(clinic.posted).toHaveLength(0);
    expect(await clinic.services.staff.handoffs.list()).toHaveLength(0);
  });

  it('asks again for a contact detail it cannot use; "no" or "cancel" sends nothing', async () => {
    const { clinic } = await clinicWithChannel();
    const { handoff } = clinic.services.content.messages;
    const patient = clinic.patient();
    await play(patient, LONG_HIP);
    await patient.say(handoff.yes);
    expect(visibleText(await patient.say('whenever suits you'))).toContain(handoff.badContact);
    expect(visibleText(await patient.say('my number is 12345'))).toContain(handoff.badContact);
    expect(visibleText(await patient.say('no'))).toContain(handoff.cancelled);
    await patient.say('07700 900123');
    expect(clinic.posted).toHaveLength(0);
    // "cancel" is the everyday "start over": it ends the request too.
    await patient.say('please call me back');
    await patient.say('yes');
    await patient.say('cancel');
    await patient.say('07700 900123');
    expect(clinic.posted).toHaveLength(0);
  });

  it('is never offered after an emergency outcome', async () => {
    const { clinic } = await clinicWithChannel();
    const patient = clinic.patient();
    const replies = await patient.say("I can't feel anything around my bottom and I've wet myself");
    expect(entities(replies, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    expect(buttonTitles(replies)).not.toContain(clinic.services.content.messages.handoff.yes);
    // Nor later in that conversation, on "please call me": the advice is to call 999 now.
    const after = await patient.say('please call me back');
    expect(visibleText(after)).toContain('999');
    expect(buttonTitles(after)).not.toContain(clinic.services.content.messages.handoff.yes);
    const emergencyCheck: CheckCase = { ...CALM, answers: { ...CALM.answers, groups: { ...CALM.answers.groups, nerves: 'Not sure' } } };
    const { last } = await play(clinic.patient(), emergencyCheck);
    expect(entities(last, 'clinic.triage')[0]).toMatchObject({ level: 'emergency' });
    expect(buttonTitles(last)).not.toContain(clinic.services.content.messages.handoff.yes);
  });

  it('without a staff channel says so and shows the contact card, asking for nothing', async () => {
    const clinic = startStaffClinic({ now: TUESDAY_MORNING });
    const patient = clinic.patient();
    await play(patient, LONG_HIP);
    const reply = await patient.say('yes');
    const text = visibleText(reply);
    expect(text).toContain(clinic.services.content.messages.handoff.unavailable);
    expect(text).toContain(clinic.services.content.clinic.phone);
    expect(text).not.toContain(clinic.services.content.messages.handoff.askContact);
  });
});

describe('handoff offered elsewhere', () => {
  it('on "talk to someone", with the contact card first', async () => {
    const { clinic } = await clinicWithChannel();
    const patient = clinic.patient();
    const reply = await patient.say('can I talk to someone');
    expect(visibleText(reply)).toContain(clinic.services.content.clinic.phone);
    expect(visibleText(reply)).toContain(clinic.services.content.messages.handoff.offerAfterContact);
    await patient.say('yes');
    await patient.say('jane@example.com');
    expect(clinic.posted).toHaveLength(1);
    expect(JSON.stringify(clinic.posted[0]!.activity)).toContain(clinic.services.content.messages.staff.card.whyContact);
  });

  it('after a 👎, carrying the question', async () => {
    const { clinic } = await clinicWithChannel();
    const patient = clinic.patient();
    const first = await patient.say('does swimming help hip pain?');
    const [answer] = entities(first, 'clinic.answer');
    const down = await patient.say({ value: { action: 'feedback', vote: 'down', article: answer!.article, section: answer!.section } });
    expect(visibleText(down)).toContain(clinic.services.content.messages.handoff.offerAfterFeedback);
    await patient.say('yes');
    await patient.say('07700 900456');
    expect(JSON.stringify(clinic.posted[0]!.activity)).toContain('does swimming help hip pain?');
  });

  it('an unrelated message drops the offer: a later "yes" is not consent', async () => {
    const { clinic } = await clinicWithChannel();
    const patient = clinic.patient();
    await patient.say('can I talk to someone');
    await patient.say('is heat or ice better for back pain?');
    const later = await patient.say('yes');
    expect(visibleText(later)).not.toContain(clinic.services.content.messages.handoff.askContact);
  });
});

describe('a call-back request in the staff channel', () => {
  async function requested() {
    const { clinic, channel } = await clinicWithChannel();
    const patient = clinic.patient();
    await patient.say('please call me back');
    await patient.say('yes');
    await patient.say({ text: 'Sam 07700 900789', id: 'patient-msg-1' });
    expect(clinic.posted).toHaveLength(1);
    return { clinic, channel, patient, id: cardOf(clinic.posted[0]!.activity).actions[0]!.data.id };
  }

  it('is marked done from the card (an Action.Submit with value and no text): updated in place, details deleted', async () => {
    const { clinic, channel, id } = await requested();
    const reply = await channel.send({ value: { action: 'handoff.done', id }, replyToId: 'card-1' });
    expect(reply).toHaveLength(0);
    expect(clinic.updated).toHaveLength(1);
    expect(clinic.updated[0]!.id).toBe('card-1');
    const updated = JSON.stringify(clinic.updated[0]!.activity);
    expect(updated).toContain('Done by Dr Kim');
    expect(updated).not.toContain('07700 900789');
    expect(cardOf(clinic.updated[0]!.activity).actions).toHaveLength(0);
    expect((await clinic.services.staff.handoffs.get(id))?.contact).toBeUndefined();
  });

  it('is posted once when the channel retries the same message', async () => {
    const { clinic, patient } = await requested();
    // The retry arrives with the same activity id; whatever state the conversation is in, no second card.
    await patient.say({ text: 'Sam 07700 900789', id: 'patient-msg-1' });
    expect(clinic.posted).toHaveLength(1);
    const service = clinic.services.staff.handoffs;
    const again = await service.create({ id: HandoffService.idFor(patient.adapter.conversation.conversation.id, 'patient-msg-1'), reason: 'contact', reasons: [], summary: [], user: 'u', conversation: 'c', channel: 'webchat', contact: { phone: '07700 900789' } });
    expect(again.outcome).toBe('duplicate');
    expect(clinic.posted).toHaveLength(1);
  });

  it('"forget me" deletes the open request, its card says it was withdrawn, and the figures of that patient go', async () => {
    const { clinic, patient } = await requested();
    await patient.say('My name is Sam Jones, do you treat knees?');
    const today = TUESDAY_MORNING().toISOString().slice(0, 10);
    const keys = clinic.services.figures.keysOf({ channelId: 'webchat', from: patient.adapter.conversation.user, conversation: patient.adapter.conversation.conversation });
    const mine = async () => (await clinic.services.figures.recorded(today)).filter((r) => r.user === keys.user || r.conversation === keys.conversation);
    expect((await mine()).length).toBeGreaterThanOrEqual(2);
    await patient.say('forget me');
    const done = await patient.say(clinic.services.content.messages.forget.yes);
    expect(visibleText(done)).toContain(clinic.services.content.messages.forget.done);
    expect(await clinic.services.staff.handoffs.list()).toHaveLength(0);
    expect(JSON.stringify(clinic.updated.at(-1)?.activity)).toContain(clinic.services.content.messages.staff.card.withdrawn);
    expect(JSON.stringify(clinic.updated.at(-1)?.activity)).not.toContain('07700 900789');
    expect(await mine()).toEqual([]);
  });

  it('an open request loses its contact details after the retention period', async () => {
    let now = TUESDAY_MORNING();
    const clinic = startStaffClinic({ now: () => now });
    await clinic.teams({ conversationType: 'channel' }).send('notify here');
    const patient = clinic.patient();
    await patient.say('please call me back');
    await patient.say('yes');
    await patient.say('07700 900111');
    now = new Date(now.getTime() + 15 * 86_400_000);
    const [record] = await clinic.services.staff.handoffs.list();
    expect(record).toMatchObject({ status: 'expired' });
    expect(record!.contact).toBeUndefined();
    expect(JSON.stringify(clinic.updated.at(-1)?.activity)).toContain(clinic.services.content.messages.staff.card.contactDeleted);
  });
});
