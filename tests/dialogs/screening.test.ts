// Ask when unsure, never brush a symptom off: what a patient gets when a message may be a red flag
// but is not clear, at the top level and in the middle of the symptom check, on each channel.
import { describe, expect, it } from 'vitest';
import { buttonTitles, entities, realServices, startConversation, visibleText } from '../support/testBot.ts';
import { decideDisposition } from '../../src/clinical/triage/index.ts';
import type { Protocol } from '../../src/clinical/triage/types.ts';
import { advanceTo, questionOf } from '../fixtures/vignettes/patient.ts';

const POSSIBLE_BLADDER = 'I keep having to strain to get any wee out';
const BRUSH_OFF = /I can only help with hip and lower back pain/i;
const SLAPPING = "My foot keeps slapping on the floor when I walk and I trip on the kerb, I guess it's from my back?";

describe('a message that may be a red flag, at the top level', () => {
  it.each(['webchat', 'msteams', 'facebook'])('on %s: one short question with yes / no / not sure, carrying clinic.screen', async (channel) => {
    const chat = startConversation(channel);
    const replies = await chat.say(POSSIBLE_BLADDER);
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).toMatch(/because you mentioned your wee/i);
    expect(buttonTitles(replies)).toEqual(['Yes', 'No', 'Not sure']);
  });

  it('"yes" gives that flag\'s outcome at once', async () => {
    const chat = startConversation('webchat');
    await chat.say(POSSIBLE_BLADDER);
    const replies = await chat.say('yes');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['bladder-dysfunction'] })]);
  });

  it.each(['Not sure', 'dunno', 'maybe'])('"%s" escalates too (when unsure, escalate)', async (answer) => {
    const chat = startConversation('webchat');
    await chat.say(POSSIBLE_BLADDER);
    const replies = await chat.say(answer);
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('an answer it cannot read is asked again once, then counts as not sure', async () => {
    const chat = startConversation('webchat');
    await chat.say(POSSIBLE_BLADDER);
    const again = await chat.say('purple');
    expect(entities(again, 'clinic.screen')).toHaveLength(1);
    expect(entities(again, 'clinic.triage')).toHaveLength(0);
    const replies = await chat.say('banana');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('"no" goes back: the message is answered, not brushed off, and nothing alarms', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say("I'm weeing a lot at night, is that normal with back pain?");
    expect(entities(first, 'clinic.screen')).toHaveLength(1);
    // One question per thing it may be (here the wee, then pain at night): "no" to each.
    let replies = await chat.say('no');
    for (let i = 0; i < 3 && entities(replies, 'clinic.screen').length; i++) replies = await chat.say('no');
    expect(entities(replies, 'clinic.screen')).toHaveLength(0);
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(visibleText(replies)).toContain(chat.services.triage.screening.thanksNo);
    // A question is answered first, then checked; a statement is answered after the "no".
    const all = [...first, ...replies];
    expect(entities(all, 'clinic.answer').length + entities(all, 'clinic.no-answer').length).toBeGreaterThan(0);
  });

  it('"can\'t walk without my stick": asked whether walking is newly lost; after "no", the check is offered, not "only hip and back"', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say("I can't walk without my stick but that's been the case for years");
    expect(entities(first, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['cant-move-leg'] }]);
    expect(entities(first, 'clinic.triage')).toHaveLength(0);
    const replies = await chat.say('no');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(entities(replies, 'clinic.no-answer')).toHaveLength(1);
    expect(visibleText(replies)).not.toMatch(BRUSH_OFF);
    expect(buttonTitles(replies)).toContain(chat.services.content.messages.menu.checkSymptoms);
    const yes = startConversation('webchat');
    await yes.say("I can't walk without help");
    expect(entities(await yes.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['cant-move-leg'] })]);
  });

  it('a message about the body that nothing places gets the emergency signs, then the way on — never a bare brush-off', async () => {
    const chat = startConversation('webchat');
    const first = await chat.say('my wrist really hurts when I type');
    expect(entities(first, 'clinic.screen')).toEqual([expect.objectContaining({ flags: expect.arrayContaining(['chest-pain', 'breathing']) })]);
    expect(visibleText(first)).not.toMatch(BRUSH_OFF);
    const next = await chat.say('no');
    expect(entities(next, 'clinic.no-answer')).toHaveLength(1);
    expect(entities(next, 'clinic.triage')).toHaveLength(0);
  });

  it("a carer's report of someone else's emergency never says \"you mentioned\"", async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('my husband suddenly can not feel his bum or his private parts');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
    expect(visibleText(replies)).not.toMatch(/you mentioned/i);
    expect(visibleText(replies)).toMatch(/someone else/i);
  });

  it('an emergency that is not about the spine gets its one first step', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('blood is pouring out of his leg');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: expect.arrayContaining(['severe-bleeding']) })]);
    expect(visibleText(replies)).toMatch(/press firmly on the wound/i);
  });
});

