import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';

const protocol = loadProtocol('content/triage.yaml');
const detector = createRedFlagDetector(protocol);
const rows = <T>(file: string): T[] =>
  readFileSync(`tests/fixtures/triage/${file}`, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

const positives = rows<{ say: string; flag: string }>('positives.jsonl');
const negatives = rows<{ say: string; kind: string }>('negatives.jsonl');

describe('red flags in lay words are caught', () => {
  it.each(positives.map((r) => [r.flag, r.say]))('%s: %s', (flag, say) => {
    const result = detector.detect(say);
    const hit = result.hits.find((h) => h.flagId === flag);
    expect(hit, JSON.stringify(result.hits)).toBeDefined();
    expect(hit!.level).toBe(protocol.flags.find((f) => f.id === flag)!.level);
  });
});

describe('negated, benign, past and hypothetical statements raise no alarm', () => {
  it.each(negatives.map((r) => [r.kind, r.say]))('%s: %s', (_kind, say) => {
    const alarms = detector.detect(say).hits.filter((h) => h.level === 'emergency' || h.level === 'urgent');
    expect(alarms).toEqual([]);
  });
});

describe('detection details', () => {
  it('keeps the flag after "but" and lists the denied one', () => {
    const r = detector.detect('no fever but my legs are weak');
    expect(r.hits.map((h) => h.flagId)).toEqual(['leg-weakness']);
    expect(r.denied).toContain('fever-chills');
  });
  it('"I can still control my bladder" is not a flag', () => {
    expect(detector.detect('I can still control my bladder').hits).toEqual([]);
  });
  it('questions about warning signs are questions with no hits', () => {
    for (const q of ['what are the warning signs?', 'should I worry if I get a fever?']) {
      const r = detector.detect(q);
      expect(r.isQuestion).toBe(true);
      expect(r.hits).toEqual([]);
    }
  });
  it('a question that also reports a symptom keeps the hit', () => {
    const r = detector.detect('is it bad that I keep wetting myself?');
    expect(r.isQuestion).toBe(true);
    expect(r.hits.map((h) => h.flagId)).toContain('bladder-dysfunction');
  });
  it('the patient\'s own cancer history counts, even long ago; a relative\'s does not', () => {
    expect(detector.detect('I had bowel cancer ten years ago').hits.map((h) => h.flagId)).toEqual(['cancer-history']);
    expect(detector.detect('my father had bowel cancer').hits).toEqual([]);
  });
  it('someone present now is still an emergency', () => {
    expect(detector.detect('my wife fell and cannot get up off the floor').hits.map((h) => h.level)).toContain('emergency');
  });
  it('forgives typos against the protocol words but not real words', () => {
    expect(detector.detect('my bladdr has stopped working').hits.map((h) => h.flagId)).toContain('bladder-dysfunction');
    expect(detector.detect('I fell off a ladder onto my back').hits.map((h) => h.flagId)).not.toContain('bladder-dysfunction');
  });
  it('gives the words that triggered the flag as evidence', () => {
    expect(detector.detect('numb down there since Monday').hits[0]!.evidence).toBe('numb down there');
  });
  it('finds several flags in one message', () => {
    const ids = detector.detect('I have a fever. Also I keep peeing myself.').hits.map((h) => h.flagId).sort();
    expect(ids).toEqual(['bladder-dysfunction', 'fever-chills']);
  });
});

describe('the kept last reading (rememberLast, as the bot builds it)', () => {
  it('reads a message again only when it changes; without the option every call reads', () => {
    const kept = createRedFlagDetector(loadProtocol('content/triage.yaml'), { rememberLast: true });
    const first = kept.detect('I cannot control my bladder');
    expect(kept.detect('I cannot control my bladder')).toBe(first);
    expect(kept.detect('my back aches').hits).toEqual([]);
    expect(kept.detect('I cannot control my bladder')).not.toBe(first);
    expect(kept.detect('I cannot control my bladder').hits.map((h) => h.flagId)).toContain('bladder-dysfunction');
    const fresh = createRedFlagDetector(loadProtocol('content/triage.yaml'));
    expect(fresh.detect('I cannot control my bladder')).not.toBe(fresh.detect('I cannot control my bladder'));
  });
});
