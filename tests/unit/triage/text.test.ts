// How patient text is read before any sign, cue or option is looked for (src/clinical/triage/text.ts):
// sentences, words and clause breaks, contractions, and small typing slips read as the protocol word
// they are near. Each case builds its own reader with its own few terms: the words a reader has
// learnt, and the typos it has read, are kept for its life.
import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { findSpans, TextReader } from '../../../src/clinical/triage/text.ts';

const contractions = loadProtocol('content/triage.yaml').language.contractions;

/** A reader that has learnt these terms, and what it reads in a text: the words of each sentence. */
function readerOf(terms: string[], learn?: boolean) {
  const reader = new TextReader(contractions);
  const compiled = terms.map((t) => (learn === undefined ? reader.compile(t) : reader.compile(t, learn)));
  return {
    words: (text: string) => reader.read(text).map((s) => s.tokens.map((t) => t.raw)),
    /** The terms found in the text (by their source), in the order given. */
    found: (text: string) => compiled.filter((term) => reader.read(text).some((s) => findSpans([term], s.tokens).length > 0)).map((t) => t.source),
    questions: (text: string) => reader.read(text).map((s) => s.endsWithQuestionMark),
  };
}

describe('TextReader: sentences, words and clause breaks', () => {
  it('splits sentences at . ! ? ; and line breaks, and keeps no sentence without a word', () => {
    const r = readerOf([]);
    expect(r.words('my hip hurts!!! and my back...')).toEqual([['my', 'hip', 'hurts'], ['and', 'my', 'back']]);
    expect(r.words('left hip; since Monday\nno fever')).toEqual([['left', 'hip'], ['since', 'monday'], ['no', 'fever']]);
    expect(r.questions('is it serious? my hip hurts.')).toEqual([true, false]);
  });

  it('marks a comma, colon or bracket between words as one clause break, never at the start', () => {
    const r = readerOf([]);
    expect(r.words('hip: left, (since Monday) back')).toEqual([['hip', ',', 'left', ',', 'since', 'monday', ',', 'back']]);
    expect(r.words(', (hip')).toEqual([['hip']]);
  });

  it('drops other marks without a break: a term reads across them', () => {
    const r = readerOf(['back pain']);
    expect(r.words('back & hip pain')).toEqual([['back', 'hip', 'pain']]);
    expect(r.found('back # pain')).toEqual(['back pain']);
    expect(r.found('back, pain')).toEqual([]);
  });

  it('expands contractions, listed or not ("mustn\'t" → "must not")', () => {
    const r = readerOf([]);
    expect(r.words("I can't stand, I mustn't lift")).toEqual([['i', 'can', 'not', 'stand', ',', 'i', 'must', 'not', 'lift']]);
    expect(r.words('it needn’t hurt')).toEqual([['it', 'need', 'not', 'hurt']]);
    expect(r.words("you're right")).toEqual([['you', 'are', 'right']]);
  });

  it('reads hyphens, slashes and quotes as spaces between words', () => {
    expect(readerOf([]).words('lower-back/hip "pain"')).toEqual([['lower', 'back', 'hip', 'pain']]);
  });
});

describe('TextReader: typing slips read as the protocol word they are near', () => {
  it('reads one slip in a word of 4 to 7 letters, never two', () => {
    const r = readerOf(['bladder', 'back']);
    expect(r.found('my bladdr')).toEqual(['bladder']);
    expect(r.found('my bakc hurts')).toEqual(['back']);
    expect(r.found('my backk hurts')).toEqual(['back']);
    expect(r.found('my bldadr')).toEqual([]);
  });

  it('reads two slips in a word of 8 letters or more', () => {
    const r = readerOf(['paralysed']);
    expect(r.found('my leg is paralisd')).toEqual(['paralysed']);
    expect(r.found('my leg is parlaysd')).toEqual(['paralysed']);
  });

  it('never corrects a word of under 4 letters, towards a word of under 4, or to another first letter', () => {
    const r = readerOf(['back', 'poo', 'bladder']);
    expect(r.found('my bak hurts')).toEqual([]);
    expect(r.found('pooo everywhere')).toEqual([]);
    expect(r.found('the pladder')).toEqual([]);
  });

  it('corrects nothing towards a term compiled without learning it (the facts reader\'s lists)', () => {
    const r = readerOf(['bladder', 'numb*'], false);
    expect(r.found('my bladder, numbness')).toEqual(['bladder', 'numb*']);
    expect(r.found('my bladdr, nmubness')).toEqual([]);
  });

  it('corrects nothing towards a prefix of under 4 letters', () => {
    const r = readerOf(['pad*']);
    expect(r.found('a heat pads')).toEqual(['pad*']);
    expect(r.found('a heat paad')).toEqual([]);
  });

  it('never corrects a known English word ("stood" stays stood, not "stool")', () => {
    const r = readerOf(['stool']);
    expect(r.found('I stood up')).toEqual([]);
    expect(r.found('my stoool')).toEqual(['stool']);
  });

  it('reads a slip at the start of a prefix term, with the same first letter', () => {
    const r = readerOf(['numb*', 'tingl*']);
    expect(r.found('nmubness in my legs')).toEqual(['numb*']);
    expect(r.found('tinglign toes')).toEqual(['tingl*']);
    expect(r.found('mumbness in my legs')).toEqual([]);
  });

  it('reads a prefix term\'s start a letter short, as long, or a letter long', () => {
    const r = readerOf(['tingl*', 'numb*']);
    expect(r.found('tngling in my feet')).toEqual(['tingl*']);
    expect(r.found('tiingling in my feet')).toEqual(['tingl*']);
    expect(r.found('my leg is nmub')).toEqual(['numb*']);
  });

  it('never compares fewer than 4 letters with a prefix ("panadol" is no slip of "pain*")', () => {
    const r = readerOf(['pain*']);
    expect(r.found('I took some panadol')).toEqual([]);
    expect(r.found('paiiny')).toEqual(['pain*']);
  });

  it('prefers a whole word one slip away over a prefix', () => {
    const r = readerOf(['numb*', 'number']);
    expect(r.found('numbr')).toEqual(['numb*', 'number']);
    const wordOnly = readerOf(['number', 'numb*']);
    expect(wordOnly.found('nubmer')).toEqual(['number']);
  });
});

describe('findSpans: the kinds of term', () => {
  it('reads a word by its stem, an exact word ("tearing!") only as written', () => {
    const r = readerOf(['tear', 'tearing!']);
    expect(r.found('it tears')).toEqual(['tear']);
    expect(r.found('a tearing pain')).toEqual(['tear', 'tearing!']);
  });

  it('lets a gap ("lost ~ weight") take up to three words, never a clause break', () => {
    const r = readerOf(['lost ~ weight']);
    expect(r.found('I lost weight')).toEqual(['lost ~ weight']);
    expect(r.found('I lost a lot of weight')).toEqual(['lost ~ weight']);
    expect(r.found('I lost a lot of my weight')).toEqual([]);
    expect(r.found('I lost my keys, weight is the same')).toEqual([]);
  });
});
