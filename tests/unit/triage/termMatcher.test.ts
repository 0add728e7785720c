// The detector matches thousands of terms through an index of their first words; it must find the
// same spans, in the same order, as trying every term at every position.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { findSpans, scanSpans, TermMatcher, TextReader, type Term } from '../../../src/clinical/triage/text.ts';

const protocol = loadProtocol('content/triage.yaml');
const reader = new TextReader(protocol.language.contractions);
const groups = new Map<string, Term[]>(
  Object.entries(protocol.concepts).map(([name, terms]) => [name, terms.map((t) => reader.compile(t))]),
);
// Terms of every kind: prefixes (one shorter than the index's three letters), exact words, gaps, and a gap first.
groups.set('kinds', ['tingl* feet', 'we*', 'tearing!', 'lost ~ weight', '~ numb bum'].map((t) => reader.compile(t)));
// Two terms at the same word, the later one found first (by its stem, the earlier by its prefix): the spans
// still come in the terms' order.
groups.set('order', ['numb* legs', 'numb'].map((t) => reader.compile(t)));

const messages = ['positives.jsonl', 'negatives.jsonl']
  .flatMap((f) => readFileSync(`tests/fixtures/triage/${f}`, 'utf8').split('\n'))
  .filter((l) => l.trim())
  .map((l) => {
    const row = JSON.parse(l) as { say?: string; text?: string };
    return row.say ?? row.text ?? '';
  })
  .concat(['tinglling in my feet and a tearing pain', 'I have lost a lot of weight', 'a numb bum, numbb legs', 'sadle numbness, cant pee', 'numb legs and a nut allergy', 'nmubness down there']);

describe('TermMatcher', () => {
  it('finds what trying every term finds, group by group, in the same order', () => {
    // Built inside the test: how the terms are indexed is part of what is checked.
    const matcher = new TermMatcher(groups);
    let compared = 0;
    for (const message of messages) {
      for (const sentence of reader.read(message)) {
        const found = matcher.match(sentence.tokens);
        for (const [name, terms] of groups) {
          const expected = scanSpans(terms, sentence.tokens);
          expect(found.get(name) ?? [], `${name} in "${message}"`).toEqual(expected);
          if (expected.length) compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('keeps the terms\' order at a word where a later term is found first', () => {
    // "numb" is found by its word before "numb* legs" by its prefix, and must still come second.
    const terms = ['numb* legs', 'numb'].map((t) => reader.compile(t));
    const tokens = reader.read('numb legs')[0]!.tokens;
    expect(scanSpans(terms, tokens)).toEqual([{ start: 0, end: 2 }, { start: 0, end: 1 }]);
    expect(new TermMatcher(new Map([['order', terms]])).match(tokens).get('order')).toEqual(scanSpans(terms, tokens));
  });

  it('findSpans (indexed for long lists, scanned for short ones) gives the same spans as trying every term', () => {
    for (const message of messages) {
      for (const sentence of reader.read(message)) {
        for (const [name, terms] of groups) {
          expect(findSpans(terms, sentence.tokens), `${name} in "${message}"`).toEqual(scanSpans(terms, sentence.tokens));
        }
      }
    }
  });
});
