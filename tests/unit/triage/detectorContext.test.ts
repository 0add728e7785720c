// The red-flag detector's reading of context, through detect() only: whose sign it is, when it is a
// question or an "if", what is asked about rather than acted on. Each case was written for a
// mutant that survived `scripts/mutation/stryker.file.config.mjs` on detector.ts or context.ts (see
// the README): a small break of the code there changes what the patient is told.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { emergencyQuestion, loadScreening, screenQuestionsFor } from '../../../src/clinical/triage/screening.ts';
import { loadWordnetWords } from '../../../src/clinical/triage/vocabulary.ts';

const dir = path.resolve('content');
const protocol = loadProtocol(path.join(dir, 'triage.yaml'));
const screening = loadScreening(path.join(dir, 'screening.yaml'), protocol);
/** As the bot builds it: with the screening questions and their cue words. */
const detector = createRedFlagDetector(protocol, { screening });
/** The protocol's flags alone: a sign that may be someone else's is asked about by its flag. */
const plain = createRedFlagDetector(protocol);

const alarms = (r: ReturnType<typeof detector.detect>) => r.hits.filter((h) => h.level === 'emergency' || h.level === 'urgent');
const screensAsked = (r: ReturnType<typeof detector.detect>) => r.possible.map((p) => p.screenId).sort();
/** What the bot asks back about one message, as the main dialog asks it (the emergency signs for a body message nothing else places). */
const asked = (text: string) => screenQuestionsFor(detector.detect(text), screening, protocol, true).map((q) => q.text);
const question = (id: string) => {
  const screen = screening.screens.find((s) => s.id === id)!;
  return screening.template.replace('{mentioned}', screen.mentioned).replace('{question}', screen.question);
};

