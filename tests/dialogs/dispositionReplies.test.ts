// What the patient is told at each disposition (dialogs/dispositionReplies.ts), driven directly:
// facts in, the messages a patient would see out. Levels, reasons, words and thresholds are read
// from content/ (triage.yaml, messages.yaml, clinic.yaml), never copied. Written against mutation
// testing (README, "Eighth round"): each case is one a small break of the file would get wrong.
import { ConversationState, MemoryStorage, TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { DispositionReplies, type DispositionFacts, type DispositionOptions } from '../../dialogs/dispositionReplies.ts';
import { Offers } from '../../dialogs/offers.ts';
import type { OutcomeReminder } from '../../dialogs/outcomeReminder.ts';
import type { PendingHandoff } from '../../dialogs/staff/handoffDialog.ts';
import type { TriageLevel } from '../../src/clinical/types.ts';
import { reachedLevel } from '../../src/turn/reachedLevel.ts';
import { buttonTitles, entities, realServices, visibleText } from '../support/testBot.ts';

const NOT_INTERRUPTED: DispositionOptions = { interrupted: false };

function harness(channelId = 'webchat') {
  const services = { ...realServices(), storage: new MemoryStorage() };
  const state = new ConversationState(services.storage);
  const offers = new Offers(state.createProperty('offers'));
  const handedOff: { pending: PendingHandoff; interrupted: boolean }[] = [];
  const remembered: TriageLevel[] = [];
  const reached: (TriageLevel | undefined)[] = [];
  const handoff = { afterOutcome: async (_c: TurnContext, pending: PendingHandoff, interrupted: boolean) => void handedOff.push({ pending, interrupted }) };
  const reminder = { remember: async (_c: TurnContext, level: TriageLevel) => void remembered.push(level) } as unknown as OutcomeReminder;
  const replies = new DispositionReplies(services, offers, handoff, reminder);
  let next: { facts: DispositionFacts; opts: DispositionOptions } | undefined;
  let offerFound: ((context: TurnContext) => Promise<void>) | undefined;
  const adapter = new TestAdapter(
    async (context) => {
      if (next) {
        await replies.send(context, next.facts, next.opts);
        reached.push(reachedLevel(context));
        next = undefined;
      } else await offerFound?.(context);
      await state.saveChanges(context);
    },
    { channelId, locale: 'en-GB' },
  );
  const { protocol } = services.triage;
  const { messages, clinic } = services.content;
  return {
    services,
    protocol,
    messages,
    clinic,
    handedOff,
    remembered,
    reached,
    /** One disposition; the activities sent, in order. */
    async send(facts: Partial<DispositionFacts>, opts: DispositionOptions = NOT_INTERRUPTED): Promise<Partial<Activity>[]> {
      next = { facts: { flags: {}, ...facts }, opts };
      await adapter.receiveActivity({ type: 'message', text: 'go' });
      return adapter.activeQueue.splice(0) as Partial<Activity>[];
    },
    /** The offer a later message finds (a self-care button's text). */
    async offerFor(text: string) {
      let found: unknown;
      offerFound = async (context) => {
        found = await offers.find(context, text);
      };
      await adapter.receiveActivity({ type: 'message', text });
      return found;
    },
  };
}

const flagsOf = (level: TriageLevel) => realServices().triage.protocol.flags.filter((f) => f.level === level);
const triageOf = (sent: Partial<Activity>[]) => sent.find((a) => a.entities?.some((e) => e.type === 'clinic.triage'))!;

describe('what each level tells the patient', () => {
  it('an emergency: its headline, a call button with the emergency number first, no contact card after', async () => {
    const h = harness('facebook');
    const flag = flagsOf('emergency')[0]!;
    const sent = await h.send({ flags: { [flag.id]: 'yes' } });
    expect(sent).toHaveLength(1);
    const text = visibleText(sent);
    expect(text).toContain(h.protocol.levels.emergency.headline);
    expect(text).not.toContain(h.messages.contact.intro);
    const call = h.messages.disposition.callEmergency.replace('{emergencyNumber}', h.clinic.emergencyNumber);
    expect(buttonTitles(sent)[0]).toBe(call);
    const actions = JSON.stringify(sent[0]!.attachments ?? sent[0]!.suggestedActions);
    expect(actions).toContain(`"tel:${h.clinic.emergencyNumber}"`);
    expect(h.reached).toEqual(['emergency']);
    expect(h.remembered).toEqual(['emergency']);
  });

  it('no call button below an emergency', async () => {
    const h = harness('facebook');
    for (const level of ['urgent', 'soon'] as const) {
      const sent = await h.send({ flags: { [flagsOf(level)[0]?.id ?? 'none']: 'yes' }, ...(level === 'soon' ? { durationDays: 90, severity: 5, improving: 'same' } : {}) });
      expect(entities(sent, 'clinic.triage')[0]).toMatchObject({ level });
      expect(visibleText(sent)).not.toContain(`tel:${h.clinic.emergencyNumber}`);
      expect(buttonTitles(sent).join('\n')).not.toContain(h.clinic.emergencyNumber);
    }
  });

  it('urgent: then how to be seen today (not the ordinary contact card)', async () => {
    const h = harness();
    const flag = flagsOf('urgent')[0]!;
    const sent = await h.send({ flags: { [flag.id]: 'yes' } });
    expect(sent).toHaveLength(2);
    expect(entities(sent, 'clinic.triage')[0]).toMatchObject({ level: 'urgent', reasons: [flag.id] });
    expect(sent.indexOf(triageOf(sent))).toBe(0);
    expect(h.reached).toEqual(['urgent']);
  });

  it('self-care: then the contact card; the same-day card differs from it', async () => {
    const h = harness();
    const calm = await h.send({ durationDays: 2, severity: 2, improving: 'better' });
    expect(calm).toHaveLength(2);
    expect(entities(calm, 'clinic.triage')[0]).toMatchObject({ level: 'self-care' });
    expect(visibleText([calm[1]!])).toContain(h.messages.contact.intro);
    const urgent = await h.send({ flags: { [flagsOf('urgent')[0]!.id]: 'yes' } });
    expect(visibleText([urgent[1]!])).not.toBe(visibleText([calm[1]!]));
  });

  it('the self-care sections of the level are buttons, and each is kept as an offer a later message finds', async () => {
    const h = harness();
    const sent = await h.send({ durationDays: 2, severity: 2, improving: 'better' });
    const links = h.protocol.levels['self-care'].links;
    expect(links.length).toBeGreaterThan(0);
    const buttons = buttonTitles(sent);
    for (const link of links) expect(buttons).toContain(link.section);
    expect(await h.offerFor(links[0]!.section)).toMatchObject({ kind: 'section', article: links[0]!.article, section: links[0]!.section, full: false, via: 'follow-up' });
  });

  it('hands the outcome on to the staff offer with its summary, saying whether it interrupted', async () => {
    const h = harness();
    const flag = flagsOf('urgent')[0]!;
    await h.send({ flags: { [flag.id]: 'yes' } }, { interrupted: true, mentioned: [{ flagId: flag.id, about: 'self' }] });
    expect(h.handedOff).toHaveLength(1);
    const [{ pending, interrupted }] = h.handedOff as [{ pending: PendingHandoff; interrupted: boolean }];
    expect(interrupted).toBe(true);
    expect(pending).toMatchObject({ reason: 'check', level: 'urgent', reasons: [flag.id] });
    expect(pending.summary).toContain(h.protocol.summary.level.replace('{value}', h.messages.disposition.levels.urgent));
  });

  it('records a staff figure marked interrupted or not', async () => {
    const h = harness();
    const flag = flagsOf('urgent')[0]!;
    await h.send({ flags: { [flag.id]: 'yes' } }, { interrupted: true, mentioned: [{ flagId: flag.id, about: 'self' }] });
    await h.send({ flags: { [flag.id]: 'yes' } });
    const day = h.services.now().toISOString().slice(0, 10);
    const mine = (await h.services.figures.recorded(day)).filter((f) => f.kind === 'disposition' && f.reasons.includes(flag.id));
    expect(mine.slice(-2).map((f) => (f as { interrupted: boolean }).interrupted)).toEqual([true, false]);
    expect(mine.at(-1)).toMatchObject({ level: 'urgent', at: expect.stringMatching(new RegExp(`^${day}T`)) });
  });
});

describe('"because you told me" lines', () => {
  it('a sign typed unprompted reads "you mentioned", someone else\'s reads as theirs, an answered one as told', async () => {
    const h = harness();
    const [a, b] = flagsOf('emergency') as [(typeof h.protocol.flags)[number], (typeof h.protocol.flags)[number]];
    const t = h.protocol.reasonTemplates;
    const self = visibleText(await h.send({ flags: { [a.id]: 'yes' } }, { interrupted: true, mentioned: [{ flagId: a.id, about: 'self' }] }));
    expect(self).toContain(t.detected.replace('{label}', a.label));
    const other = visibleText(await h.send({ flags: { [a.id]: 'yes' } }, { interrupted: true, mentioned: [{ flagId: a.id, about: 'other' }] }));
    expect(other).toContain(t.detectedOther.replace('{label}', a.label));
    expect(other).not.toContain(t.detected.replace('{label}', a.label));
    // Not interrupted: a sign answered yes is told, not "mentioned", whatever `mentioned` says.
    const answered = visibleText(await h.send({ flags: { [a.id]: 'yes', [b.id]: 'no' } }, { interrupted: false, mentioned: [{ flagId: a.id, about: 'self' }] }));
    expect(answered).toContain(t.yes.replace('{label}', a.label));
    expect(answered).not.toContain(t.detected.replace('{label}', a.label));
  });

  it('the reasons shown are exactly the disposition\'s, one line each', async () => {
    const h = harness('facebook');
    const [a, b] = flagsOf('emergency') as [(typeof h.protocol.flags)[number], (typeof h.protocol.flags)[number]];
    const t = h.protocol.reasonTemplates;
    // The second sign is the one mentioned: its own label, not the first flag's.
    const text = visibleText(await h.send({ flags: { [a.id]: 'unsure', [b.id]: 'yes' } }, { interrupted: true, mentioned: [{ flagId: b.id, about: 'self' }] }));
    const lines = text.split('\n');
    const from = lines.indexOf(h.messages.disposition.reasonsHeading);
    expect(from).toBeGreaterThan(-1);
    const reasons = lines.slice(from + 1, lines.indexOf('', from));
    expect(reasons.sort()).toEqual([`• ${t.detected.replace('{label}', b.label)}`, `• ${t.unsure.replace('{label}', a.label)}`].sort());
  });

  it('an interruption that names no sign reads each reason as answered', async () => {
    const h = harness();
    const [a] = flagsOf('emergency') as [(typeof h.protocol.flags)[number]];
    const text = visibleText(await h.send({ flags: { [a.id]: 'yes' } }, { interrupted: true }));
    expect(text).toContain(h.protocol.reasonTemplates.yes.replace('{label}', a.label));
    expect(text).not.toContain(h.protocol.reasonTemplates.detected.replace('{label}', a.label));
  });

  it('signs said yes to together read as one line naming each; one alone reads as its own answer', async () => {
    const h = harness('facebook');
    const [a, b] = flagsOf('emergency') as [(typeof h.protocol.flags)[number], (typeof h.protocol.flags)[number]];
    const t = h.protocol.reasonTemplates;
    const together = await h.send({ flags: { [a.id]: 'unsure', [b.id]: 'unsure' } }, { interrupted: false, saidYesTo: [a.id, b.id] });
    const reasons = (triageOf(together).entities!.find((e) => e.type === 'clinic.triage') as unknown as { reasons: string[] }).reasons;
    const line = h.messages.disposition.saidYesTo.replace('{labels}', reasons.filter((r) => [a.id, b.id].includes(r)).map((r) => h.protocol.flags.find((f) => f.id === r)!.label).join('; '));
    const text = visibleText(together);
    expect(text.split(line)).toHaveLength(2);
    expect(text).not.toContain(t.unsure.replace('{label}', a.label));
    // Three together: still one line, naming all three.
    const c = flagsOf('emergency')[2]!;
    const three = visibleText(await h.send({ flags: { [a.id]: 'unsure', [b.id]: 'unsure', [c.id]: 'unsure' } }, { interrupted: false, saidYesTo: [a.id, b.id, c.id] }));
    expect(three.split(h.messages.disposition.saidYesTo.split('{')[0]!)).toHaveLength(2);
    for (const f of [a, b, c]) expect(three).toContain(f.label);
    const alone = visibleText(await h.send({ flags: { [a.id]: 'unsure' } }, { interrupted: false, saidYesTo: [a.id] }));
    expect(alone).toContain(t.unsure.replace('{label}', a.label));
    expect(alone).not.toContain(h.messages.disposition.saidYesTo.split('{')[0]!);
  });
});

describe('the summary a clinician can read', () => {
  const durationLine = (h: ReturnType<typeof harness>, key: keyof ReturnType<typeof harness>['messages']['disposition']['duration'], value?: number) =>
    h.messages.disposition.duration[key].replace('{value}', String(value));

  it('says how long in the unit a person would use, at each boundary', async () => {
    const h = harness();
    const cases: [number, string][] = [
      [0.5, durationLine(h, 'underADay')],
      [1, durationLine(h, 'days', 1)],
      [2.6, durationLine(h, 'days', 3)],
      [13, durationLine(h, 'days', 13)],
      [14, durationLine(h, 'weeks', 2)],
      [60, durationLine(h, 'weeks', 9)],
      [61, durationLine(h, 'months', 2)],
      [200, durationLine(h, 'months', 7)],
    ];
    for (const [days, line] of cases) {
      const text = visibleText(await h.send({ durationDays: days, severity: 2, improving: 'better' }));
      expect(text, `${days} days`).toContain(line);
      const raw = h.protocol.summary.duration.replace('{value}', String(days));
      if (raw !== line) expect(text).not.toContain(raw);
    }
  });

  it('lists the warning signs said no to, in short lower-case words, and the result; not the title', async () => {
    const h = harness();
    const [a, b] = flagsOf('emergency') as [(typeof h.protocol.flags)[number], (typeof h.protocol.flags)[number]];
    const text = visibleText(await h.send({ durationDays: 2, severity: 2, improving: 'better', flags: { [a.id]: 'no', [b.id]: 'no' } }));
    expect(text).toContain(h.messages.disposition.flagsNo.replace('{value}', `${a.short.toLowerCase()}; ${b.short.toLowerCase()}`));
    expect(text).toContain(h.protocol.summary.level.replace('{value}', h.messages.disposition.levels['self-care']));
    expect(text).not.toContain(h.protocol.summary.title);
    const none = visibleText(await h.send({ durationDays: 2, severity: 2, improving: 'better' }));
    expect(none).not.toContain(h.messages.disposition.flagsNo.split('{')[0]!);
  });
});

describe('without the optional parts (no offers, no staff hand-on, no reminder)', () => {
  it('still tells the outcome and the contact card', async () => {
    const services = { ...realServices(), storage: new MemoryStorage() };
    const replies = new DispositionReplies(services);
    const adapter = new TestAdapter(async (context) => void (await replies.send(context, { flags: {}, durationDays: 2, severity: 2, improving: 'better' }, NOT_INTERRUPTED)), {
      channelId: 'webchat',
      locale: 'en-GB',
    });
    await adapter.receiveActivity({ type: 'message', text: 'go' });
    const sent = adapter.activeQueue.splice(0) as Partial<Activity>[];
    expect(entities(sent, 'clinic.triage')[0]).toMatchObject({ level: 'self-care' });
    expect(visibleText(sent)).toContain(services.content.messages.contact.intro);
  });
});
