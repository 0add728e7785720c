// content/screening.yaml as a clinician edits it: a typo in a flag or a concept, a screen id used
// twice, a concept name taken from triage.yaml must stop the start with the file, the line and what
// is wrong — not leave a red-flag screen that silently never asks. Written for mutants that survived
// on src/clinical/triage/screening.ts (see the README's mutation section).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/clinical/contentFile.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { checkScreening, loadScreening, screenQuestions } from '../../../src/clinical/triage/screening.ts';

const protocol = loadProtocol(path.resolve('content/triage.yaml'));
const real = readFileSync(path.resolve('content/screening.yaml'), 'utf8');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'screening-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes the real file with one edit and loads it as the bot does at start. */
function loadEdited(edit: (text: string) => string): { file: string; error: ContentError | undefined; lines: string[] } {
  const text = edit(real);
  expect(text).not.toBe(real);
  const file = path.join(tmp, `screening-${n++}.yaml`);
  writeFileSync(file, text);
  try {
    loadScreening(file, protocol);
    return { file, error: undefined, lines: text.split('\n') };
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    return { file, error: err, lines: text.split('\n') };
  }
}

/** The 1-based line of the first line holding `needle`. */
const lineWith = (lines: string[], needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

describe('content/screening.yaml, as edited by a clinician', () => {
  it('the real file loads', () => {
    expect(() => loadScreening(path.resolve('content/screening.yaml'), protocol)).not.toThrow();
  });

  it('a flag id misspelt in a screen stops the start, naming the screen, the flag and its line', () => {
    const { error, lines } = loadEdited((t) => t.replace('flags: [bladder-dysfunction]', 'flags: [bladder-dysfunktion]'));
    expect(error?.problem).toBe('screens.bladder: no flag "bladder-dysfunktion" in content/triage.yaml');
    expect(error?.line).toBe(lineWith(lines, 'bladder-dysfunktion'));
    expect(error?.line).toBeGreaterThan(40);
  });

  it('a flag id misspelt in the emergency-signs question stops the start too', () => {
    const { error, lines } = loadEdited((t) => t.replace('flags: [chest-pain, breathing,', 'flags: [chest-pains, breathing,'));
    expect(error?.problem).toBe('emergency: no flag "chest-pains" in content/triage.yaml');
    expect(error?.line).toBe(lineWith(lines, 'chest-pains'));
  });

  it('a cue naming a concept that exists nowhere stops the start, naming the screen and its line', () => {
    const { error, lines } = loadEdited((t) => t.replace('      - [urine-words]', '      - [urine-wordz]'));
    expect(error?.problem).toBe('screens.bladder: no concept "urine-wordz" here or in content/triage.yaml');
    expect(error?.line).toBe(lineWith(lines, 'urine-wordz'));
  });

  it('a cue of the emergency question naming an unknown concept, in the second place of a pair, stops the start', () => {
    const { error } = loadEdited((t) => t.replace('    - [body-part, body-change]', '    - [body-part, body-chanje]'));
    expect(error?.problem).toBe('emergency: no concept "body-chanje" here or in content/triage.yaml');
  });

  it('cues may use concepts of either file: one from triage.yaml and one from this file both load', () => {
    // "bladder" is a concept of content/triage.yaml, "urine-words" one of this file: both cue the bladder screen.
    expect(Object.keys(protocol.concepts)).toContain('bladder');
    const { error } = loadEdited((t) => t.replace('      - [bladder]\n      - [urine-words]', '      - [bladder, urine-words]'));
    expect(error).toBeUndefined();
  });

  it('a concept "any sentence may name" that no cue of the screen has stops the start, naming it', () => {
    const { error } = loadEdited((t) => t.replace('anySentence: [youth-words]', 'anySentence: [fever-cues]'));
    expect(error?.problem).toContain('anySentence');
  });

  it('a screen id used twice stops the start at the second one', () => {
    const { error, lines } = loadEdited((t) => t.replace('  - id: bowel\n', '  - id: bladder\n'));
    expect(error?.problem).toBe('screens: id "bladder" is used twice');
    // lineOf finds the first "id: bladder": the clinician sees where the id is already taken.
    expect(error?.line).toBe(lineWith(lines, 'id: bladder'));
  });

  it('a concept of this file with the name of one in triage.yaml stops the start (one would hide the other)', () => {
    const { error, lines } = loadEdited((t) => t.replace('\nconcepts:\n', '\nconcepts:\n  numb: [numbish]\n'));
    expect(error?.problem).toBe('concepts.numb: already a concept in content/triage.yaml; use another name');
    expect(error?.line).toBe(lineWith(lines, 'numb:'));
  });

  it('a question template that lost its {question} stops the start (every screen would ask nothing)', () => {
    const { error, lines } = loadEdited((t) => t.replace('template: "Just to check, because you mentioned {mentioned}: {question}"', 'template: "Just to check, because you mentioned {mentioned}"'));
    expect(error?.problem).toBe('field "template": use {question}');
    expect(error?.line).toBe(lineWith(lines, 'template: "Just'));
  });

  it('the message names the file and line a clinician opens', () => {
    const { error, file, lines } = loadEdited((t) => t.replace('flags: [bladder-dysfunction]', 'flags: [bladder-dysfunktion]'));
    expect(error?.message).toBe(`${file}:${lineWith(lines, 'bladder-dysfunktion')}: screens.bladder: no flag "bladder-dysfunktion" in content/triage.yaml`);
  });
});

describe('checking a screening read elsewhere', () => {
  const screening = loadScreening(path.resolve('content/screening.yaml'), protocol);

  it('names no line when the file no longer says it (the problem is still named)', () => {
    const edited = { ...screening, screens: screening.screens.map((s) => (s.id === 'bowel' ? { ...s, flags: ['not-a-flag-anywhere'] } : s)) };
    const err = (() => {
      try {
        checkScreening(path.resolve('content/screening.yaml'), edited, protocol);
      } catch (e) {
        return e as ContentError;
      }
      return undefined;
    })();
    expect(err).toBeInstanceOf(ContentError);
    expect(err?.problem).toBe('screens.bowel: no flag "not-a-flag-anywhere" in content/triage.yaml');
    expect(err?.line).toBeUndefined();
  });

  it('names no line when the file cannot be read, and still names the problem', () => {
    const edited = { ...screening, emergency: { ...screening.emergency, flags: ['chest-pain', 'no-such-flag'] } };
    expect(() => checkScreening(path.join(tmp, 'gone.yaml'), edited, protocol)).toThrow(/gone\.yaml: emergency: no flag "no-such-flag"/);
  });

  it('a screening with no typo passes', () => {
    expect(() => checkScreening(path.resolve('content/screening.yaml'), screening, protocol)).not.toThrow();
  });
});

describe('a screen whose signs are of different levels', () => {
  it('is asked at the level of its most urgent sign: before a same-day one found earlier', () => {
    // Night pain is a same-day sign; a clinician adds "can't move the leg" (emergency) to the night screen.
    const { error } = loadEdited((t) => t.replace('    flags: [night-pain]', '    flags: [night-pain, cant-move-leg]'));
    expect(error).toBeUndefined();
    const screening = loadScreening(path.resolve('content/screening.yaml'), protocol);
    const questions = screenQuestions(
      [
        { screenId: 'fever', reason: 'cue', flags: ['fever-chills'] },
        { screenId: 'night', reason: 'cue', flags: ['night-pain', 'cant-move-leg'] },
      ],
      screening,
      protocol,
    );
    expect(questions.map((q) => q.flags)).toEqual([['night-pain', 'cant-move-leg'], ['fever-chills']]);
  });
});
