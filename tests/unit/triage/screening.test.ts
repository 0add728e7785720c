// The detector's "possible" tier and the normal form of text: what is asked rather than brushed
// off, what is acted on at once, and what is left alone. Built from content/ as the bot builds it.
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { screenQuestions, emergencyQuestion } from '../../../src/clinical/triage/screening.ts';
import { normaliseText } from '../../../src/clinical/text/normalise.ts';
import { askedFlags as possibleFlags, detector, hitIds, protocol, screening } from './contentDetector.ts';

const plain = createRedFlagDetector(protocol);

describe('text is read in one normal form', () => {
  it.each([
    ["I can't c\u200bontrol my bl\u200badder", 'zero-width space'],
    ["I can't control my bl\u00adadder", 'soft hyphen'],
    ["I can't control my ｂｌａｄｄｅｒ", 'full-width letters'],
    ["I can't control my bl\u0430dder", 'Cyrillic look-alike'],
  ])('"%s" (%s) is the same red flag', (text) => {
    expect(normaliseText(text)).toBe("I can't control my bladder");
    expect(hitIds(text)).toContain('bladder-dysfunction');
  });
  it('a joiner between two emoji is kept, as it makes them one ("🧑‍⚕️" is a health worker); elsewhere it goes', () => {
    expect(normaliseText('a physio \u{1F9D1}\u200D\u2695\uFE0F does')).toBe('a physio \u{1F9D1}\u200D\u2695 does');
    expect(normaliseText('bl\u200Dadder')).toBe('bladder');
    expect(normaliseText('leg\u200D\u{1F9B5}')).toBe('leg\u{1F9B5}');
    const once = normaliseText('run \u{1F3C3}\u{1F3FD}\u200D\u2640\uFE0F now');
    expect(normaliseText(once)).toBe(once);
  });
});

describe('emergencies that are not about the spine, whoever they are about', () => {
  it.each([
    ['my little boy is choking on a grape and he can not cough', 'choking'],
    ['my wife just collapsed and is not responding', 'unresponsive'],
    ['he has been having a fit for over 5 minutes', 'seizure'],
    ['blood is spurting out of his leg', 'severe-bleeding'],
    ['stung by a wasp, my face is puffing up and swollen and I am wheezy', 'anaphylaxis'],
    ["my mum's face has dropped on one side and her speech is slurred", 'stroke'],
    ['my dad is suddenly confused and talking nonsense', 'sudden-confusion'],
    ['she banged her head and keeps being sick', 'head-injury'],
  ])('"%s" → %s', (text, flag) => {
    const result = detector.detect(text);
    const hit = result.hits.find((h) => h.flagId === flag);
    expect(hit?.level).toBe('emergency');
  });

  it('gives the one first step that matters, from content', () => {
    for (const id of ['choking', 'severe-bleeding', 'anaphylaxis']) {
      expect(protocol.flags.find((f) => f.id === id)?.advice).toBeTruthy();
    }
    expect(protocol.flags.find((f) => f.id === 'anaphylaxis')?.advice).toMatch(/adrenaline/i);
    expect(protocol.flags.find((f) => f.id === 'severe-bleeding')?.advice).toMatch(/press/i);
  });
});

describe('ask when unsure: possible signs get one question', () => {
  it.each([
    ['I keep having to strain to get any wee out', 'bladder-dysfunction'],
    ['my foot keeps slapping the ground when I walk', 'leg-weakness'],
    ['stockpiling my tramadol', 'overdose'],
    ["I've written goodbye letters to my kids", 'suicidal'],
    ['I feel completely hopeless about everything', 'suicidal'],
    ['I came off my bike this morning', 'hip-fracture'],
    ["I've felt a bit unwell and shaky since yesterday", 'fever-chills'],
  ])('"%s" may be %s', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(possibleFlags(text)).toContain(flag);
  });

  it('a question about a sign, asked about oneself, is checked; a general question is not', () => {
    expect(possibleFlags('my physio told me to watch out for bladder changes, what counts?')).toContain('bladder-dysfunction');
    expect(detector.detect('what does saddle anaesthesia mean?').hits).toEqual([]);
  });

  it("someone else's same-day sign asks whose it is; a pet's is never acted on", () => {
    const husband = detector.detect('my husband has prostate cancer');
    expect(husband.hits.map((h) => h.flagId)).not.toContain('cancer-history');
    expect(husband.possible).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'whose', flags: ['cancer-history'] })]));
    const dog = detector.detect('our old dog can not stand up');
    expect(dog.hits).toEqual([]);
    expect(dog.possible.length).toBeGreaterThan(0);
  });

  it('an emergency happening to someone else now is acted on, with whose it is', () => {
    const hit = detector.detect('my husband can not feel his bum or his bits').hits.find((h) => h.flagId === 'saddle-numbness');
    expect(hit?.about).toBe('other');
  });

  it('denials and resolved pasts are neither alarms nor questions', () => {
    for (const text of ['no fever', 'I can still control my bladder', 'wees and poos all normal, just the ache in my hip']) {
      const r = detector.detect(text);
      expect(r.hits.filter((h) => h.level !== 'soon'), text).toEqual([]);
    }
    expect(detector.detect('no fever').possible).toEqual([]);
  });

  it('a message about the body is noticed even when nothing is placed', () => {
    expect(detector.detect('my wrist hurts when I type').aboutBody).toBe(true);
    expect(detector.detect('what are your opening hours?').aboutBody).toBe(false);
  });

  it('builds the questions from content, most urgent first, and the emergency signs question', () => {
    const questions = screenQuestions(detector.detect('I have been weeing and feel hopeless').possible, screening, protocol);
    expect(questions[0]!.text).toMatch(/^Just to check, because you mentioned/);
    expect(questions.flatMap((q) => q.flags)).toEqual(expect.arrayContaining(['bladder-dysfunction', 'suicidal']));
    expect(emergencyQuestion(screening).flags).toContain('chest-pain');
  });

  it('every screen question reads as a whole sentence: what was mentioned, then the question, no placeholder left', () => {
    for (const screen of screening.screens) {
      const [question] = screenQuestions([{ screenId: screen.id, flags: screen.flags, reason: 'cue' }], screening, protocol);
      expect(question!.text).toContain(screen.mentioned);
      expect(question!.text).toContain(screen.question);
      expect(question!.text).not.toMatch(/[{}]/);
      expect(question!.about).toBe('self');
    }
    expect(emergencyQuestion(screening)).toEqual({ flags: screening.emergency.flags, text: screening.emergency.question, about: 'self' });
  });

  it('a screen or flag the content no longer has is passed over or named plainly, never a crash', () => {
    // An emergency screen, asked before anything of unknown level (which counts as "book soon").
    const known = screening.screens.find((s) => s.flags.some((f) => protocol.flags.find((p) => p.id === f)?.level === 'emergency'))!;
    const questions = screenQuestions(
      [
        { screenId: 'retired-screen', flags: ['retired-flag'], reason: 'cue' },
        { screenId: 'retired-flag', flags: ['retired-flag'], reason: 'whose' },
        { screenId: known.id, flags: known.flags, reason: 'cue' },
      ],
      screening,
      protocol,
    );
    expect(questions.map((q) => q.about)).toEqual(['self', 'other']);
    expect(questions[0]!.flags).toEqual(known.flags);
    expect(questions[1]!.text).toBe(screening.whose.replace('{label}', 'retired-flag'));
  });

  it('WordNet widens the words: a synonym nobody wrote by hand is a cue', () => {
    // "micturition" comes from WordNet's urination.n.1 only (content/vocabulary.wordnet.yaml).
    expect(Object.values(screening.concepts).flat()).not.toContain('micturition');
    expect(possibleFlags('my micturition has changed')).toContain('bladder-dysfunction');
    expect(plain.detect('my micturition has changed').possible).toEqual([]);
  });
});

describe("a condition's name is not a cue", () => {
  it.each(['I think I have a slipped disc, what now', 'can a slipped disk heal on its own', 'do fallen arches cause back pain', 'I have a slipped disc and fallen arches, what can I do'])(
    '"%s" asks about no fall',
    (text) => {
      expect(detector.detect(text).possible.map((p) => p.screenId)).not.toContain('fall');
    },
  );
  it('still asks when there was a slip as well', () => {
    expect(detector.detect('I slipped on ice and now I think I have a slipped disc').possible.map((p) => p.screenId)).toContain('fall');
  });
});

describe('"X but not Y": the second thing is read as not done', () => {
  it.each([
    ['I can control my bladder but not my bowels', 'bowel-dysfunction'],
    ['I can still feel my feet but not my bum', 'saddle-numbness'],
  ])('"%s" reports %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('still reads the first part as it was said', () => {
    expect(detector.detect('I can control my bladder but not my bowels').denied).toContain('bladder-dysfunction');
    expect(hitIds('I can control my bladder and my bowels')).toEqual([]);
  });
});