describe('whose sign it is', () => {
  it('an emergency told about someone present is acted on, and said to be theirs', () => {
    const r = detector.detect('My wife is numb down there');
    expect(r.hits).toEqual([expect.objectContaining({ flagId: 'saddle-numbness', level: 'emergency', about: 'other' })]);
  });

  it('the patient\'s own emergency stays theirs when someone else has it too, later in the message', () => {
    const r = detector.detect("I'm numb down there. My wife is numb down there too");
    expect(r.hits).toEqual([expect.objectContaining({ flagId: 'saddle-numbness', about: 'self' })]);
  });

  it('a sign only partly in someone else\'s words is the patient\'s', () => {
    // "numb" is said before "my wife": only "saddle area" falls in her part of the sentence.
    const r = detector.detect('numb is what my wife feels in her saddle area');
    expect(r.hits).toEqual([expect.objectContaining({ flagId: 'saddle-numbness', about: 'self' })]);
  });

  it('"I" ends someone else\'s part of the sentence: what they said about the patient is the patient\'s', () => {
    expect(plain.detect('my husband said I had a fever last night').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', about: 'self' })]);
  });

  it('"me" as an object does not make someone else\'s emergency the patient\'s', () => {
    expect(plain.detect('my husband is not responding to me').hits).toEqual([expect.objectContaining({ flagId: 'unresponsive', about: 'other' })]);
  });

  it('the patient who speaks of others in the same breath keeps their own sign', () => {
    // "I" before "people" is the patient speaking, not part of anyone else's words.
    expect(plain.detect('I keep telling people this fever will not shift').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', about: 'self' })]);
    // "my lung" is the patient's, whether "I think" comes first or last.
    for (const text of ['I think they found a tumour in my lung', 'they found a tumour in my lung, I think']) {
      expect(plain.detect(text).hits).toEqual([expect.objectContaining({ flagId: 'cancer-history', level: 'urgent', about: 'self' })]);
    }
    // "myself", right after "I think", is the patient too.
    expect(plain.detect('I think myself and my wife both have a fever').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', about: 'self' })]);
  });

  it('a same-day sign of two other people is asked about ("whose?"), not taken as the patient\'s', () => {
    const r = plain.detect('my wife and my son both have a fever');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([{ screenId: 'fever-chills', flags: ['fever-chills'], reason: 'whose' }]);
  });

  it('a relative\'s past illness is neither alarmed nor asked about', () => {
    const r = plain.detect('my father had bowel cancer');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([]);
  });

  it('the distant past reaches back to the first word of the message', () => {
    expect(plain.detect('fever years ago when I had flu').hits).toEqual([]);
  });

  it('"again this week" ends the distant past: what follows is reported', () => {
    expect(plain.detect('years ago and again this week I had a fever').hits.map((h) => h.flagId)).toEqual(['fever-chills']);
  });

  it('a pet that cannot get up is asked about, not sent to 999', () => {
    const r = detector.detect("the dog fell over and can't get up");
    expect(alarms(r)).toEqual([]);
    expect(r.possible).toContainEqual(expect.objectContaining({ reason: 'whose', flags: ['cant-move-leg'] }));
  });

  it('what the pet did to the writer may have left them unable to get up: acted on, as any unclear sign', () => {
    expect(alarms(detector.detect("the dog fell on me and can't get up")).map((h) => h.flagId)).toContain('cant-move-leg');
  });

  it('the patient who trips over the dog and cannot stand is an emergency', () => {
    const r = detector.detect("I tripped over the dog and can't get up");
    expect(alarms(r).map((h) => h.flagId)).toContain('hip-fracture');
  });
});

describe('questions, "if"s and the past: not a report, sometimes worth one question', () => {
  it('asks about each sign the message hints at, each once', () => {
    const r = detector.detect('My physio told me to watch for bladder changes. What counts? I also feel hopeless');
    expect(r.hits).toEqual([]);
    expect(screensAsked(r)).toEqual(['bladder', 'mood']);
    expect(r.possible.map((p) => p.reason)).toEqual(['cue', 'cue']);
  });

  it('a question about a sign, asked about oneself, is asked about; without a screen, by its flag', () => {
    const r = plain.detect('My physio told me to watch for bladder changes. What counts?');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([{ screenId: 'bladder-dysfunction', flags: ['bladder-dysfunction'], reason: 'whose' }]);
  });

  it('a sign told first and then asked about in the same sentence: someone\'s is reported, no one\'s is asked about', () => {
    // The question is only the part after the comma: "her foot is turned out funny" is a report.
    expect(plain.detect('her foot is turned out funny, should she rest it?').hits).toEqual([expect.objectContaining({ flagId: 'hip-fracture', level: 'emergency' })]);
    // No one's: a report or a general question; one question settles it.
    for (const text of ['Feeling feverish, is it worth getting it looked at?', 'back pain plus a fever, what does that mean?']) {
      expect(plain.detect(text).hits, text).toEqual([]);
      expect(screensAsked(detector.detect(text)), text).toEqual(['fever']);
    }
    // A question from its first word is still general: no one's sign.
    expect(plain.detect('could a fever be a sign of infection, is that right?').hits).toEqual([]);
    expect(plain.detect('just checking, is weight loss with back pain something to worry about?').hits).toEqual([]);
    // The sign only inside the question part: general, not asked.
    expect(detector.detect('just checking, is weight loss with back pain something to worry about?').possible).toEqual([]);
  });

  it('a question with the "you" of anyone is asked about; one about no one is general', () => {
    // "you" may be the asker: one question, not an alarm and not silence.
    const r = plain.detect('Is it normal for a leg to just buckle under you?');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([{ screenId: 'leg-weakness', flags: ['leg-weakness'], reason: 'whose' }]);
    expect(screensAsked(detector.detect('why would your legs go weak?'))).toEqual(['legs']);
    expect(plain.detect('could a slipped disc make legs go weak?').possible).toEqual([]);
  });

  it('a sign told as past and present in one breath is asked about, not set aside as history', () => {
    // Marked historical backwards from "years ago"; "again this week" says it is back.
    expect(detector.detect('I had a fever years ago').possible).toEqual([]);
    expect(asked('I had a fever years ago and again this week')).toEqual([question('fever')]);
    // Asked as a sign the patient mentioned, once, not as "whose is it".
    expect(detector.detect('I had a fever years ago and again this week').possible).toEqual([{ screenId: 'fever', flags: ['fever-chills'], reason: 'cue' }]);
    expect(asked('years ago I lost control of my bladder and it happened again today')).toEqual([question('bladder')]);
    // Without a screen for the sign, unclear is not "no": the hit stands.
    expect(alarms(detector.detect('I had foot drop years ago')).map((h) => h.flagId)).toEqual([]);
    expect(alarms(detector.detect('I had foot drop years ago and it is back again now')).map((h) => h.flagId)).toEqual(['foot-drop']);
  });

  it('a screen\'s own cue told as past and present in one breath is asked about too (it was not, before the eighth mutation round)', () => {
    // Cue words that are no flag's words ("hopeless", "goodbye notes") went through the screens' path,
    // which set "then and now" aside as history: nothing was asked.
    expect(asked('I felt hopeless years ago')).toEqual([]);
    expect(asked('I felt hopeless years ago and again this week')).toEqual([question('mood')]);
    expect(asked('I wrote goodbye notes years ago and again last night')).toEqual([question('mood')]);
    expect(detector.detect('I felt hopeless years ago and again this week').hits).toEqual([]);
    // Someone else's, told so, is not (tests/fixtures/eval-fresh benign: no question, as before).
    expect(asked("my dad had prostate cancer fifteen years ago, he's fine now, I'm asking about my own hip")).toEqual([]);
  });

  it('a sign whose parts are only partly in the distant past is still acted on (eighth round)', () => {
    // "years ago" reaches back to "my back" only; the tearing pain is told now.
    expect(alarms(plain.detect('I hurt my back years ago and I have a tearing pain in it')).map((h) => h.flagId)).toEqual(['aortic']);
    expect(alarms(plain.detect('I hurt my back years ago')).map((h) => h.flagId)).toEqual([]);
    // The same for a part only inside a question's words or only in someone else's past.
    expect(alarms(plain.detect('I have a tearing pain and want to know the signs of a bad back')).map((h) => h.flagId)).toEqual(['aortic']);
    expect(alarms(plain.detect('my dad had a bad back and now I have a tearing pain')).map((h) => h.flagId)).toEqual(['aortic']);
  });

  it('the patient\'s own distant past, for a sign that does not count in the past, is neither alarmed nor asked', () => {
    const r = plain.detect('I had a fever years ago');
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([]);
  });

  it('a sign taken back ("well maybe") and then told plainly in the same sentence is reported', () => {
    expect(plain.detect('no fever, well maybe a little, but today I have a fever').hits.map((h) => h.flagId)).toEqual(['fever-chills']);
  });

  it('"is X causing the numbness in my groin?" reports the numbness; "can X cause numbness in my groin?" asks; in general, neither', () => {
    expect(plain.detect('is my back causing the numbness in my groin?').hits.map((h) => h.flagId)).toEqual(['saddle-numbness']);
    const own = plain.detect('can sciatica cause numbness in my groin?');
    expect(own.hits).toEqual([]);
    expect(own.possible.flatMap((p) => p.flags)).toEqual(['saddle-numbness']);
    const general = plain.detect('can back pain cause numbness in the groin?');
    expect(general.hits).toEqual([]);
    expect(general.possible).toEqual([]);
  });

  it('an "if" in a statement with no future word is a report (the example in content/triage.yaml)', () => {
    expect(plain.detect('if I sit too long my groin goes numb').hits.map((h) => h.flagId)).toEqual(['saddle-numbness']);
  });

  it('"causing" in a statement is a report, not a question', () => {
    expect(plain.detect('my back pain is causing numbness down there').hits.map((h) => h.flagId)).toEqual(['saddle-numbness']);
  });

  it('"why do I keep wetting myself?" reports the sign: the question word does not make the patient general', () => {
    expect(plain.detect('why do I keep wetting myself?').hits.map((h) => h.flagId)).toEqual(['bladder-dysfunction']);
  });

  it('after a question word, "this" or a comma ends the general subject: what follows is reported', () => {
    // "why is this high fever …": the fever is "this" one, the patient's ("of mine").
    expect(plain.detect('why is this high fever of mine not shifting?').hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', level: 'urgent', about: 'self' })]);
    expect(plain.detect('how come, wetting myself all of a sudden?').hits).toEqual([expect.objectContaining({ flagId: 'bladder-dysfunction', level: 'emergency' })]);
  });

  it('"is my leg weakness a warning sign?" is asked about, not acted on', () => {
    const r = plain.detect('is my leg weakness a warning sign?');
    expect(r.hits).toEqual([]);
    expect(r.possible.flatMap((p) => p.flags)).toEqual(['leg-weakness']);
  });

  it('advice to watch out for a sign ends at the comma: the sign told after it is reported', () => {
    // The advice may come late in a long clause; it still reaches no further than its own clause.
    expect(plain.detect('yesterday at the clinic my physio said to watch out for bladder changes, and today I can not pee').hits).toEqual([
      expect.objectContaining({ flagId: 'bladder-dysfunction', level: 'emergency', about: 'self' }),
    ]);
    expect(plain.detect('last week the physio at the clinic told me to look out for numbness, and this morning my saddle area went numb').hits).toEqual([
      expect.objectContaining({ flagId: 'saddle-numbness', level: 'emergency', about: 'self' }),
    ]);
  });

  it('a plan for a future "if" is neither alarmed nor asked', () => {
    const r = plain.detect("If I get a fever I'll call you");
    expect(r.hits).toEqual([]);
    expect(r.possible).toEqual([]);
  });

  it('hopelessness put as a question with an "if" is still asked about', () => {
    const r = detector.detect("would everyone be better off if I wasn't around?");
    expect(r.isQuestion).toBe(true);
    expect(r.possible).toEqual([expect.objectContaining({ screenId: 'mood', flags: ['suicidal'] })]);
  });

  it('a question about the signs of hopelessness is still asked about', () => {
    expect(asked('what are the signs of feeling hopeless?')).toEqual([question('mood')]);
  });

  it('too many painkillers put as "what if" is still asked about', () => {
    const r = detector.detect('what if I took too many painkillers?');
    expect(r.possible).toEqual([expect.objectContaining({ screenId: 'medicines', flags: ['overdose'] })]);
  });
});

describe('how far a denial reaches (the window in content/triage.yaml)', () => {
  const { window } = protocol.language.negation;
  const filler = ['had', 'any', 'sort', 'of', 'a', 'really', ...Array<string>(30).fill('very')];
  const sentence = (words: number) => `I have not ${filler.slice(0, words).join(' ')} fever`;

  it('a sign the last word inside the window is denied; one word further it is reported', () => {
    // "not" + (window - 1) words + "fever": the fever is the window-th word after the denial.
    const inside = plain.detect(sentence(window - 1));
    expect(inside.hits).toEqual([]);
    expect(inside.denied).toEqual(['fever-chills']);
    const outside = plain.detect(sentence(window));
    expect(outside.hits.map((h) => h.flagId)).toEqual(['fever-chills']);
    expect(outside.denied).toEqual([]);
  });
});

describe('denials told after the sign ("went away") and unsure words', () => {
  const { windowAfter } = protocol.language.negation;
  const sentence = (words: number) => `my fever ${Array<string>(words).fill('really').join(' ')} went away`;

  it('reach back exactly the window after, and not past a comma', () => {
    expect(plain.detect(sentence(windowAfter - 1)).denied).toEqual(['fever-chills']);
    expect(plain.detect(sentence(windowAfter)).hits.map((h) => h.flagId)).toEqual(['fever-chills']);
    const r = plain.detect("I've had a fever, the stiffness went away");
    expect(r.hits.map((h) => h.flagId)).toEqual(['fever-chills']);
    expect(r.denied).toEqual([]);
  });

  it('a misspelt denial is not trusted: the sign stands', () => {
    // Typos are corrected towards the protocol's sign words, never towards its denial words.
    // (A detector built here: what it learns of the words happens while it is built.)
    const own = createRedFlagDetector(protocol);
    const r = own.detect('the fever cleard up');
    expect(r.hits).toEqual([expect.objectContaining({ flagId: 'fever-chills', level: 'urgent' })]);
    expect(r.denied).toEqual([]);
    expect(own.detect('the fever cleared up').denied).toEqual(['fever-chills']);
  });

  it('"until" undoes only the denial that runs into it', () => {
    expect(plain.detect("I didn't have cancer until 2019").hits.map((h) => h.flagId)).toEqual(['cancer-history']);
    const r = plain.detect('no numbness down there, but I could only sit until lunch');
    expect(r.hits).toEqual([]);
    expect(r.denied).toEqual(['saddle-numbness']);
  });

  it('"well maybe" takes back only the denial it follows', () => {
    const r = plain.detect('no weight loss, well maybe a stone, and no fever');
    expect(r.hits).toEqual([]);
    expect(r.denied).toEqual(['fever-chills']);
  });

  it('"went away, well, mostly" is neither a denial nor a report: the check still asks', () => {
    const r = plain.detect('the fever went away, well, mostly');
    expect(r.hits).toEqual([]);
    expect(r.denied).toEqual([]);
  });

  it('a general question about signs, with no word about the asker, is neither alarmed nor asked', () => {
    for (const q of ['could sciatica make both legs numb?', 'is leg weakness serious?']) {
      const r = detector.detect(q);
      expect(r.isQuestion).toBe(true);
      expect(r.hits).toEqual([]);
      expect(r.possible).toEqual([]);
    }
  });

  it('"well maybe" after another clause leaves a sign that "went away" denied, before it or after it', () => {
    // The numbness is denied in its own clause; only the fever's "no" is taken back.
    for (const text of [
      'the numbness down below has gone away, I had no fever, well maybe a bit',
      'no fever, well maybe a bit, the numbness in my saddle area has gone away',
    ]) {
      const r = plain.detect(text);
      expect(r.hits).toEqual([]);
      expect(r.denied).toEqual(['saddle-numbness']);
    }
  });

  it('a correction that is itself a denial ("well, not really") keeps the denial', () => {
    expect(plain.detect('no fever, well, not really').denied).toEqual(['fever-chills']);
    expect(plain.detect('no fever, well, actually no').denied).toEqual(['fever-chills']);
  });

  it('for a sign that counts in the past, "anymore" tells a history; "never" and a stop in another clause do not', () => {
    expect(plain.detect("I don't inject drugs anymore").hits.map((h) => h.flagId)).toEqual(['ivdu']);
    expect(plain.detect("I've never had cancer and stopped smoking").denied).toEqual(['cancer-history']);
    const r = plain.detect('I stopped work, no steroids though');
    expect(r.hits).toEqual([]);
    expect(r.denied).toEqual(['steroids']);
  });

  it('"well" takes back only its own clause, to the end of the message; a denial after a long correction keeps it', () => {
    expect(plain.detect('no fever, well, maybe').denied).toEqual([]);
    expect(plain.detect('no fever, well, to be honest, no').denied).toEqual(['fever-chills']);
    expect(plain.detect('no fever, and no weight loss, well maybe a stone').denied).toEqual(['fever-chills']);
  });

  it('a one-word question, or a lone question mark, is read without trouble', () => {
    expect(plain.detect('why?')).toEqual({ hits: [], denied: [], possible: [], aboutBody: false, isQuestion: true });
    expect(plain.detect('?').hits).toEqual([]);
  });

  it('"not sure" is no denial: the sign is reported', () => {
    const r = plain.detect("I'm not sure whether I've had a fever");
    expect(r.hits.map((h) => h.flagId)).toEqual(['fever-chills']);
    expect(r.denied).toEqual([]);
  });

  it('a message that starts like a question is one, with or without the question mark', () => {
    expect(plain.detect('what are the warning signs').isQuestion).toBe(true);
    expect(plain.detect('my legs feel weak?').isQuestion).toBe(true);
    expect(plain.detect('my legs feel weak').isQuestion).toBe(false);
  });
});

describe('denials, and signs told twice in one sentence', () => {
  it('a fall denied and then told in the same sentence, with "can\'t get up", is a broken hip until shown otherwise', () => {
    expect(plain.detect("I didn't fall yesterday, but today I fell and can't get up").hits.map((h) => h.flagId)).toContain('hip-fracture');
  });

  it('a sign denied and then reported in the same sentence is reported', () => {
    const r = plain.detect('I had no fever yesterday but I have a fever today');
    expect(r.hits.map((h) => h.flagId)).toEqual(['fever-chills']);
    expect(r.denied).toEqual([]);
  });

  it('a sign explained away in one clause (a hot bath) and reported in the next is reported', () => {
    expect(plain.detect('After a hot bath I had a fever, and now I have a fever again').hits.map((h) => h.flagId)).toEqual(['fever-chills']);
  });

  it('a heat pad in the next clause does not explain a fever away', () => {
    expect(plain.detect("I've had a fever, so I put a heat pad on my back").hits.map((h) => h.flagId)).toEqual(['fever-chills']);
  });

  it('a sign asked about in general and then reported as the patient\'s own is reported', () => {
    expect(plain.detect('what are the signs of a fever, I think I have a fever now').hits.map((h) => h.flagId)).toEqual(['fever-chills']);
  });

  it('the patient\'s sign, told before someone else\'s in the same sentence, is the patient\'s', () => {
    expect(plain.detect('numb down there and my wife is numb down there').hits).toEqual([
      expect.objectContaining({ flagId: 'saddle-numbness', about: 'self' }),
    ]);
  });

  it('"I can control my bladder but not my bowels" denies the bladder only', () => {
    // A bowel sign wrongly denied would drop the bowel question from the check.
    expect(plain.detect('I can control my bladder but not my bowels').denied).toEqual(['bladder-dysfunction']);
  });

  it('control that is kept, but not of the bladder, is no denial of a bladder sign', () => {
    expect(plain.detect('I have full control, not of my bladder though').denied).toEqual([]);
  });

  it('"my bladder control is fine" denies the bladder sign ("is fine" is part of the words, not a denial of them)', () => {
    expect(plain.detect('my bladder control is fine').denied).toEqual(['bladder-dysfunction']);
  });

  it('kept control said as an "if" is no denial', () => {
    expect(plain.detect('what if I can still control my bladder?').denied).toEqual([]);
  });

  it('kept control of each, told in two sentences, denies both', () => {
    expect(plain.detect('I can still control my bladder. I can still control my bowels').denied.sort()).toEqual(['bladder-dysfunction', 'bowel-dysfunction']);
  });
});

describe('what the patient is asked back', () => {
  it('a hint told twice is asked about once', () => {
    expect(asked('I feel hopeless. I feel hopeless every day.')).toEqual([question('mood')]);
  });

  it('a sign already reported is not asked about again', () => {
    const r = detector.detect("I've wet myself without noticing");
    expect(r.hits.map((h) => h.flagId)).toEqual(['bladder-dysfunction']);
    expect(r.possible).toEqual([]);
  });

  it('a sign denied in so many words is not asked about, even with a word that hints at it', () => {
    expect(asked('I feel hopeless but I am not suicidal')).toEqual([]);
  });

  it('"red flags" read about is no red skin: the emergency signs are not asked', () => {
    // "red" is a body word ("red, hot and swollen"), but not as part of "red flags".
    expect(asked('I read about red flags online')).toEqual([]);
    expect(asked('my knee is red and swollen')).toEqual([emergencyQuestion(screening).text]);
  });

  it('something that may be happening to someone being cared for is asked about', () => {
    expect(asked('he had an accident in bed this morning')).toContain(question('bladder'));
  });

  it('an "if" about bowels is a question to answer, not a sign to ask about', () => {
    expect(asked('what if my bowels change?')).toEqual([]);
  });

  it('a body message nothing else places gets the emergency signs, whatever sentence it is in', () => {
    const emergency = emergencyQuestion(screening).text;
    expect(asked('My knee is swollen. Thanks for your help.')).toEqual([emergency]);
    expect(asked('Thanks for your help. My knee is swollen.')).toEqual([emergency]);
    expect(asked('Thanks for your help.')).toEqual([]);
  });

  it('a reported sign or one to ask about makes the message about the body, even without screening words', () => {
    expect(plain.detect("I've wet myself without noticing").aboutBody).toBe(true);
    expect(plain.detect('My physio told me to watch for bladder changes. What counts?').aboutBody).toBe(true);
    expect(plain.detect('Thanks for your help.').aboutBody).toBe(false);
  });
});

describe('a detector built as the bot builds it at start (content, screening and WordNet words)', () => {
  // Built inside the test, so that what building does (compiling the protocol's phrases, the cue
  // words, the pets, the words that cancel a sign) is checked too, not only what detect() does.
  const build = () => {
    const known = new Set([...Object.keys(protocol.concepts), ...Object.keys(screening.concepts)]);
    const extraWords = loadWordnetWords(path.join(dir, 'vocabulary.yaml'), path.join(dir, 'vocabulary.wordnet.yaml'), known);
    return createRedFlagDetector(protocol, { screening, extraWords });
  };

  it('finds signs written as whole phrases, each of them, and only where they are said', () => {
    const fresh = build();
    expect(fresh.detect('I broke my hip').hits.map((h) => h.flagId)).toEqual(['hip-fracture']);
    expect(fresh.detect('I think I have a broken hip').hits.map((h) => h.flagId)).toEqual(['hip-fracture']);
    expect(fresh.detect('my lower back aches after gardening').hits).toEqual([]);
  });

  it('a word that explains a sign away cancels it; the sign itself is reported', () => {
    const fresh = build();
    expect(fresh.detect('I put a hot pack on my hip').hits).toEqual([]);
    expect(fresh.detect('my hip is hot and swollen').hits.map((h) => h.flagId)).toEqual(['hot-swollen-hip']);
  });

  it('hopelessness said with a "not" in it is asked about; a question is one without its question mark', () => {
    const fresh = build();
    expect(fresh.detect('what are the warning signs').isQuestion).toBe(true);
    for (const said of ["I can't go on like this", "everyone would be better off if I wasn't around"]) {
      expect(screenQuestionsFor(fresh.detect(said), screening, protocol, true).map((q) => q.text), said).toEqual([question('mood')]);
    }
  });

  it('a cue said to be normal is no cue; hopelessness asked about as "normal" still is', () => {
    const fresh = build();
    for (const said of ['my wees are normal', 'weeing as usual', 'wees unchanged', 'peeing fine, pooing fine']) expect(screensAsked(fresh.detect(said)), said).toEqual([]);
    expect(screensAsked(fresh.detect('I keep having to strain to get any wee out'))).toEqual(['bladder']);
    expect(screensAsked(fresh.detect('is it normal to feel hopeless?'))).toEqual(['mood']);
  });

  it('hopelessness whose own words hold a "no" is asked about', () => {
    const fresh = build();
    expect(screenQuestionsFor(fresh.detect('there is no point any more'), screening, protocol, true).map((q) => q.text)).toEqual([question('mood')]);
  });

  it('a sign hinted at is asked with its screen\'s question, screens of one level in the file\'s order', () => {
    const fresh = build();
    // Told as past and present in one breath; asked about as a question of one's own.
    expect(fresh.detect('I had a fever years ago and again this week').possible).toEqual([{ screenId: 'fever', flags: ['fever-chills'], reason: 'cue' }]);
    expect(fresh.detect('My physio told me to watch for bladder changes. What counts?').possible).toEqual([
      expect.objectContaining({ screenId: 'bladder', reason: 'cue' }),
    ]);
    const both = screenQuestionsFor(fresh.detect('I keep having to strain to get any wee out and my poo is loose'), screening, protocol, true);
    expect(both.map((q) => q.text)).toEqual([question('bladder'), question('bowel')]);
  });

  it('feeling itself denied around the bottom is asked about; numbness denied stays a denial', () => {
    const fresh = build();
    for (const said of ['I do not feel my bum when I wipe', "I don't have any feeling in my bum", "I don't have feeling down there"]) {
      expect(screensAsked(fresh.detect(said)), said).toEqual(['saddle']);
      expect(alarms(fresh.detect(said)), said).toEqual([]);
    }
    for (const said of ["I don't feel any numbness in my bum", "I don't have any strange feeling in my bum", "I don't feel faint"]) {
      expect(fresh.detect(said).possible, said).toEqual([]);
      expect(fresh.detect(said).hits, said).toEqual([]);
    }
  });

  it('parts of the leg and the saddle area named in WordNet (quadriceps, shin, perianal) are read as such', () => {
    const fresh = build();
    // leg.n.1+parts and thigh.n.1+parts in content/vocabulary.yaml: weakness there is asked about.
    for (const said of ['my quadriceps are weak', 'my quads feel weak', 'my shin muscles are weak']) expect(screensAsked(fresh.detect(said)), said).toEqual(['legs']);
    expect(fresh.detect("I've got perianal paraesthesia with my disc").hits.map((h) => h.flagId)).toEqual(['saddle-numbness']);
    expect(fresh.detect('my quadriceps are strong').possible).toEqual([]);
  });

  it('a claim after a general question is asked about, with the question of the sign\'s screen or "whose"; a limit holding "without" asks (eighth round)', () => {
    const fresh = build();
    expect(fresh.detect('can a bad back make you clammy? I have that').possible).toEqual([{ screenId: 'fever', flags: ['fever-chills'], reason: 'cue' }]);
    expect(fresh.detect('can sciatica cause mottled skin? I have that').possible).toEqual([{ screenId: 'very-unwell', flags: ['sepsis'], reason: 'cue' }]);
    expect(fresh.detect('can a bad back cause osteoporosis? I have that').possible).toEqual([{ screenId: 'osteoporosis', flags: ['osteoporosis'], reason: 'whose' }]);
    expect(fresh.detect('could sciatica affect both legs? I have that').possible).toEqual([{ screenId: 'both-legs', flags: ['bilateral-sciatica'], reason: 'cue' }]);
    expect(fresh.detect('what stretches help a sore back? I have that').possible).toEqual([]);
    for (const said of ["I can't walk without pain", "without help I can't walk"]) {
      expect(screensAsked(fresh.detect(said)), said).toEqual(['walking']);
      expect(alarms(fresh.detect(said)), said).toEqual([]);
    }
    expect(alarms(fresh.detect("I can't walk")).map((h) => h.flagId)).toEqual(['cant-move-leg']);
    expect(fresh.detect('I felt hopeless years ago and again this week').possible).toEqual([{ screenId: 'mood', flags: ['suicidal'], reason: 'cue' }]);
  });

  it('a pet\'s sign is asked about, and a body message nothing places gets the emergency signs', () => {
    const fresh = build();
    expect(fresh.detect("the dog fell over and can't get up").hits).toEqual([]);
    expect(screenQuestionsFor(fresh.detect('My knee is swollen.'), screening, protocol, true).map((q) => q.text)).toEqual([emergencyQuestion(screening).text]);
  });
});

describe('"my left … but not my right": the other side is read as not done', () => {
  it.each([
    ['I can move my left leg but not my right', 'cant-move-leg'],
    ['I can lift my left leg but not the right', 'cant-move-leg'],
    // The thing after the side is the thing: the left leg, not the right arm.
    ['I can move my right arm but not my left leg', 'cant-move-leg'],
    // "very" (or "at", "so"…) after the side is not the thing: the leg still is.
    ['I can move my left leg but not my right very well', 'cant-move-leg'],
  ])('"%s" reports %s', (text, flag) => {
    expect(alarms(detector.detect(text)).map((h) => h.flagId)).toContain(flag);
  });

  it('both sides moving is no alarm', () => {
    expect(alarms(detector.detect('I can move my left leg and my right'))).toEqual([]);
  });
});
