// Real words a phone's autocorrect put in for ours (the fresh answer batch "autocorrect", session 23):
// read in context by the content's own word pairs, and left alone where the context does not say so.
import { describe, expect, it } from 'vitest';
import { RealWordReader } from '../../../src/clinical/answer/realWords.ts';
import { contentEngine, partsShown } from './helpers.ts';

const stop = new Set(['and', 'the', 'a', 'is', 'it', 'in', 'here', 'my', 'your', 'or', 'for', 'so']);
const reader = new RealWordReader(
  [['use', 'an', 'ice', 'pack'], ['lumbar', 'spine'], ['talk', 'to', 'a', 'real', 'person']],
  new Set(['ice', 'pack', 'lumbar', 'spine', 'real', 'person', 'hip', 'use', 'talk']),
  (w) => !stop.has(w),
  new Set(['hip', 'back']),
  new Set(['hurts', 'ache', 'pain']),
);
const read = (text: string) => reader.read(text.split(' ')).join(' ');

describe('a real word autocorrect put in', () => {
  it('is read as ours when a neighbour that means something makes a phrase of the content with it', () => {
    expect(read('heat pack or nice pack')).toBe('heat pack or ice pack');
    expect(read('a nice pack')).toBe('a ice pack');
    expect(read('wear in my lumber spine')).toBe('wear in my lumbar spine');
    expect(read('a reel person please')).toBe('a real person please');
  });
  it('a possessive before a part of the body, in a message of pain, is read as that part', () => {
    expect(read('my hop hurts')).toBe('my hip hurts');
    expect(read('a really bad my grain what should i take')).toBe('a really bad my grain what should i take');
  });
  it('is left alone beside a word that carries nothing, or with no pain told', () => {
    expect(read('it is nice and warm in here')).toBe('it is nice and warm in here');
    expect(read('my hop')).toBe('my hop');
  });
});

describe('in the engine', () => {
  const engine = contentEngine();
  it('"scan showed wear in my lumber spine… can the spine make your hop hurt" is the back causing hip pain', () => {
    expect(partsShown(engine.answer('can a problem in the spine make your hop hurt? scan showed wear in my lumber spine but i feel it in the hip'))).toContain('hip-back-connection#How back problems can cause hip pain');
  });
});