describe('the other half of a contrast, without its verb ("…, not my bladder"): asked about, never taken as a denial', () => {
  it.each([
    ['I have full control, not of my bladder though', 'bladder-dysfunction'],
    ['I have full control of my legs, not of my bladder though', 'bladder-dysfunction'],
    ['I have control of my bowels not my bladder', 'bladder-dysfunction'],
    ['I can feel my legs, not my saddle area', 'saddle-numbness'],
    ['I can feel my thighs, not my genitals', 'saddle-numbness'],
    ['legs are working fine, not my bladder', 'bladder-dysfunction'],
    ['I have control over my bowels, not over my bladder anymore', 'bladder-dysfunction'],
  ])('"%s" asks about %s', (text, flag) => {
    const read = detector.detect(text);
    expect(read.possible.flatMap((p) => p.flags)).toContain(flag);
    expect(read.denied).not.toContain(flag);
  });

  it('"not sure" between a control said to be fine and an organ leaves the organ asked about', () => {
    const read = detector.detect('I can control my bladder, not sure about my bowels');
    expect(read.possible.flatMap((p) => p.flags)).toContain('bowel-dysfunction');
    expect(read.denied).toContain('bladder-dysfunction');
  });

  it.each([
    'no bladder or bowel problems at all',
    'I have full control of my bladder and bowels',
    'I have full control, no bladder issues',
    'I can still control my bladder fine',
    'I feel ok, not feverish or anything',
    'pain in my hip, not numb anywhere',
    'I am not incontinent',
    'I can control my bladder and my bowels, just my back aches',
  ])('a denial stays a denial: "%s" asks nothing', (text) => {
    const read = detector.detect(text);
    expect(read.hits).toEqual([]);
    expect(read.possible).toEqual([]);
  });

  it('asks the organ\'s own screen (not "whose is it"); without screens the sign is taken as told', () => {
    const read = detector.detect('I have full control of my legs, not of my bladder though');
    expect(read.possible.map((p) => [p.screenId, p.reason])).toContainEqual(['bladder', 'cue']);
    expect(plain.detect('I have full control of my legs, not of my bladder though').hits.map((h) => h.flagId)).toContain('bladder-dysfunction');
    expect(plain.detect('I have full control of my legs and my bladder').hits).toEqual([]);
  });

  it('only after something said to be fine or possible: a reply or a clarification stays a denial', () => {
    for (const text of ['No, not my bladder', 'Nope, not my bowels', 'no problems peeing, not with my bowels either', 'sorry, not my bladder, just my back', "it's my back that hurts, not my bladder"]) {
      expect(possibleFlags(text), text).toEqual([]);
      expect(hitIds(text), text).toEqual([]);
    }
    expect(possibleFlags('legs are working fine, not my bladder')).toContain('bladder-dysfunction');
    expect(possibleFlags('I have full control of my legs and not my bladder')).toContain('bladder-dysfunction');
    // What is fine must come first, and not be denied itself.
    for (const text of ['Not my bladder.', 'my back hurts, not my bladder, that is fine', 'my legs are not fine, not my bladder']) {
      expect(possibleFlags(text), text).toEqual([]);
    }
  });

  it('a "not" with a word of its own is a denial ("not numb")', () => {
    expect(possibleFlags('my legs are fine, not numb')).toEqual([]);
    expect(possibleFlags('my legs are fine, not my bladder')).toContain('bladder-dysfunction');
  });

  it('telling the sign itself after the contrast does not make it a denial', () => {
    for (const text of ["I can feel my legs, not my saddle area, it's numb", "my legs feel normal, not my bum though, it's gone numb"]) {
      const read = detector.detect(text);
      expect([...read.hits.map((h) => h.flagId), ...read.possible.flatMap((p) => p.flags)], text).toContain('saddle-numbness');
      expect(read.denied, text).not.toContain('saddle-numbness');
    }
  });
});

describe('a sign told after "but", a comma or "and they", its part of the body only inside an earlier denial: asked about, never denied', () => {
  it.each([
    ["no pain in my legs but they're both weak", 'leg-weakness'],
    ["no pain in my legs, they're both weak", 'leg-weakness'],
    ["no pain in my legs and they're both weak", 'leg-weakness'],
    ['no pain in my legs although both are weak now', 'leg-weakness'],
    ['no issues with my legs but they keep giving way', 'leg-weakness'],
    ["no problems with my bladder but it's leaking a bit", 'bladder-dysfunction'],
  ])('"%s" asks about %s', (text, flag) => {
    const read = detector.detect(text);
    expect(possibleFlags(text)).toContain(flag);
    expect(read.denied).not.toContain(flag);
  });

  it('a denied sign stays denied when only the part of the body comes after "but"', () => {
    for (const text of ['no weakness but my legs ache', 'no loss of control but my bladder feels full', 'No numbness, but the pain goes down my leg']) {
      const read = detector.detect(text);
      expect([...read.hits.map((h) => h.flagId), ...read.possible.flatMap((p) => p.flags)], text).toEqual([]);
    }
  });

  it('only a sign told after the contrast: feeling weak in general, the legs said to be fine, is no leg weakness', () => {
    for (const text of ['no pain in my legs, I just feel weak and tired with this cold', 'no pain in my legs and I feel weak with this cold', 'I feel weak, but no pain in my legs']) {
      expect(possibleFlags(text), text).not.toContain('leg-weakness');
      expect(hitIds(text), text).not.toContain('leg-weakness');
    }
  });

  it('a clause that names its own part of the body, or calls the part fine, is no sign of the denied part', () => {
    for (const text of ['no chest pain, no shortness of breath, just back ache', 'no pain in my legs, they feel fine', 'no pain in my legs, they are both fine']) {
      expect(detector.detect(text).possible, text).toEqual([]);
      expect(hitIds(text), text).toEqual([]);
    }
  });

  it('a sign and its part of the body both after "but" are still a report', () => {
    expect(hitIds('no pain in my back but my legs are weak')).toContain('leg-weakness');
  });
});

describe('"they", "it", "both" in a sentence after one that names a part of the body: asked about', () => {
  it.each([
    ["My legs hurt. They're both weak", 'leg-weakness'],
    ['my legs have been bad. both are weak now', 'leg-weakness'],
    ["no pain in my legs. they're both weak", 'leg-weakness'],
    ["My bladder. It's leaking and I can't stop it", 'bladder-dysfunction'],
  ])('"%s" asks about %s', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
  });

  it('is asked, never taken as told at once; without screens it stands as told, with the words it was read from', () => {
    expect(hitIds("My legs hurt. They're both weak")).not.toContain('leg-weakness');
    for (const [text, words] of [
      ["My legs hurt. They're both weak", 'they are both weak'],
      ["no pain in my legs but they're both weak", 'legs but they are both weak'],
    ]) {
      expect(plain.detect(text!).hits.map((h) => [h.flagId, h.evidence]), text).toContainEqual(['leg-weakness', words]);
    }
  });

  it('points back only to parts of the body, only when the sentence names none of its own, and only from "they", "it", "both"…', () => {
    expect(possibleFlags('My legs feel fine. My back is weak and it aches')).not.toContain('leg-weakness');
    expect(possibleFlags('My legs are fine. Feeling a bit weak from the flu')).not.toContain('leg-weakness');
    // A sign denied in the sentence before is not brought back by "it".
    const read = detector.detect('No fever at all. It keeps coming back');
    expect([...read.hits.map((h) => h.flagId), ...read.possible.flatMap((p) => p.flags)]).not.toContain('fever-chills');
  });

  it('a denial stays a denial, and a sentence that names its own part of the body is read as told', () => {
    expect(possibleFlags("My legs hurt. They're not weak")).toEqual([]);
    expect(hitIds('My back hurts. Both my legs are weak')).toContain('leg-weakness');
  });
});

