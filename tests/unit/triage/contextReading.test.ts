// The reading of context around a red flag (src/clinical/triage/context.ts), through detect() and
// screenQuestionsFor() only. Written for the mutants of context.ts that survived the eighth round's
// run (README, "Survivors in `context.ts`, ninth round"). Every case builds its detectors inside
// the test, so that what building does (the word lists of `language` in content/triage.yaml, read
// as lower-case sets) is measured as well as what reading a message does.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { loadScreening, screenQuestionsFor } from '../../../src/clinical/triage/screening.ts';

const dir = path.resolve('content');
const protocol = loadProtocol(path.join(dir, 'triage.yaml'));
const screening = loadScreening(path.join(dir, 'screening.yaml'), protocol);

/** As the bot builds it (with the screening questions and their cue words), and the flags alone. */
const build = () => ({ detector: createRedFlagDetector(protocol, { screening }), plain: createRedFlagDetector(protocol) });
type Result = ReturnType<ReturnType<typeof build>['detector']['detect']>;
const alarms = (r: Result) => r.hits.filter((h) => h.level === 'emergency' || h.level === 'urgent').map((h) => h.flagId);
const screensAsked = (r: Result) => r.possible.map((p) => p.screenId).sort();
const question = (id: string) => {
  const screen = screening.screens.find((s) => s.id === id)!;
  return screening.template.replace('{mentioned}', screen.mentioned).replace('{question}', screen.question);
};

describe('the word lists of `language`, as a detector built from content/ reads them', () => {
  it('a word pointing back ("they") carries the legs of the sentence before', () => {
    const { detector, plain } = build();
    expect(protocol.language.anaphora).toContain('they');
    expect(alarms(plain.detect('My legs hurt. They are both weak'))).toEqual(['leg-weakness']);
    expect(screensAsked(detector.detect('My legs hurt. They are both weak'))).toEqual(['legs']);
  });

  it('"if" after a word of knowing ("can\'t tell if") asks what the patient cannot tell: the sign itself', () => {
    const { detector, plain } = build();
    expect(protocol.language.hypothetical.knowing).toContain('tell');
    const own = detector.detect("I can't tell if I need a poo, will it pass?");
    expect(own.hits).toEqual([]);
    expect(screenQuestionsFor(own, screening, protocol, true).map((q) => q.text)).toEqual([question('bowel')]);
    expect(plain.detect('how do I know if I have wet myself?').possible).toEqual([{ screenId: 'bladder-dysfunction', flags: ['bladder-dysfunction'], reason: 'whose' }]);
  });

  it('the "you" of anyone in a question is asked about', () => {
    const { plain } = build();
    expect(protocol.language.genericYou).toContain('you');
    expect(plain.detect('Is it normal for a leg to just buckle under you?').possible).toEqual([{ screenId: 'leg-weakness', flags: ['leg-weakness'], reason: 'whose' }]);
  });

  it('someone named before a question about them makes what is told first a report', () => {
    const { plain } = build();
    expect(protocol.language.someone).toContain('her');
    expect(plain.detect('her foot is turned out funny, should she rest it?').hits).toEqual([expect.objectContaining({ flagId: 'hip-fracture', level: 'emergency' })]);
  });

  it('"not" set against what can be done ("I can move my left leg but not my right") is the other half of a contrast', () => {
    const { detector } = build();
    expect(protocol.language.negation.bareNot).toContain('not');
    expect(protocol.language.negation.ellipsisFillers).toContain('my');
    expect(protocol.language.negation.ability).toContain('can');
    expect(alarms(detector.detect('I can move my left leg but not my right'))).toEqual(['cant-move-leg']);
    expect(screensAsked(detector.detect('I can feel my legs, not my saddle area'))).toEqual(['saddle']);
  });
});

describe('a denial that is also the words of a sign', () => {
  it('"in control of" denies the bladder sign it is said of, and no sign told after it', () => {
    // "in control of" is both a denial (language.negation.before) and a "control is kept" term of the
    // same length: the kept control denies the bladder; as a denial it would reach "numb down there".
    const { plain } = build();
    expect(protocol.language.negation.before).toContain('in control of');
    const kept = plain.detect('I am in control of my bladder');
    expect(kept.hits).toEqual([]);
    expect(kept.denied).toEqual(['bladder-dysfunction']);
    expect(alarms(plain.detect('in control of my bladder and numb down there'))).toContain('saddle-numbness');
  });
});

