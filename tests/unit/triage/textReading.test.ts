// The normal form a detector reads a message in (src/clinical/triage/text.ts): a warning-sign
// checklist answered item by item, and the words read as absent ("seems to"); and what a denied
// thing reaches (src/clinical/triage/context.ts: a new clause inside a denial's reach). Written for
// the mutants of the tenth round (README, "Tenth round"): every case builds its detector inside the
// test, because the checklist's and the read-through words' patterns are compiled when a detector
// is built, from `language` in content/triage.yaml.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { loadScreening } from '../../../src/clinical/triage/screening.ts';

const dir = path.resolve('content');
const protocol = loadProtocol(path.join(dir, 'triage.yaml'));
const screening = loadScreening(path.join(dir, 'screening.yaml'), protocol);

/** As the bot builds it (with the screening questions), built anew for each case. */
const build = () => createRedFlagDetector(protocol, { screening });
type Detector = ReturnType<typeof build>;
const hitIds = (d: Detector, text: string) => d.detect(text).hits.map((h) => h.flagId).sort();
const asked = (d: Detector, text: string) => d.detect(text).possible.flatMap((p) => p.flags);
/** Nothing acted on and nothing asked. */
const quiet = (d: Detector, text: string) => {
  const r = d.detect(text);
  return { hits: r.hits.map((h) => h.flagId), possible: r.possible.map((p) => p.screenId) };
};

describe('a warning-sign checklist answered item by item', () => {
  it('"item: no" and "item? no" deny each item of the list, the last one too', () => {
    const d = build();
    expect(protocol.language.checklist?.no).toContain('no');
    expect(quiet(d, 'Fever: no. Weight loss: no.')).toEqual({ hits: [], possible: [] });
    expect(quiet(d, 'Fever? No. Weight loss? No. Night pain? Not really.')).toEqual({ hits: [], possible: [] });
    expect(quiet(d, 'Saddle numbness: no. Bladder: no. Bowel: no. Getting weaker: no.')).toEqual({ hits: [], possible: [] });
  });

  it('a denied item still names its part of the body: "they" in the next sentence points back to it', () => {
    const d = build();
    expect(asked(d, 'Numbness in my legs: no. They are weak though')).toContain('leg-weakness');
    expect(hitIds(d, 'Numbness in my legs: no. They are weak though')).toEqual([]);
  });

  it('the answers are read in the normal form of text, however the file writes them (capitals, contractions, a stray mark)', () => {
    const checklist = { ...protocol.language.checklist!, no: ["Can't Say I Have", '-'] };
    const d = createRedFlagDetector({ ...protocol, language: { ...protocol.language, checklist } }, { screening });
    expect(quiet(d, "Fever: can't say I have.")).toEqual({ hits: [], possible: [] });
    expect(hitIds(d, 'Fever: yes.')).toContain('fever-chills');
    // A phrase that is no words answers nothing: a bare question about a sign is not read as "no".
    expect(quiet(d, 'Saddle numbness?')).toEqual(quiet(build(), 'Saddle numbness?'));
    expect(quiet(d, 'Saddle numbness?').possible).not.toEqual([]);
  });

  it('a bare "no" after a space denies an item too ("fever no, weight loss no")', () => {
    const d = build();
    expect(protocol.language.checklist?.bare).toContain('no');
    expect(quiet(d, 'fever no, weight loss no')).toEqual({ hits: [], possible: [] });
  });

  it('a list of lines begun with a dash: each line an item', () => {
    const d = build();
    expect(quiet(d, "- fever: don't think so\n- weight loss: not that I've noticed")).toEqual({ hits: [], possible: [] });
  });

  it('answers of several words are read whole ("not really", "not that I have noticed")', () => {
    const d = build();
    expect(quiet(d, 'Fever? Not really.')).toEqual({ hits: [], possible: [] });
    expect(quiet(d, 'Weight loss: not that I have noticed.')).toEqual({ hits: [], possible: [] });
  });

  it('"item? yes" is told, not asked: each item of the list is acted on', () => {
    const d = build();
    expect(hitIds(d, 'Fever? Yes, since Monday.')).toContain('fever-chills');
    expect(hitIds(d, 'Fever? Yes. Weight loss? Yes.')).toEqual(expect.arrayContaining(['fever-chills', 'weight-loss']));
    expect(hitIds(d, 'Fever: yes. Weight loss: yes.')).toEqual(expect.arrayContaining(['fever-chills', 'weight-loss']));
  });

  it('"item maybe a bit?" is told with its answer before the question mark, for each item', () => {
    const d = build();
    expect(hitIds(d, 'Weight loss maybe a bit? My belt has gone in two notches')).toContain('weight-loss');
    expect(hitIds(d, 'Fever maybe a bit?\nWeight loss maybe a bit?')).toEqual(expect.arrayContaining(['fever-chills', 'weight-loss']));
  });

  it('a phrase with a person or a denial of its own is no item: the sign before "no" is still acted on', () => {
    const d = build();
    expect(protocol.language.checklist?.notInItem).toEqual(expect.arrayContaining(['i', 'oh']));
    expect(hitIds(d, "I can't feel my legs, no")).toContain('bilateral-sciatica');
    expect(hitIds(d, "I can't feel my legs oh no")).toContain('bilateral-sciatica');
    expect(hitIds(d, 'my legs are numb, no fever')).toContain('bilateral-sciatica');
  });

  it('an item of more than four words is no item', () => {
    const d = build();
    expect(hitIds(d, 'so the worst of it is my legs are numb, no')).toContain('bilateral-sciatica');
  });
});

describe('words read as absent', () => {
  it('"seem to", "appear to be" add nothing to what is told', () => {
    const d = build();
    expect(protocol.language.transparent).toEqual(expect.arrayContaining(['seem to', 'appear to be']));
    expect(hitIds(d, "he doesn't seem to know where he is")).toContain('sudden-confusion');
    expect(hitIds(d, 'my legs seem to be giving way')).toContain('leg-weakness');
    expect(hitIds(d, 'my legs appear to be giving way')).toContain('leg-weakness');
  });

  it('the longest is read through first, whatever the order in the file ("seem to be", not "seem to" and a stray "be")', () => {
    const shortestFirst = [...protocol.language.transparent].sort((a, b) => a.length - b.length);
    const d = createRedFlagDetector({ ...protocol, language: { ...protocol.language, transparent: shortestFirst } }, { screening });
    expect(hitIds(d, 'my legs seem to be numb')).toContain('bilateral-sciatica');
    expect(hitIds(build(), 'my legs seem to be numb')).toContain('bilateral-sciatica');
  });
});

describe('a denied thing and a new clause inside its reach', () => {
  it('a sign that counts in the past, told as over, stays acted on when a new clause begins after it', () => {
    const d = build();
    // "no … anymore" tells a history (cancer in the past counts); "I think" begins a new clause.
    expect(hitIds(d, 'no cancer anymore I think')).toContain('cancer-history');
    expect(hitIds(d, 'no longer any cancer')).toContain('cancer-history');
  });

  it('past the new clause the sign is asked about, not denied and not acted on', () => {
    const d = build();
    expect(hitIds(d, 'no injury or anything I just can not feel my bum')).toEqual([]);
    expect(asked(d, 'no injury or anything I just can not feel my bum')).toContain('saddle-numbness');
    expect(quiet(d, 'no problems with my bladder')).toEqual({ hits: [], possible: [] });
  });
});