describe('a word that limits a sign cancels it even when it holds a "without" ("without pain")', () => {
  it('"I can\'t walk without pain" is no emergency; "I can\'t walk" still is', () => {
    expect(hitIds("I can't walk without pain")).toEqual([]);
    expect(hitIds("I can't walk without it hurting")).toEqual([]);
    expect(hitIds("I can't move my leg without pain")).toEqual([]);
    expect(hitIds("I can't walk")).toContain('cant-move-leg');
  });
  it('it limits only the words right before it: "can\'t walk at all and can\'t sit without pain" still cannot walk', () => {
    expect(hitIds("I can't walk at all and can't sit without pain")).toContain('cant-move-leg');
  });
  it('"without …" after "can\'t walk" asks whether walking is newly lost, whatever follows it; a plain limit cancels', () => {
    for (const text of ["I can't walk without pain", "I can't walk without my stick, that's been years", "I can't walk any distance without stopping", "I can't walk without help"]) {
      expect(hitIds(text), text).toEqual([]);
      expect(detector.detect(text).possible.map((p) => p.screenId), text).toContain('walking');
    }
    expect(detector.detect("I can't walk far").possible).toEqual([]);
    expect(hitIds("I can't walk far")).toEqual([]);
  });
  it('without screens a limit that may only limit leaves the sign standing (unclear is not "no")', () => {
    expect(plain.detect("I can't walk without my stick").hits.map((h) => h.flagId)).toContain('cant-move-leg');
    expect(plain.detect("I can't walk far").hits).toEqual([]);
  });
  it('"without …" reaches back three words at most, and past no denial', () => {
    expect(detector.detect("I can't walk any distance without stopping").possible.map((p) => p.screenId)).toContain('walking');
    expect(hitIds("I can't walk the dog today without my stick")).toEqual([]);
    expect(detector.detect("I can't walk the dog today without my stick").possible.map((p) => p.screenId)).toContain('walking');
    expect(hitIds("I can't walk any real distance now without stopping")).toContain('cant-move-leg');
  });
  it('after a fall it is still asked about', () => {
    expect(possibleFlags("I fell and can't walk without pain")).toContain('hip-fracture');
  });
  it('"without …" said just before the sign is asked about the same, not read as a denial (it was, before the eighth mutation round)', () => {
    for (const text of ["without my stick I can't walk", "without help I can't walk", "without help I can't move my leg"]) {
      const r = detector.detect(text);
      expect(r.hits, text).toEqual([]);
      expect(r.denied, text).not.toContain('cant-move-leg');
      expect(r.possible.map((p) => p.screenId), text).toContain('walking');
    }
    // Without screens, unclear is not "no": the sign stands.
    expect(plain.detect('without help I can not walk').hits.map((h) => h.flagId)).toContain('cant-move-leg');
    // Said on its own after a comma, it is the sign itself; "without" with no sign denies nothing.
    expect(hitIds("without my stick, I can't walk")).toContain('cant-move-leg');
    expect(detector.detect('without pain I can walk').possible).toEqual([]);
    expect(hitIds('without pain I can walk')).toEqual([]);
  });
  it('a limiting word denied from outside still does not cancel ("not from a hot pack")', () => {
    expect(hitIds('I have a hot swollen hip, not from a hot pack')).toContain('hot-swollen-hip');
  });
});

describe('mutation-testing findings', () => {
  it('asks about mood when asked whether hopelessness is normal', () => {
    expect(possibleFlags('is it normal to feel hopeless?')).toContain('suicidal');
    // "normal" still cancels other cues ("my waterworks are normal"), but not the medicines one: an
    // overdose often feels like nothing at first ("took 12 paracetamol but I feel fine"), so even a
    // question about a usual dose is asked about.
    expect(possibleFlags('my waterworks are normal')).not.toContain('bladder-dysfunction');
    expect(possibleFlags('is it normal to take 2 paracetamol')).toContain('overdose');
  });
  it('"I think my wife has a fever" asks whose it is, not the patient\'s urgent outcome', () => {
    expect(hitIds('I think my wife has a fever')).toEqual([]);
    expect(detector.detect('I think my wife has a fever').possible.map((p) => p.reason)).toContain('whose');
    expect(hitIds('I think I have a fever')).toContain('fever-chills');
    expect(hitIds('my wife has a fever and I have one too')).toContain('fever-chills');
  });
});

describe('fresh red-flag batches 4 and 5: classes of wording found missed, each checked with its near misses', () => {
  it('legs that cannot be felt, whoever\'s, and both sides named one by one, are both legs', () => {
    for (const text of ["I can't feel my legs", "he can't feel his legs", "I can't feel either leg", 'pain going down left leg and right leg together', 'shooting pain down my left and right leg']) {
      expect(hitIds(text), text).toContain('bilateral-sciatica');
    }
    for (const text of ["I can't feel my leg", 'no numbness in my legs', 'my legs ache after running', 'shooting pain down my left leg', 'I can walk on my legs but my foot is numb', 'my legs ache but the numbness is only in my left foot']) {
      expect(hitIds(text), text).not.toContain('bilateral-sciatica');
    }
  });

  it('a hip said to be broken, whichever way round, is an emergency; a denial and a break elsewhere are not', () => {
    for (const text of ['my hip is broken', 'her hip is broken', 'I think my hip might be broken']) expect(hitIds(text), text).toContain('hip-fracture');
    for (const text of ["my hip isn't broken", 'I broke my wrist last week and my hip aches']) expect(hitIds(text), text).toEqual([]);
  });

  it('someone else\'s emergency told in the past tense is asked whose and when; told as long ago, it is not', () => {
    for (const text of ['she broke her hip', 'my mum broke her hip']) {
      expect(hitIds(text), text).toEqual([]);
      expect(detector.detect(text).possible, text).toContainEqual({ screenId: 'hip-fracture', flags: ['hip-fracture'], reason: 'whose' });
    }
    for (const text of ['my mum had a stroke years ago', 'my dad had a fall years ago']) expect(detector.detect(text).possible, text).toEqual([]);
    // A relative's past same-day sign is still neither alarmed nor asked as an emergency.
    expect(hitIds('my dad had cancer')).toEqual([]);
  });

  it('"if" after "can\'t tell", "don\'t know" asks what the sign itself is; a real "if" stays hypothetical', () => {
    expect(possibleFlags("Might be TMI but I can't tell if I need a poo anymore")).toContain('bowel-dysfunction');
    expect(possibleFlags("I don't know if I need a wee any more, is that normal?")).toContain('bladder-dysfunction');
    for (const text of ["what if I can't feel my legs?", 'if I lose control of my bladder should I go to A&E?']) {
      expect(hitIds(text), text).toEqual([]);
      expect(detector.detect(text).possible, text).toEqual([]);
    }
  });
});

describe('not passing water for a time is retention; a denial of problems is not', () => {
  it.each(["I haven't peed since yesterday", "I haven't passed urine all day", "I haven't been for a wee all day", "I haven't urinated in 12 hours", "my husband hasn't peed all day"])('"%s" is an emergency', (text) => {
    expect(hitIds(text)).toContain('bladder-dysfunction');
  });
  it('"I haven\'t had problems peeing since the op" and "I haven\'t peed blood" are no sign of it', () => {
    expect(hitIds("I haven't had problems peeing since the op")).toEqual([]);
    expect(hitIds("I haven't peed blood")).not.toContain('bladder-dysfunction');
  });
});

describe('what a carer says of someone else: their bottom, wetting or soiling themself', () => {
  it.each([
    ["my dad can't feel his bottom", 'saddle-numbness'],
    ['my husband has wet himself', 'bladder-dysfunction'],
    ['she has soiled herself', 'bowel-dysfunction'],
  ])('"%s" is an emergency (%s)', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"he hasn\'t wet himself" and "the bottom of my back is numb" are not', () => {
    expect(hitIds("he hasn't wet himself")).toEqual([]);
    expect(hitIds('the bottom of my back is numb')).not.toContain('saddle-numbness');
  });
});