describe('in the middle of the symptom check', () => {
  it('a possible sign told with an answer: the answer is used, the sign is asked, "no" re-asks the question', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    const replies = await chat.say('my left hip, and I keep having to strain to get any wee out');
    expect(entities(replies, 'clinic.screen')).toHaveLength(1);
    const back = await chat.say('no');
    expect(entities(back, 'clinic.triage')).toHaveLength(0);
    // The location and side were used: the next question is neither of them.
    const asked = questionOf(chat.services.triage.protocol, back);
    expect(asked).toBeDefined();
    expect(['location', 'side']).not.toContain(asked);
  });

  it('a message about the body that the step cannot use gets the emergency signs, not "I did not catch that"', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    const replies = await chat.say('my throat is sore');
    expect(entities(replies, 'clinic.screen')).toHaveLength(1);
    expect(visibleText(replies)).not.toMatch(/did not catch that/i);
    const back = await chat.say('no');
    expect(questionOf(chat.services.triage.protocol, back)).toBe('location');
  });

  it('a question that tells a possible sign is answered and the sign asked about; "no" goes back to the check\'s question', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    // A question the location step cannot use, answered from the articles (fresh red-flag batch 4).
    const replies = await chat.say(SLAPPING);
    expect(entities(replies, 'clinic.answer').length).toBeGreaterThan(0);
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['leg-weakness'] }]);
    const yes = startConversation('webchat');
    await advanceTo(yes, 'location');
    await yes.say(SLAPPING);
    expect(entities(await yes.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['leg-weakness'] })]);
    let back = await chat.say('no');
    for (let i = 0; i < 3 && entities(back, 'clinic.screen').length; i++) back = await chat.say('no');
    expect(entities(back, 'clinic.triage')).toHaveLength(0);
    expect(questionOf(chat.services.triage.protocol, back)).toBe('location');
  });

  it('a question the articles cannot answer, with a possible sign in it, is screened, not asked again bare', async () => {
    // Fresh red-flag batch 14: screened at the top level, but at the location step a question the articles
    // did not answer got a bare "Where is the pain?".
    const QUESTION = 'I write for my husband. His foot catches on the carpet when he walks. What we do?';
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    const replies = await chat.say(QUESTION);
    expect(entities(replies, 'clinic.answer')).toHaveLength(0);
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['leg-weakness'] }]);
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['leg-weakness'] })]);
  });

  it('a sign read at a lower level (a fall) still leaves the screen of what else it may be (a broken hip) to ask', async () => {
    // "Had a fall" is a same-day or soon sign by age: not acted on at this step, so its question
    // about standing and bearing weight must still come (it did not, when any sign was read).
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    const replies = await chat.say('I had a fall on the stairs at home yesterday');
    expect(entities(replies, 'clinic.triage')).toHaveLength(0);
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['hip-fracture', 'trauma'] }]);
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });

  it('a red flag told together with an answer is acted on, not dropped', async () => {
    const chat = startConversation('webchat');
    await advanceTo(chat, 'location');
    const replies = await chat.say("my left hip, and I can't feel my bum");
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
  });
});

