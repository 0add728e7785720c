// Issue 10's eighteenth round (fresh batch "myth-checking and hearsay"): the classes behind its misses.
// None is a sentence of the batch. Most went wrong before their fix; the others guard what it must keep.
import { describe, expect, it } from 'vitest';
import { hearsayReader } from '../../../src/clinical/answer/hearsay.ts';
import { loadLexicon } from '../../../src/clinical/answer/lexicon.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => headingOf(engine.answer(q));
const claimOf = hearsayReader(loadLexicon('content/lexicon.yaml').hearsay!);

describe('a claim heard from someone: who said it and the verdict asked for are not the question', () => {
  it.each([
    ['My neighbour at work reckons heat is better than ice for a stiff back. Is that right?', 'heat is better than ice for a stiff back.'],
    ['Is it true that sitting all day wrecks your posture?', 'sitting all day wrecks your posture?'],
    ['Fact or fiction: bed rest is the best thing for a slipped disc', 'bed rest is the best thing for a slipped disc'],
    ['I read online that stretching makes sciatica worse. True?', 'stretching makes sciatica worse.'],
    ['My doctor cousin swears that massage does nothing for back pain. Who is right?', 'massage does nothing for back pain.'],
  ])('%s → %s', (q, claim) => {
    expect(claimOf(q)).toBe(claim);
  });
  it.each([
    'What would you say is the best exercise for my hip?',
    // A question word inside the would-be speaker: it asks, it reports nothing (session 13's batch).
    'bruh what actually causes sciatica, i thought only old people got it',
    'Right hip pain for three weeks, what can I do?',
    'How long does sciatica last?',
    'Tell me about physio',
    // A topic set before a dash is no speaker (session 27, batch "topic first").
    'Bursitis - my neighbour reckons I have it. What even is it?',
  ])('a question that reports nothing is kept whole: %s', (q) => {
    expect(claimOf(q)).toBe(q);
  });
  it('the speaker\'s words do not choose the section (a job, a doctor)', () => {
    expect(first('A lad at work told me sciatica comes from sitting on your wallet. Is that right?')).not.toBe('Going back to work');
    expect(first('My GP friend says a slipped disc always needs an operation, is that true?')).not.toBe('When to see a doctor');
  });
});

describe('a food or substance word said of one of our treatments', () => {
  it.each([
    ['Is acupuncture a waste of money for hip pain?', 'Massage, acupuncture and chiropractic'],
    ['is physiotherapy just a waste of time', 'Physiotherapy'],
    ['chiropractors and all that stuff, does it work?', 'Massage, acupuncture and chiropractic'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
  it.each(['how much protein should I eat to build muscle at the gym', 'best keto meal plan for this month', 'which coffee beans are best for espresso'])(
    'a question about the food itself is still not ours: %s',
    (q) => {
      expect(engine.answer(q).kind).toBe('none');
    },
  );
});

describe('the weather said with a subject of ours', () => {
  it('"does damp weather make hip arthritis worse" is about arthritis; the forecast is still not ours', () => {
    expect(first('does damp weather make arthritis in my hip worse?')).toBe('Arthritis and osteoarthritis');
    expect(engine.answer('what will the weather be like tomorrow?').kind).toBe('none');
  });
});

describe('who am I talking to, said with an adverb between (fresh answer batch 20)', () => {
  it.each([
    ['Am I seriously talking to a robot right now?', 'clinic:who'],
    ['am I actually speaking to a person here?', 'clinic:who'],
    ["Let me speak to an actual human being, please. I'm not typing my life story into a bot.", 'clinic:human'],
  ])('%s → %s', (q, want) => {
    expect(first(q)).toBe(want);
  });
});

describe('another illness told beside a hip or back question (fresh answer batch 21)', () => {
  it.each([
    ["I'm diabetic. Is heat or ice better for my sore lower back?", 'Heat or ice'],
    ['I have asthma and my lower back has ached for a week, how soon does it usually get better?', 'How soon back pain gets better'],
    ['I had covid and my lower back is stiff, is heat or ice better?', 'Heat or ice'],
  ])('%s → %s', (q, heading) => {
    expect(first(q)).toBe(heading);
  });
  it.each(['what should my blood sugar be before breakfast?', 'is my blood pressure of 150 over 90 too high?', 'best inhaler for asthma at night?'])(
    'the illness alone is still not ours: %s',
    (q) => {
      expect(engine.answer(q).kind).toBe('none');
    },
  );
  it('"lately" is no late opening: "my asthma is worse at night lately" asks no opening hours', () => {
    expect(first('My asthma is worse at night lately. Should I change my inhaler?')).not.toBe('clinic:hours');
    expect(first('are you open late on Thursdays?')).toBe('clinic:hours');
  });
});