describe('a sign word spelt by its sound', () => {
  it.each([
    ["I can't control my blatter", 'bladder-dysfunction'],
    ['inconteninse since yesterday', 'bladder-dysfunction'],
  ])('"%s" is read as %s', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('a word that only sounds like a sign word, and ends otherwise, is not read as it ("hernia" is not heroin)', () => {
    expect(hitIds('disc hernia, how they treat it')).toEqual([]);
    expect(detector.detect('wat causes a trapt nerve in lower back').possible).toEqual([]);
  });
  it('an English word that sounds like a sign word is left as it is ("week", "bowls")', () => {
    expect(hitIds('sore for a week and my legs are tired')).toEqual([]);
    expect(hitIds('I play bowls and my back aches after')).toEqual([]);
  });
});

describe('fresh red-flag batch 6 (paragraphs): a general question claimed in the next sentence, confusion, pain nothing eases at night', () => {
  it('"Mine …", "I have that" after a general question about a sign asks about it; another sentence does not', () => {
    expect(possibleFlags('is it normal to have a high temperature and the shakes with a bad back? Mine started yesterday.')).toContain('fever-chills');
    expect(possibleFlags('could sciatica affect both legs? I have that')).toContain('bilateral-sciatica');
    expect(possibleFlags('could sciatica affect both legs? my back hurts')).not.toContain('bilateral-sciatica');
  });

  it('the same for a sign with no screen of its own (asked whose it is) and for a screen\'s own cue word; a claim after a question about no sign asks nothing', () => {
    // Osteoporosis has no screen: "I have that" is asked about as "whose".
    expect(detector.detect('can a bad back cause osteoporosis? I have that').possible).toEqual([{ screenId: 'osteoporosis', flags: ['osteoporosis'], reason: 'whose' }]);
    expect(detector.detect('can a bad back cause osteoporosis? my back hurts').possible).toEqual([]);
    // "Clammy" is only a cue of the fever screen, no flag's own word.
    expect(detector.detect('can a bad back make you clammy? I have that').possible).toEqual([{ screenId: 'fever', flags: ['fever-chills'], reason: 'cue' }]);
    expect(detector.detect('can a bad back make you clammy?').possible).toEqual([]);
    // Told before the question, about no one: asked about too, for a screen's own cue word as for a flag's.
    expect(detector.detect('Feeling clammy, is it worth getting it looked at?').possible).toEqual([{ screenId: 'fever', flags: ['fever-chills'], reason: 'cue' }]);
    expect(detector.detect('what stretches help a sore back? I have that').possible).toEqual([]);
  });

  it('muddled, not knowing what day it is: sudden confusion; puzzled "about whether" or "by" is not', () => {
    for (const text of ['she seems muddled', "she doesn't know what day it is", 'my mum is suddenly confused']) expect(hitIds(text), text).toContain('sudden-confusion');
    for (const text of ["I'm confused about whether to use heat or ice", "I'm a bit confused by all the advice"]) expect(hitIds(text), text).toEqual([]);
  });

  it('pain worse at night that nothing eases is night pain; nothing helping by day is not', () => {
    expect(hitIds('the pain is worse at night and nothing makes it better')).toContain('night-pain');
    expect(hitIds('nothing helps my back pain')).toEqual([]);
  });
});

describe('a sign told in one sentence and placed by "it" in the next (or the one after) is asked about', () => {
  it.each([
    ["I've had sciatica in my right leg for months. Today it's in both legs", 'bilateral-sciatica'],
    ["I've had sciatica in my right leg for months. I was managing. Today it's in both legs", 'bilateral-sciatica'],
    ['The pain in my back is constant. It is worse at night.', 'night-pain'],
  ])('"%s" asks about %s, never alarms at once', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
    expect(hitIds(text)).not.toContain(flag);
  });
  it('a sign denied before, or told three sentences back, is not carried', () => {
    expect(possibleFlags('No fever at all. It keeps coming back')).not.toContain('fever-chills');
    expect(possibleFlags('I had sciatica. I was fine. Then nothing. It is in both legs')).not.toContain('bilateral-sciatica');
  });
});

describe('what the patient read or heard is asked about, not alarmed; what they then say of themself is a report', () => {
  it('"I read that numbness around the bottom is serious" asks; "… and I have numbness in my bum" is an emergency', () => {
    const read = detector.detect("I read that numbness around the bottom is serious. I don't have that.");
    expect(read.hits).toEqual([]);
    expect(read.possible.flatMap((p) => p.flags)).toContain('saddle-numbness');
    expect(hitIds('I read that numbness around the bottom is serious and I have numbness in my bum')).toContain('saddle-numbness');
    expect(hitIds('I read that numbness is serious. My bum is numb.')).toContain('saddle-numbness');
  });
});