describe('a correction word at the start of a sentence has nothing before it to take back', () => {
  it('"well, maybe …" first: the sign told after it is reported', () => {
    const { plain } = build();
    expect(protocol.language.negation.corrections).toEqual(expect.arrayContaining(['well', 'maybe']));
    expect(plain.detect('well maybe I have a fever').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', level: 'urgent', about: 'self' })]);
    expect(alarms(plain.detect('Well, maybe I am numb down there'))).toEqual(['saddle-numbness']);
  });
});

describe('where the question of a sentence starts', () => {
  it('a question from its first word stays general, whatever follows its comma', () => {
    const { detector, plain } = build();
    for (const text of ['could sciatica cause a fever, is that common?', 'what does a fever mean, is it serious?']) {
      expect(plain.detect(text).hits, text).toEqual([]);
      expect(plain.detect(text).possible, text).toEqual([]);
      expect(detector.detect(text).possible, text).toEqual([]);
    }
  });

  it('the question starts at the comma before a question word, not at a question word inside it', () => {
    // "why" inside the question part is no new start: the fever stays inside a question about her.
    const { plain } = build();
    expect(alarms(plain.detect('she has been off colour, could a fever be why she is tired?'))).toEqual([]);
  });

  it('a comma followed by no question word does not start the question: the one before it does', () => {
    // ", or just a cold?" is part of the question that starts at ", is it".
    const { plain } = build();
    expect(alarms(plain.detect('he has been off colour, is it a fever, or just a cold?'))).toEqual([]);
    // Told before the question about her, it is a report.
    expect(plain.detect('she has a fever, is it catching?').possible).toEqual([{ screenId: 'fever-chills', flags: ['fever-chills'], reason: 'whose' }]);
  });

  it('someone named only inside the question does not make what is told before it a report', () => {
    // "Feeling feverish" is no one's: set aside, and asked about.
    const { detector, plain } = build();
    for (const text of ['Feeling feverish, should he worry?', 'Feeling feverish, should they check it?']) {
      expect(plain.detect(text).hits, text).toEqual([]);
      expect(plain.detect(text).possible, text).toEqual([{ screenId: 'fever-chills', flags: ['fever-chills'], reason: 'whose' }]);
      expect(screensAsked(detector.detect(text)), text).toEqual(['fever']);
    }
  });

  it('someone named by a phrase ("somebody at work") before the question makes it theirs: asked whose', () => {
    const { detector } = build();
    for (const text of ['somebody at work has a fever, is it catching?', 'a friend has a fever, is it catching?']) {
      expect(detector.detect(text).hits, text).toEqual([]);
      expect(detector.detect(text).possible, text).toContainEqual({ screenId: 'fever-chills', flags: ['fever-chills'], reason: 'whose' });
    }
  });

  it('a question word as the last word, or a bracket before the question mark, is read', () => {
    const { plain } = build();
    expect(plain.detect("she can't feel her legs, why?").hits).toEqual([expect.objectContaining({ flagId: 'bilateral-sciatica', level: 'emergency', about: 'other' })]);
    expect(plain.detect('is she ok with a high fever (a bad one)?').hits).toEqual([]);
    expect(plain.detect('she has a fever, why (is it the flu)?').hits).toEqual([]);
  });
});

describe('whose sign it is', () => {
  it('"me" ends someone else\'s part: a fever caught from them is the patient\'s', () => {
    const { plain } = build();
    expect(plain.detect('my son gave me a fever').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', level: 'urgent', about: 'self' })]);
  });

  it('"too" in their clause does not make the patient\'s own clause about a sign: asked whose', () => {
    const { plain } = build();
    const r = plain.detect('my mum has cancer too, and I am worried about my own back');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([{ screenId: 'cancer-history', flags: ['cancer-history'], reason: 'whose' }]);
  });

  it('a message ending in "and" is read: someone else\'s fever is asked whose', () => {
    const { plain } = build();
    expect(plain.detect('my wife has a fever and').possible).toEqual([{ screenId: 'fever-chills', flags: ['fever-chills'], reason: 'whose' }]);
  });
});

describe('a figure of speech borrows a sign only in its own clause', () => {
  it('"wet myself laughing" is asked about; numbness told after the comma is an emergency', () => {
    const { detector } = build();
    expect(alarms(detector.detect('I nearly wet myself laughing'))).toEqual([]);
    expect(alarms(detector.detect('I nearly wet myself laughing, but now I am numb down there'))).toEqual(['saddle-numbness']);
  });
});

describe('"as though" is a likeness, not a contrast (found from the ninth round\'s survivor at context.ts 162)', () => {
  // "though" is a terminator and a contrast word; inside "as though" (the likeness words that cancel a
  // stab wound in content/triage.yaml) it was read as one, so a denial, an "if", the distant past or
  // someone else's part of the sentence stopped at it: "I do not feel as though my legs are weak" was
  // an emergency.
  it('what comes after "as though" is read with the words before it', () => {
    const { detector, plain } = build();
    const denied = plain.detect('I do not feel as though my legs are weak');
    expect(denied.hits).toEqual([]);
    expect(denied.denied).toEqual(['leg-weakness']);
    expect(alarms(detector.detect('what if it feels as though my legs are weak?'))).toEqual([]);
    expect(alarms(plain.detect('years ago it felt as though my legs were weak'))).toEqual([]);
    expect(plain.detect('my wife feels as though her legs are weak').hits).toEqual([expect.objectContaining({ flagId: 'leg-weakness', level: 'emergency', about: 'other' })]);
  });

  it('told plainly, or after a "though" of its own, the sign is still an emergency', () => {
    const { plain } = build();
    expect(plain.detect('I feel as though my legs are weak').hits).toEqual([expect.objectContaining({ flagId: 'leg-weakness', level: 'emergency', about: 'self' })]);
    const r = plain.detect('no fever, though my legs are weak');
    expect(alarms(r)).toEqual(['leg-weakness']);
    expect(r.denied).toEqual(['fever-chills']);
  });
});

describe('a statement with a question mark, and no question word anywhere (found from the ninth round\'s survivors at questionStart)', () => {
  // A sentence ending in "?" with no word about the asker was read as a general question from its
  // first word, even when no question word started it or any part of it: "legs weak, can't walk?"
  // and "she fell and can't get up?" got nothing at all. Such a sentence is told, not asked: someone's
  // is a report, no one's is asked about.
  it('no one\'s signs told with a question mark are asked about, not alarmed', () => {
    const { detector } = build();
    const r = detector.detect("legs weak, can't walk?");
    expect(r.hits).toEqual([]);
    expect(screensAsked(r)).toEqual(['legs', 'walking']);
    expect(screensAsked(detector.detect('numb down there?'))).toEqual(['saddle']);
  });

  it('someone\'s emergency told with a question mark is acted on, as without it', () => {
    const { plain } = build();
    for (const text of ["she fell and can't get up?", "she fell and can't get up"]) {
      expect(plain.detect(text).hits, text).toEqual([
        expect.objectContaining({ flagId: 'cant-move-leg', level: 'emergency', about: 'other' }),
        expect.objectContaining({ flagId: 'hip-fracture', level: 'emergency', about: 'other' }),
      ]);
    }
  });

  it('a question from its first word, or one after a comma, is still general', () => {
    const { detector } = build();
    for (const text of ['could sciatica affect both legs?', 'is leg weakness serious?', 'just checking, is weight loss with back pain something to worry about?']) {
      expect(detector.detect(text).hits, text).toEqual([]);
      expect(detector.detect(text).possible, text).toEqual([]);
    }
  });
});

describe('the words that say something can be done (language.negation.ability)', () => {
  it('"able to" before a "not" sets the organ after it against what is possible: asked about', () => {
    const { detector } = build();
    expect(protocol.language.negation.ability).toContain('able');
    expect(screensAsked(detector.detect('I am able to feel my legs, not my saddle'))).toEqual(['saddle']);
  });
});