describe('more than one thing it may be', () => {
  // Someone else's fever (same-day) is found first in the message, the patient's possible bladder
  // sign (emergency) second: the emergency is asked about first.
  const TWO = 'my husband has a fever. I keep having to strain to get any wee out';

  it('asks about the most urgent first, then the other, one at a time', async () => {
    const chat = startConversation('webchat');
    const { screening } = chat.services.triage;
    const first = await chat.say(TWO);
    expect(entities(first, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(visibleText(first)).toMatch(/because you mentioned your wee/i);
    const second = await chat.say('no');
    expect(entities(second, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['fever-chills'] }]);
    // Whose fever it is, in the clinic's words with the sign's label.
    expect(visibleText(second)).toContain(screening.whose.replace('{label}', 'fever or chills'));
    expect(visibleText(second)).not.toMatch(/because you mentioned/i);
  });

  it('"yes" to whose it is gives the same-day outcome, told as someone else\'s sign, never "you mentioned"', async () => {
    const chat = startConversation('webchat');
    await chat.say(TWO);
    await chat.say('no');
    const outcome = await chat.say('yes');
    expect(entities(outcome, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    expect(visibleText(outcome)).toContain('You told me that someone else has this: fever or chills.');
    expect(visibleText(outcome)).not.toMatch(/you mentioned fever/i);
  });
});

describe('while a screen question waits', () => {
  it('"help" or an empty message: said, then the same screen question again, and "yes" still escalates', async () => {
    const chat = startConversation('webchat');
    const { messages } = chat.services.content;
    await chat.say(POSSIBLE_BLADDER);
    const help = await chat.say('help');
    expect(visibleText(help)).toContain(messages.helpMidCheck);
    expect(entities(help, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(buttonTitles(help)).toEqual(['Yes', 'No', 'Not sure']);
    const empty = await chat.say({ text: '' });
    expect(visibleText(empty)).toContain(messages.emptyMessage);
    expect(entities(empty, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['bladder-dysfunction'] }]);
    expect(entities(await chat.say('yes'), 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['bladder-dysfunction'] })]);
  });
});

describe('a mood cue told as past and present in one breath (found in the eighth mutation round)', () => {
  it('"hopeless years ago and again this week" gets the mood question, not an article about pain that lasts', async () => {
    const chat = startConversation('webchat');
    const replies = await chat.say('I felt hopeless years ago and again this week');
    expect(entities(replies, 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['suicidal'] }]);
    expect(entities(replies, 'clinic.answer')).toEqual([]);
  });
});

describe('"without help I can\'t walk" (found in the eighth mutation round)', () => {
  it('asks whether walking is newly lost, as "I can\'t walk without help" does, instead of answering with an article', async () => {
    for (const text of ["without help I can't walk", "I can't walk without help"]) {
      const chat = startConversation('webchat');
      const replies = await chat.say(text);
      expect(entities(replies, 'clinic.screen'), text).toEqual([{ type: 'clinic.screen', flags: ['cant-move-leg'] }]);
      expect(entities(replies, 'clinic.answer'), text).toEqual([]);
    }
  });
});

describe('"as though" (found in the ninth mutation round)', () => {
  it('"I do not feel as though my legs are weak" is no emergency; "I feel as though my legs are weak" is one', async () => {
    const denied = await startConversation('webchat').say('I do not feel as though my legs are weak');
    expect(entities(denied, 'clinic.triage')).toEqual([]);
    const told = await startConversation('webchat').say('I feel as though my legs are weak');
    expect(entities(told, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency', reasons: ['leg-weakness'] })]);
  });
});

describe('a statement with a question mark (found in the ninth mutation round)', () => {
  it('"she fell and can\'t get up?" is an emergency; "legs weak, can\'t walk?" is asked about', async () => {
    const fell = await startConversation('webchat').say("she fell and can't get up?");
    expect(entities(fell, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'emergency' })]);
    const legs = await startConversation('webchat').say("legs weak, can't walk?");
    expect(entities(legs, 'clinic.screen')).toHaveLength(1);
    expect(entities(legs, 'clinic.triage')).toEqual([]);
  });
});

// "Not sure" counts as yes where the rules would give a lower level for it. With content/triage.yaml
// as it is no flag's "not sure" is lower than the flag (its unsure-urgent-flag rule sees to the
// same-day signs), so "not sure" stays "not sure"; a protocol without that rule is built from it
// below, so the guard is tried too.
describe('"not sure" to a screen question about a same-day sign', () => {
  const OWN_FEVER = 'I have been feeling shaky';

  it('gives the same-day outcome, told as not sure (the rules already give that level)', async () => {
    const chat = startConversation('webchat');
    const { protocol } = chat.services.triage;
    expect(entities(await chat.say(OWN_FEVER), 'clinic.screen')).toEqual([{ type: 'clinic.screen', flags: ['fever-chills'] }]);
    const replies = await chat.say('not sure');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    const label = protocol.flags.find((f) => f.id === 'fever-chills')!.label;
    expect(visibleText(replies)).toContain(protocol.reasonTemplates.unsure.replace('{label}', label));
    expect(visibleText(replies)).not.toContain(protocol.reasonTemplates.yes.replace('{label}', label));
  });

  it('counts as yes where the rules alone would give less: a protocol without the rule for not sure about a same-day sign', async () => {
    const real = realServices();
    const rules = real.triage.protocol.rules.filter((r) => !(r.when.flagLevel === 'urgent' && !(r.when.answers ?? []).includes('yes')));
    expect(rules.length).toBe(real.triage.protocol.rules.length - 1);
    const lenient: Protocol = { ...real.triage.protocol, rules };
    // Without the guard this protocol gives less for "not sure" about the fever sign.
    expect(decideDisposition({ flags: { 'fever-chills': 'unsure' } }, lenient, real.content.clinic).level).not.toBe('urgent');
    const chat = startConversation('webchat', {
      triage: { ...real.triage, protocol: lenient, decide: (facts) => decideDisposition(facts, lenient, real.content.clinic) },
    });
    await chat.say(OWN_FEVER);
    const replies = await chat.say('not sure');
    expect(entities(replies, 'clinic.triage')).toEqual([expect.objectContaining({ level: 'urgent', reasons: ['fever-chills'] })]);
    // An emergency sign's "not sure" is an emergency by the rules themselves: still "not sure".
    const bladder = startConversation('webchat', {
      triage: { ...real.triage, protocol: lenient, decide: (facts) => decideDisposition(facts, lenient, real.content.clinic) },
    });
    await bladder.say(POSSIBLE_BLADDER);
    const label = lenient.flags.find((f) => f.id === 'bladder-dysfunction')!.label;
    expect(visibleText(await bladder.say('not sure'))).toContain(lenient.reasonTemplates.unsure.replace('{label}', label));
  });
});