describe('the organ inside the phrase of lost control: "lost bladder control", "no bowel control"', () => {
  it.each([
    ['I have no bladder control', 'bladder-dysfunction'],
    ['lost bladder control', 'bladder-dysfunction'],
    ['loss of bladder control since Monday', 'bladder-dysfunction'],
    ['my bladder control has gone', 'bladder-dysfunction'],
    ['no bowel control', 'bowel-dysfunction'],
    ['my hip broke when I fell', 'hip-fracture'],
  ])('"%s" is an emergency (%s)', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each(['bladder control is fine', 'no problems with bladder control', "I haven't lost bladder control", 'what if I lose bladder control?'])('"%s" is not', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('sexual function in slang', () => {
  it('"I can\'t get it up since the back pain" is asked about; "I can get it up fine" is not', () => {
    const text = "I can't get it up since the back pain";
    expect([...hitIds(text), ...possibleFlags(text)]).toContain('sexual-dysfunction');
    expect(detector.detect('I can get it up fine').possible).toEqual([]);
  });
});

describe("someone else's condition and the patient's own words in another clause", () => {
  it('is asked whose it is, not given to the patient, when the patient\'s clause tells no sign', () => {
    for (const text of ["My mum has cancer and I'm worried about my own back", "my son has a fever, I'm fine", 'my brother has cancer and I am worried, but my question is about my hip']) {
      expect(hitIds(text), text).toEqual([]);
      expect(detector.detect(text).possible.map((p) => p.reason), text).toContain('whose');
    }
  });
  it('stays the patient\'s when they share it, or say it of themself in the same clause', () => {
    for (const text of ['my wife has a fever and I have one too', 'I keep telling people this fever will not shift', 'they found a tumour in my lung', 'my husband has a fever and I feel shivery']) {
      expect(detector.detect(text).hits.map((h) => h.about), text).toEqual(['self']);
    }
  });
  it('plain pain in the patient\'s own clause does not make the other\'s sign theirs', () => {
    for (const text of ['my husband has a fever and I have back pain', 'I have back pain and my husband has a fever', 'my daughter has a temperature and my hip hurts']) {
      expect(hitIds(text), text).toEqual([]);
      expect(detector.detect(text).possible.map((p) => p.reason), text).toContain('whose');
    }
  });
  it('a sign of the patient\'s own beside the other\'s is still theirs', () => {
    expect(detector.detect('my husband has a fever and I have chest pain').hits).toEqual(
      expect.arrayContaining([expect.objectContaining({ flagId: 'chest-pain', about: 'self' })]),
    );
  });
});

describe('a stab or gunshot wound', () => {
  it.each(["I've been stabbed", 'I got shot'])('"%s" is an emergency', (text) => {
    expect(hitIds(text)).toContain('trauma');
  });
  it.each(['stabbing pain in my hip', 'the pain is stabbing', "I feel like I've been stabbed in the back with pain", 'I was shot years ago'])('"%s" is not', (text) => {
    expect(hitIds(text)).not.toContain('trauma');
  });
});

describe('what can be felt is no cue', () => {
  it.each(['I can feel both legs', 'my legs are fine, I can feel my legs'])('"%s" asks nothing', (text) => {
    expect(detector.detect(text).possible).toEqual([]);
  });
  it('"I can feel my legs, not my saddle area" still asks about the saddle area', () => {
    expect(possibleFlags('I can feel my legs, not my saddle area')).toContain('saddle-numbness');
  });
});

describe('idioms and euphemisms of red flags (fresh batch 7, classes)', () => {
  it.each([
    ['Got knocked clean off my bike by a van this morning', 'trauma'],
    ['I fell off the top of the stepladder onto the concrete', 'trauma'],
    ["the leg's getting feebler by the day and my knee keeps folding under me", 'leg-weakness'],
    ['both her legs feel like lead since this morning', 'leg-weakness'],
    ['I have been hot one minute and freezing the next, teeth chattering', 'fever-chills'],
    ['I had the big C in my breast ten years back', 'cancer-history'],
    ["I'm up every night because there's no way of lying that takes the edge off the pain", 'night-pain'],
    ['the pain in my back keeps me awake at night till dawn', 'night-pain'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"been to the gents a dozen times and nothing will come" is asked about the bladder', () => {
    expect(possibleFlags('I have been to the gents a dozen times since last night and nothing will come')).toContain('bladder-dysfunction');
  });
});

describe('a sign borrowed by a figure of speech is asked about, not acted on', () => {
  it.each([
    ['I nearly wet myself laughing when the physio told me about her dog', 'bladder-dysfunction'],
    ['My knees went weak when I saw what the private MRI was going to cost', 'leg-weakness'],
  ])('"%s"', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(possibleFlags(text)).toContain(flag);
  });
  it('the same sign told plainly is still acted on', () => {
    expect(hitIds('my legs went weak when I stood up')).toContain('leg-weakness');
    expect(hitIds('I have wet myself and did not feel it')).toContain('bladder-dysfunction');
  });
});

describe('denials and reports that hold a sign word', () => {
  it.each(['nothing has changed with my bladder', 'nothing different with my waterworks', 'my bladder is fine, nothing has changed', "I can still feel everything down there, nothing's gone numb down there"])('"%s" is no alarm', (text) => {
    expect(detector.detect(text).hits).toEqual([]);
  });
  it('"something has changed with my bladder" is still an emergency', () => {
    expect(hitIds('something has changed with my bladder')).toContain('bladder-dysfunction');
  });
  it('what a leaflet "talked about" is asked about, not acted on', () => {
    const text = 'the leaflet talked about losing control of your bladder';
    expect(hitIds(text)).toEqual([]);
    expect(possibleFlags(text)).toContain('bladder-dysfunction');
  });
  it('"my mate" is someone else: asked whose', () => {
    expect(hitIds('my mate has a fever')).toEqual([]);
    expect(detector.detect('my mate has a fever').possible.map((p) => p.reason)).toContain('whose');
  });
  it('sweating at an exercise class is asked about, not a fever', () => {
    const text = 'I was sweating cobs at aqua aerobics this morning';
    expect(hitIds(text)).not.toContain('fever-chills');
    expect(possibleFlags(text)).toContain('fever-chills');
  });
});

describe('pounds of money are not weight', () => {
  it('"lost a few pounds on the horses" is asked about, not acted on', () => {
    const text = 'I lost a few pounds on the horses on Saturday, but the back is a bit easier';
    expect(hitIds(text)).not.toContain('weight-loss');
    expect(possibleFlags(text)).toContain('weight-loss');
  });
  it('"I have lost a stone without trying" is still acted on', () => {
    expect(hitIds("I've lost a stone without trying")).toContain('weight-loss');
  });
});

describe('"me" for "my" in dialect', () => {
  it.each([
    ["I can't feel me legs", 'bilateral-sciatica'],
    ['me legs have gone weak', 'leg-weakness'],
  ])('"%s" is acted on like "my"', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
});

describe('plain words of the big signs, found by probing', () => {
  it.each([
    ["it's numb where I sit", 'saddle-numbness'],
    ["I can't hold my water", 'bladder-dysfunction'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ['I keep being caught short', 'bladder-dysfunction'],
    ['I can barely stand', 'cant-move-leg'],
    ['I can hardly walk', 'cant-move-leg'],
  ])('"%s" is asked about', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
  });
  it('"the pain is hardly there when I stand" asks nothing', () => {
    expect(detector.detect('the pain is hardly there when I stand').possible).toEqual([]);
  });
});

describe('non-spine emergencies in plain words, found by probing', () => {
  it.each([
    ['my speech has gone funny', 'stroke'],
    ['I feel like jumping off a bridge', 'suicidal'],
    ["I don't want to wake up tomorrow", 'suicidal'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"I passed out in the shower" is about the body (never brushed off)', () => {
    expect(detector.detect('I passed out in the shower').aboutBody).toBe(true);
  });
});

describe('the saddle area and the stream in everyday words', () => {
  it.each([
    ['my willy is numb', 'saddle-numbness'],
    ['my flow is really weak now', 'bladder-dysfunction'],
    ['the flow is weak when I wee', 'bladder-dysfunction'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each(['the balls of my feet are numb', 'my blood flow is slow in my legs'])('"%s" is no saddle or bladder sign', (text) => {
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(hitIds(text)).not.toContain('bladder-dysfunction');
  });
  it('"I woke up soaked" asks about the bladder and a fever', () => {
    expect(possibleFlags('I woke up soaked')).toEqual(expect.arrayContaining(['bladder-dysfunction', 'fever-chills']));
  });
});

describe('not feeling the need to go', () => {
  it('"I never feel the need to wee" is acted on at once', () => {
    expect(hitIds('I never feel the need to wee')).toContain('bladder-dysfunction');
  });
  it.each(["I'm not getting the signal that I need the toilet", 'water is not coming when I go toilet', "I don't get the urge to go anymore"])('"%s" is asked about the bladder', (text) => {
    expect(possibleFlags(text)).toContain('bladder-dysfunction');
  });
  it('"my phone has no signal" asks nothing', () => {
    expect(detector.detect('my phone has no signal').possible).toEqual([]);
  });
});

describe('explained by exercise or by a normal number', () => {
  it.each(['my legs feel heavy after a long run', 'my legs are weak after the gym'])('"%s" is asked about, not a 999 call', (text) => {
    expect(hitIds(text)).not.toContain('leg-weakness');
    expect(possibleFlags(text)).toContain('leg-weakness');
  });
  it('"both my legs have gone weak since this morning" is still an emergency', () => {
    expect(hitIds('both my legs have gone weak since this morning')).toContain('leg-weakness');
  });
  it.each(['no fever, temperature 36.8', 'my temperature is 36.5', 'temp 98.4F'])('"%s" is no urgent fever', (text) => {
    expect(hitIds(text)).not.toContain('fever-chills');
  });
  it.each(['temp 37.9 and shivery', 'my temp is 38.5'])('"%s" is still a fever', (text) => {
    expect(hitIds(text)).toContain('fever-chills');
  });
});

describe('text-speak (fresh batch 8, classes)', () => {
  it.each([
    ['awkward q lol but cant get hard since my back went on monday', 'sexual-dysfunction'],
    ['tbh i inject, been using for a while, and now my back is really painful', 'ivdu'],
    ["my skin's gone all blotchy n mottled on my legs n i feel so unwell", 'sepsis'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"I inject insulin for my diabetes" is no drug use', () => {
    expect(hitIds('I inject insulin for my diabetes')).not.toContain('ivdu');
  });
  it('"5 yrs ago … fully cleared up" is history', () => {
    expect(hitIds('had sciatica down both legs like 5 yrs ago but it fully cleared up, this is just a normal achey back')).toEqual([]);
  });
  it('"cant say ive had any trouble peeing" is a denial', () => {
    expect(hitIds("cant say ive had any trouble peeing or anything like that, its just my hip clicking")).toEqual([]);
  });
});

describe('background signs said another way', () => {
  it.each([
    ['I had a mastectomy last year', 'cancer-history'],
    ['my clothes are hanging off me', 'weight-loss'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"my legs feel like they belong to someone else" asks about both legs', () => {
    expect(possibleFlags('my legs feel like they belong to someone else')).toContain('bilateral-sciatica');
  });
});

describe('told by what the body no longer does (fresh batch 9, classes)', () => {
  // A denied thing ("no …", "without …") reaches no further than a new clause, commas or not.
  it.each([
    ['no injury or anything I just can not feel my bum', 'saddle-numbness'],
    ['without any reason I lost control of my bladder', 'bladder-dysfunction'],
    ['no trauma my legs just buckled', 'leg-weakness'],
    ['without any warning my legs gave way', 'leg-weakness'],
  ])('"%s" is asked about, not read as denied', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
  });
  it.each([
    'no problems with my bladder',
    'no pain in my back or my legs',
    'the pain does not affect my bladder or bowels',
    "I don't think I have a fever",
    "it's not like I can't feel my legs, they're fine",
    'no problems with wee or poo',
  ])('"%s" is still a denial: nothing acted on or asked', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(possibleFlags(text)).toEqual([]);
  });
  it.each([
    ['my legs went numb', 'bilateral-sciatica'],
    ['legs numb since this morning', 'bilateral-sciatica'],
    ['I have numb legs', 'bilateral-sciatica'],
    ['pain down my legs since yesterday', 'bilateral-sciatica'],
    ['pain down both legs', 'bilateral-sciatica'],
    ["he doesn't seem to know where he is", 'sudden-confusion'],
    ['my legs seem to be giving way', 'leg-weakness'],
    ['my arm feels heavy', 'stroke'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ["Sat on the metal bench and didn't feel the cold on my bottom one bit.", 'saddle-numbness'],
    ['Laughed at the telly last night and just leaked, no warning at all.', 'bladder-dysfunction'],
    ["I can't go up on tiptoe on my right side, the heel just won't lift", 'leg-weakness'],
    ['my legs would not push me up off the sofa', 'leg-weakness'],
    ['she can barely get up for the pain', 'cant-move-leg'],
    ['my nan has very fragile bones', 'osteoporosis'],
  ])('"%s" is asked about', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
  });
  it.each([
    ['After a twelve-mile walk both my legs felt heavy and tired', 'leg-weakness'],
    ["My legs feel tired and heavy after a shift standing, but they're fine after a sit down", 'bilateral-sciatica'],
    ['My toddler wet the bed last night and I hurt my back changing the sheets', 'bladder-dysfunction'],
    ['both legs hurt when I lie down', 'bilateral-sciatica'],
  ])('"%s" is no 999 call', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
  });
  it('the same signs told plainly are still acted on', () => {
    expect(hitIds('I wet the bed last night')).toContain('bladder-dysfunction');
    expect(hitIds('both her legs feel like lead since this morning')).toContain('leg-weakness');
    expect(hitIds("I don't feel well")).toEqual([]);
  });
});

describe('a warning-sign list answered item by item (fresh batch 10, classes)', () => {
  it.each([
    'Saddle numbness: no. Bladder: no. Bowel: no. Getting weaker: no.',
    'Went through your warning list: fever no, bladder no, bowels no, legs both fine.',
    "- fever: don't think so\n- weight: not that I've noticed\n- numbness: not really\nHip aches after long walks.",
    'Fever, not as far as I know. Lost weight, I wish! Back has been sore since I started lifting boxes.',
    'Fever? No. Weight loss? No. Night pain? Not really.',
    'nothing with the waterworks nothing numb down there no temperature just my lower back seizing up',
  ])('"%s" is all denied: nothing acted on', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it.each([
    ['Fever? Yes, since Monday.', 'fever-chills'],
    ['Numb bum? Maybe a bit.', 'saddle-numbness'],
    ['Weight loss maybe a bit? My belt has gone in two notches', 'weight-loss'],
    ['I went nine hours today without needing a wee', 'bladder-dysfunction'],
  ])('"%s" is told, not asked as a question: acted on', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('an item with a person or a denial of its own is no checklist: "I can\'t feel my legs, no" is still acted on', () => {
    expect(hitIds("I can't feel my legs, no")).toContain('bilateral-sciatica');
    expect(hitIds("I can't feel my legs oh no")).toContain('bilateral-sciatica');
    expect(hitIds('my legs are numb, no fever')).toContain('bilateral-sciatica');
  });
  // Acted on at once since session 34 ("can't get ~ erection" with no "since" after it), asked about before.
  it('a new change in sex is acted on even when numbness was just denied', () => {
    const text = "Numbness down below, no. Bladder, no. Since my back flared four days ago I can't get an erection at all.";
    expect(hitIds(text)).toContain('sexual-dysfunction');
  });
  it('legs that stop taking orders are asked about', () => {
    expect(possibleFlags('both my legs just stopped taking orders on the stairs')).toContain('leg-weakness');
  });
});

describe('words that stress, not deny (probes after batch 10)', () => {
  it.each([
    ["not gonna lie I can't feel my bum", 'saddle-numbness'],
    ['ngl i cant feel my legs', 'bilateral-sciatica'],
    ['no joke my bum is numb', 'saddle-numbness'],
    ['no lie I wet myself last night', 'bladder-dysfunction'],
    ["not a fever more like I can't feel my legs", 'bilateral-sciatica'],
  ])('"%s" is acted on at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"no numbness, not joking" is still a denial', () => {
    expect(hitIds('no numbness, not joking')).toEqual([]);
  });
});

describe('words that look like signs (probes of the answer questions)', () => {
  it('"get fit enough for a 10k" is no fit; "having a fit" still is', () => {
    expect(hitIds('I want to get fit enough for a 10k in the spring')).toEqual([]);
    expect(hitIds('I keep fit by swimming')).toEqual([]);
    expect(hitIds('he has been having a fit for over 5 minutes')).toContain('seizure');
    expect(hitIds("she's fitting and won't stop")).toContain('seizure');
  });
  it('"my posture is poor" asks nothing about the bowels; "I need a poo" still does', () => {
    expect(possibleFlags('my posture is poor and my back hurts')).toEqual([]);
    // Not feeling when one needs to go is a sign in itself: acted on at once since batch 16.
    expect(hitIds("I can't tell when I need a poo")).toContain('bowel-dysfunction');
  });
});

describe('"neither" of the legs', () => {
  it('"neither leg would push me up" is both legs unable: acted on', () => {
    expect(hitIds('I tried to get up off the sofa and neither leg would push me up')).toContain('leg-weakness');
  });
  it.each(['neither leg is numb', 'neither of my legs is weak'])('"%s" is a denial', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
});

describe('questions about treatments and the hip that are no sign (batch 13, classes)', () => {
  it('"how long does a cortisone shot last in the hip" asks nothing about steroids; steroids taken still do', () => {
    expect(possibleFlags('so basically how long does a cortisone shot last in the hip does it fix it')).toEqual([]);
    expect([...hitIds("I've been on steroids for my asthma"), ...possibleFlags("I've been on steroids for my asthma")]).toContain('steroids');
  });
  it('"pain in my groin and the hip feels stiff" asks nothing about numbness; "a strange feeling down there" still is', () => {
    expect(possibleFlags('pain in my groin when I walk and the hip feels stiff')).toEqual([]);
    expect(hitIds('I have a strange feeling down there')).toContain('saddle-numbness');
  });
});

describe('a question led in by "so", "um" or "okay"', () => {
  it('"So what happens when a disc has slipped?" is a question: no fall asked about', () => {
    expect(possibleFlags('So what happens when a disc has slipped?')).toEqual([]);
  });
  it('a fall told with "so" in front is still acted on', () => {
    expect(hitIds("so I fell and can't get up?")).toContain('hip-fracture');
  });
});

describe('a sign told inside a question (fresh batch 11, classes)', () => {
  const flagged = (text: string) => [...hitIds(text), ...possibleFlags(text)];
  it.each([
    ["What does it mean if I've lost control of my bladder twice since Sunday?", 'bladder-dysfunction'],
    ['Do I need to ring someone today if my wife has gone numb between her legs since this morning?', 'saddle-numbness'],
    ['Can it wait till the weekend if my dad keeps soiling himself?', 'bowel-dysfunction'],
    ["Is it a bad sign that he can't feel either of his legs now?", 'bilateral-sciatica'],
  ])('"%s" is acted on at once: told as now or as having happened', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ["What does it mean if I can't feel my bottom on the toilet seat?", 'saddle-numbness'],
    ['Is it normal to feel feverish and shivery with a sore back?', 'fever-chills'],
    ['is it normal to wet yourself with sciatica?', 'bladder-dysfunction'],
  ])('"%s" is at least asked about: it may be a supposition, and may be theirs', (text, flag) => {
    expect(flagged(text)).toContain(flag);
  });
  it.each([
    'What should I do if I ever lose control of my bladder?',
    'What would happen if I lost the feeling in my bottom?',
    'If I get a fever with my back pain, what should I do?',
    'Supposing my legs went weak one day, would I ring 999?',
  ])('"%s" supposes: answered, not asked about', (text) => {
    expect(hitIds(text)).toEqual([]);
    expect(possibleFlags(text)).toEqual([]);
  });
  it('what the patient read about is asked about, never acted on', () => {
    expect(hitIds('I was reading about cauda equina and loss of bladder control, should I worry?')).toEqual([]);
  });
});

describe('a car driven into another is a crash (WordNet collide, rear-end)', () => {
  it.each(['a lorry ploughed into the side of our car on Friday', 'we got rear-ended at the lights and my back is sore', 'a bus collided with my bike'])(
    '"%s" is a serious accident',
    (text) => {
      expect(hitIds(text)).toContain('trauma');
    },
  );
  it('knocking your back on a car door is not', () => {
    expect(hitIds('I knocked my back on the car door getting in')).toEqual([]);
  });
});

describe('a leg that has gone cold and blue, or swollen after an operation (not about the spine)', () => {
  it.each(['his foot has gone cold and white', 'my left leg is swollen and purple', 'my calf is icy cold and looks blue'])('"%s" is an emergency', (text) => {
    expect(detector.detect(text).hits.map((h) => `${h.flagId}:${h.level}`)).toContain('cold-leg:emergency');
  });
  it.each(['my leg swelled up a week after my operation', 'her calf is swollen, red and hot'])('"%s" is same day', (text) => {
    expect(detector.detect(text).hits.map((h) => `${h.flagId}:${h.level}`)).toContain('leg-clot:urgent');
  });
  it.each(['my feet go cold and white in the snow', 'I have a cold and my legs ache', 'my feet are always cold'])('"%s" is neither', (text) => {
    expect(hitIds(text).filter((f) => f === 'cold-leg' || f === 'leg-clot')).toEqual([]);
  });
});

describe('a symptom diary (fresh batch 12, classes)', () => {
  const flagged = (text: string) => [...hitIds(text), ...possibleFlags(text)];
  it.each([
    ['2017: lost control of my bladder after a disc op, fully recovered since.', 'bladder-dysfunction'],
    ['March 2012 - fractured my pelvis falling off a ladder, healed well.', 'trauma'],
  ])('"%s": a sign in an entry dated by a year is asked about, not acted on at once', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
    expect(flagged(text).length).toBeGreaterThan(0);
  });
  it.each([
    ["Mum (born 1941) - Sat: slipped in the garden, can't stand up on her left leg", 'hip-fracture'],
    ['Since 2021 I have lost 3 stone without trying and my back aches', 'weight-loss'],
  ])('"%s": a birth year or "since <year>" dates nothing', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ['Thurs: not PU since 6am, bursting but nothing comes', 'bladder-dysfunction'],
    ['hx of breast ca 2019, now new mid back pain', 'cancer-history'],
    ['weigh-in today: 5 kilos down on last month, same food as ever', 'weight-loss'],
    ["I'm half a stone lighter than at Christmas and not trying", 'weight-loss'],
  ])('"%s": care notes\' shorthand and weights told as numbers', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it('"down" with a weight that was meant to go down is no sign', () => {
    expect(hitIds('3kg down on my diet so far, back a bit better')).toEqual([]);
  });
});

describe('a sign told inside a question: where the reading starts and stops (mutation testing, session 10)', () => {
  it('"if I get …" in the middle of a question supposes: answered, not asked about', () => {
    expect(possibleFlags('What should I do if I get numbness in my bottom?')).toEqual([]);
    expect(hitIds('What should I do if I get numbness in my bottom?')).toEqual([]);
  });
  it('a word of now before the "if" does not make the clause after it told as now: asked about, not acted on', () => {
    const text = "Since Monday I've wondered what it means if I can't feel my bottom on the toilet seat?";
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(possibleFlags(text)).toContain('saddle-numbness');
  });
  it('a question ending in "that" reads nothing after it', () => {
    expect(() => detector.detect('my back hurts all the time, why is that')).not.toThrow();
    expect(hitIds('my back hurts all the time, why is that')).toEqual([]);
  });
  it('a year at the end of the sentence dates all of it', () => {
    expect(hitIds('I fell off a ladder and broke my back in 2009')).not.toContain('trauma');
    // With no "in" before it (a history marker of its own), only the year dates the fall: asked, not acted on.
    expect(hitIds('broke my back falling off a ladder, summer 2009')).not.toContain('trauma');
    expect(possibleFlags('broke my back falling off a ladder, summer 2009').length).toBeGreaterThan(0);
  });
  it('a sign with no screen of its own, in a dated entry, gets "is this happening now?" and is not acted on', () => {
    const r = detector.detect('2016 foot drop after a disc, recovered fully');
    expect(r.hits.map((h) => h.flagId)).not.toContain('foot-drop');
    expect(r.possible.some((p) => p.flags.includes('foot-drop') && p.reason === 'whose')).toBe(true);
  });
});

describe('a dash that separates, and what confuses (session 10, after batch 15 and the tenth mutation round)', () => {
  it.each(['my back aches - fever: no', 'lower back stiff - weight: not that I have noticed'])('"%s" answers a checklist item: denied', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('a sign after a dash is still told', () => {
    expect(hitIds('back pain for a week - both legs numb since this morning')).toContain('bilateral-sciatica');
  });
  it('"I find these chats rather confusing" is no sudden confusion; "suddenly confused" still is', () => {
    expect(hitIds('I am 84 and I find these computer chats rather confusing')).toEqual([]);
    expect(hitIds('my dad is suddenly confused and does not know where he is')).toContain('sudden-confusion');
  });
});

describe('a temperature told only by the thermometer (fresh batch 13)', () => {
  it.each(['btw the thermometer said 39.2 last night and my back is worse', 'thermometer read 102 this morning, lower back aching'])('"%s" is a fever', (text) => {
    expect(hitIds(text)).toContain('fever-chills');
  });
  it.each(['thermometer said 36.8, back still stiff', 'it was 39 degrees on holiday and my back ached', 'I need a new thermometer'])('"%s" is none', (text) => {
    expect(hitIds(text)).not.toContain('fever-chills');
  });
});

describe('English as a second language (fresh batch 14, classes)', () => {
  it.each([
    ["I don't feel nothing in the part where I sit", 'saddle-numbness'],
    ['since yesterday I don\'t feel nothing when I wipe down there', 'saddle-numbness'],
    ['his both legs are without force', 'leg-weakness'],
    ['my legs have no force since this morning', 'leg-weakness'],
    ['I am tired of this life, I am thinking to finish myself', 'suicidal'],
    ['I want to hurt myself', 'suicidal'],
    ['I have been cutting myself again', 'suicidal'],
  ])('"%s" is acted on (%s)', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each(['I hurt myself lifting a box at work', 'I ended up hurting myself at the gym', 'I cannot do nothing about the pain'])('"%s" is no red flag', (text) => {
    expect(detector.detect(text).hits).toEqual([]);
  });
  it('"tired of this life" alone is asked about (mood), not acted on', () => {
    expect(hitIds('I am so tired of this life')).toEqual([]);
    expect(possibleFlags('I am so tired of this life')).toContain('suicidal');
  });
  it('a sign put first in the past, as a clause of its own, is history', () => {
    expect(hitIds('Five years ago, I had a little leaking of pee.')).toEqual([]);
    // Naming someone, the clause dates only itself: the sign after it is now.
    expect(hitIds('I had cancer years ago, and my bladder is leaking')).toContain('bladder-dysfunction');
  });
  it('a sign said to be over ("…but it stopped") is asked about, not acted on', () => {
    const r = detector.detect('I had a little leaking of pee, but it stopped completely.');
    expect(r.hits).toEqual([]);
    expect(r.possible.flatMap((p) => p.flags)).toContain('bladder-dysfunction');
    // A word of now keeps it told: "…, it stopped, but now it is back today" is not over.
    expect(hitIds('I lost control of my bladder, it stopped, but today I wet myself again')).toContain('bladder-dysfunction');
    expect(hitIds('my pee stopped and I can not go')).toContain('bladder-dysfunction');
  });
});

describe('a time of the past told after the sign, pointing back to it (fresh batch 15)', () => {
  it.each(['I fell off my bike, that was years ago', 'I did fall off my bike but that was like 10 years ago and healed fine, this is new'])('"%s" is history', (text) => {
    expect(hitIds(text)).toEqual([]);
  });
  it('a sign told as now after it is still acted on', () => {
    expect(hitIds('I fell off my bike, that was years ago, and now I can not feel my legs')).toContain('bilateral-sciatica');
    expect(hitIds('I lost control of my bladder yesterday, it was years ago that I had cancer')).toContain('bladder-dysfunction');
  });
});

describe('a time pointing back dates only the clause before it', () => {
  it('"I lost control of my bladder, I had cancer, that was years ago": the bladder is now', () => {
    expect(hitIds('I lost control of my bladder, I had cancer, that was years ago')).toContain('bladder-dysfunction');
  });
});

describe('the words of clinical notes, from health workers and patients who read theirs (fresh batch 16, classes)', () => {
  it.each([
    ['PMH prostate ca, now new thoracic back pain', 'cancer-history'],
    ['wt down 8kg since the summer without trying', 'weight-loss'],
    ['my GP says I look cachectic and my back aches', 'weight-loss'],
    ['my weight is down 5kg and I have not changed anything', 'weight-loss'],
    ['BO twice today without any sensation', 'bowel-dysfunction'],
    ['loss of sphincter control since last night', 'bowel-dysfunction'],
    ['altered sensation in the perineum since this morning', 'saddle-numbness'],
    ['hypoaesthesia over both buttocks', 'saddle-numbness'],
    ['tingling in both LLs after lifting', 'bilateral-sciatica'],
    ['bilateral radicular pain since Tuesday', 'bilateral-sciatica'],
    ['steppage gait on the right, worse every day', 'leg-weakness'],
    ['I can not heel walk on the left any more', 'foot-drop'],
    ['fell onto my left hip this morning and the leg is shortened', 'hip-fracture'],
  ])('"%s" → %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });

  it('a plan to take every tablet at once is an emergency; a stockpile alone asks about mood', () => {
    expect(hitIds('I have saved up my tramadol and I plan to take them all on Friday')).toContain('suicidal');
    expect(hitIds('I have been stockpiling my tablets')).toEqual([]);
    expect(possibleFlags('I have been stockpiling my tablets')).toContain('suicidal');
    expect(possibleFlags('I just can not do it anymore with this pain')).toContain('suicidal');
  });

  it.each([
    ['intentional weight loss of 6 kg on a calorie deficit', 'weight-loss'],
    ['lost 10 kg on Mounjaro since March', 'weight-loss'],
    ['wt down 4kg after my gastric sleeve', 'weight-loss'],
    ['I can not put any weight down on my right leg', 'weight-loss'],
    ['FHx of breast ca, mum and aunt', 'cancer-history'],
    ['had a cancer scare in 2020, all benign', 'cancer-history'],
    ['no neuro sx, BO and PU normal', 'bowel-dysfunction'],
    ['pain over the R PSIS after running', 'bladder-dysfunction'],
  ])('"%s" is not %s', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
  });

  it('pain over the PSIS is not read as a bladder word', () => {
    expect(possibleFlags('pain over the R PSIS after running')).not.toContain('bladder-dysfunction');
  });

  it('a cancer scare dated in the past is asked about ("have you yourself had cancer?"), not acted on', () => {
    expect(possibleFlags('I had a cancer scare last year')).toContain('cancer-history');
    expect(hitIds('I had a cancer scare last year')).toEqual([]);
    expect(hitIds('I had breast cancer years ago')).toContain('cancer-history');
  });
});

describe('puzzled is not confused, and pain that stops standing after a fall (fresh batch 16, classes)', () => {
  it.each(['Honestly confused. Which exercise should I start with?', "I'm a bit confused about my scan results", "I'm freaking out about my back pain", 'my thoughts are all scattered today'])(
    '"%s" is no sudden confusion',
    (text) => {
      expect(hitIds(text)).not.toContain('sudden-confusion');
    },
  );
  it.each(['my mum is confused and does not know where she is', 'he has become very confused today', 'I feel suddenly confused and my words are muddled', 'she seems disoriented'])(
    '"%s" is still sudden confusion',
    (text) => {
      expect(hitIds(text)).toContain('sudden-confusion');
    },
  );
  it('after a fall, "it hurts too much to stand" is a broken hip until shown otherwise; without a fall, or "to walk far", it is not', () => {
    expect(hitIds('I slipped on the ice and now it hurts too much to stand on that leg')).toContain('hip-fracture');
    expect(hitIds('my back hurts too much to stand for long')).not.toContain('hip-fracture');
    expect(hitIds('I fell and it is too painful to walk far')).not.toContain('hip-fracture');
  });
});

describe('embarrassed and disguised: "asking for a friend", "hypothetically" (fresh batch 17, classes)', () => {
  it.each([
    ['Hypothetically, what if someone could not feel anything down below since this morning?', 'saddle-numbness'],
    ['asking for a friend: what would it mean if a person had a fever and a bad back?', 'fever-chills'],
    ['random question, not me obviously, but what if your leg kept giving way more each day?', 'leg-weakness'],
  ])('"%s" is asked about (%s), not passed over as general', (text, flag) => {
    expect(possibleFlags(text)).toContain(flag);
    expect(hitIds(text)).not.toContain(flag);
  });
  it('without a disguise, a general supposition still asks nothing', () => {
    expect(possibleFlags('what would it mean if someone could not feel anything down below?')).toEqual([]);
  });
  it.each([
    ['I keep finding marks in my undies that I did not know about', 'bowel-dysfunction'],
    ['I do not feel when I need a poo any more', 'bowel-dysfunction'],
    ['my belt needs new holes and I am eating loads', 'weight-loss'],
  ])('"%s" → %s at once', (text, flag) => {
    expect(hitIds(text)).toContain(flag);
  });
  it.each([
    ['nobody here is losing weight, just curious', 'weight-loss'],
    ['the form asks about cancer history, I have never had it', 'cancer-history'],
  ])('"%s" is not %s', (text, flag) => {
    expect(hitIds(text)).not.toContain(flag);
  });
});

describe('a medicine given or taken as prescribed is no overdose (found in fresh answer batch 20)', () => {
  it.each(['the GP just handed me pills and left', 'I take all my tablets with food', "I've had a load of tablets from the GP but nothing helps", 'I take my tablets all at once in the morning'])(
    '"%s" is no overdose',
    (text) => {
      expect(hitIds(text)).not.toContain('overdose');
    },
  );
  it.each(['I took a handful of pills an hour ago', 'I swallowed all my co-codamol', 'I think I took too many co-codamol', 'I took all of them at once, the tramadol'])(
    '"%s" is still an overdose',
    (text) => {
      expect(hitIds(text)).toContain('overdose');
    },
  );
  it('thoughts of taking every tablet are suicidal intent, at once; the same words without a medicine are not', () => {
    expect(hitIds("I've been thinking about taking all my tramadol, the pain never stops")).toContain('suicidal');
    expect(hitIds('I thought about taking all the stretches slowly')).not.toContain('suicidal');
  });
  it('"all my tablets at once" is asked about, not passed over', () => {
    expect(possibleFlags('I took all my tablets at once')).toContain('overdose');
  });
});

describe('angry ranting (fresh batch 18, classes)', () => {
  it('a plan made ready (letters written, tablets set out) is suicidal intent; letters alone are not', () => {
    expect(hitIds("I've written my letters and the pills are lined up in the drawer for tonight")).toContain('suicidal');
    expect(hitIds('I have written the letters to the council and lined up a solicitor')).not.toContain('suicidal');
  });
  it('after a fall, a crack heard at the hip is a broken hip until shown otherwise', () => {
    expect(hitIds('I fell on the ice onto my hip and heard a crack')).toContain('hip-fracture');
  });
  it('"Mum", "Dad" without "my" are someone else', () => {
    expect(hitIds('Mum had breast cancer years ago and is fine now, I just have a sore back')).not.toContain('cancer-history');
    expect(hitIds('Dad has a fever and I have back pain')).not.toContain('fever-chills');
  });
  it('a sign said to have cleared up, then to have come back, is asked about, not set aside as history', () => {
    expect(possibleFlags('the numbness round my back passage cleared up last year but it came back this week')).toContain('saddle-numbness');
    expect(possibleFlags('my fever cleared up years ago')).toEqual([]);
  });
  it("someone's past cancer is asked about when that someone has the pain now (a carer writing for them)", () => {
    expect(possibleFlags('My dad had bowel cancer a few years ago and now his lower back hurts all the time')).toContain('cancer-history');
    expect(possibleFlags("my dad had prostate cancer years ago, he's fine now, I'm asking about my own hip")).not.toContain('cancer-history');
  });
  it('a sign said to have gone and then to be back is now; one that has not come back is not', () => {
    expect(hitIds('the numbness between my legs went away but now it is back again')).toContain('saddle-numbness');
    expect(hitIds('my fever went away yesterday but it is back today')).toContain('fever-chills');
    expect(hitIds('my fever went away and has not come back again')).not.toContain('fever-chills');
  });
});

describe('joking it away: the sign is still read', () => {
  it('the wish not to be here, put as an "if", and tablets made ready are asked about (the mood question)', () => {
    expect(possibleFlags("honestly everyone would be better off if I just wasn't here")).toContain('suicidal');
    expect(possibleFlags('my family would be better off if I were gone')).toContain('suicidal');
    expect(possibleFlags('Got the pills lined up. Haha anyway.')).toContain('suicidal');
    // Weighing a choice is no wish: "would I be better off if I used ice?"
    expect(possibleFlags('would I be better off if I used ice or heat?')).not.toContain('suicidal');
    expect(possibleFlags('got the exercises lined up for tomorrow')).not.toContain('suicidal');
  });
  it('hurt only to one\'s pride is a figure of speech: a bruise "on my pride" after a fall is asked about, not an emergency', () => {
    const text = 'I slipped on the ice and landed on my hip, just a bruise on my pride';
    expect(hitIds(text)).not.toContain('hip-fracture');
    expect(possibleFlags(text).length).toBeGreaterThan(0);
    // A real bruise after a fall onto the hip still is.
    expect(hitIds('I fell on my hip yesterday, there is a big bruise and I am 80')).toContain('hip-fracture');
  });
});

describe("someone else's past runs from its word of the past on, not back before it", () => {
  it('"my son is 6, he started limping yesterday, there was no fall": his limp is now, asked about (whose)', () => {
    expect(possibleFlags('my son is 6, he started limping yesterday, there was no fall')).toContain('teen-limp');
    expect(possibleFlags('my son is 6, he started limping yesterday, he did not fall')).toContain('teen-limp');
  });
  it('a past told first still covers what follows it: a partner\'s old emergency is no alarm', () => {
    expect(hitIds("my bf had to go to a&e for his back last year because he couldn't pee, mine is nothing like that, just stiff")).not.toContain('bladder-dysfunction');
    expect(hitIds('my mum had cancer years ago and now has back pain')).not.toContain('cancer-history');
  });
});

describe('"it feels like I\'m going to die" (the UK Sepsis Trust\'s signs)', () => {
  it('with a fever is sepsis, an emergency', () => {
    expect(hitIds('shivering, burning up, heart racing, feel like dying')).toContain('sepsis');
    expect(hitIds("I've got a fever and honestly I feel like I'm going to die")).toContain('sepsis');
  });
  it('without one it is asked about as how the patient feels (the mood question), not taken for sepsis', () => {
    expect(hitIds('I feel like dying, this back pain is endless')).not.toContain('sepsis');
    expect(possibleFlags('I feel like dying, this back pain is endless')).toContain('suicidal');
  });
});
