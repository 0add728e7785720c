// "How can I tell if…" (session 28: the blind answer batch "how can I tell"; none of these is one of its
// sentences). The frame asks for the signs of what follows it, which is what is read.
import { describe, expect, it } from 'vitest';
import { tellReader } from '../../../src/clinical/answer/tellFrame.ts';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const heading = (q: string) => headingOf(engine.answer(q));
const untold = tellReader();

describe('the frame of telling is taken off', () => {
  it.each([
    ['How would I know if I have pulled something?', 'I have pulled something?'],
    ['Is there a way of knowing whether it is arthritis?', 'it is arthritis?'],
    ["What's the easiest way to check that my desk is set up right?", 'my desk is set up right?'],
    ['Lifted a sofa. How am I supposed to tell if it is a strain?', 'Lifted a sofa. it is a strain?'],
    ['How do you know when to see a doctor?', 'when to see a doctor?'],
  ])('%j reads %j', (text, read) => expect(untold(text)).toBe(read));
  it('a choice keeps it: telling one from the other is the question', () => {
    expect(untold('How can I tell whether it is my hip or my back?')).toBe('How can I tell whether it is my hip or my back?');
  });
  it('where a pain comes from keeps it: the signs of each place are the question (session 36)', () => {
    expect(untold('how would you know if the ache is from your spine')).toBe('how would you know if the ache is from your spine');
    expect(untold('How would I know if I pulled a muscle in my back?')).toBe('I pulled a muscle in my back?');
  });
  it('a message without it is left as it is', () => {
    expect(untold('I know my back is stiff. Can you tell me why?')).toBe('I know my back is stiff. Can you tell me why?');
  });
});

describe('what follows the frame is answered', () => {
  it.each([
    ['How would I know if tight hamstrings are behind my back ache?', 'Tight muscles and muscle imbalance'],
    ['Moved house last week. How would I know if I have strained a muscle in my lower back?', 'Muscle strains and sprains'],
    ['how would you know if the ache is from your spine', 'Signs the pain comes from the spine'],
  ])('%j', (q, want) => expect(heading(q)).toBe(want));
  it('a choice kept is answered from the article that tells the two apart (or asks which of its two sides)', () => {
    const r = engine.answer('How can I tell if it is coming from my hip or my back?');
    const headings = r.kind === 'answer' ? [r.section.heading] : r.kind === 'clarify' ? r.options.map((o) => o.heading) : [];
    expect(headings.length).toBeGreaterThan(0);
    for (const h of headings) expect(['Hip or back, why it is hard to tell', 'Signs the pain comes from the hip', 'Signs the pain comes from the spine']).toContain(h);
  });
});

describe('ankylosing spondylitis told by what it is (session 28: the batch "this time and last time" among others)', () => {
  it.each([
    'I am 27 and stiff for an hour every morning. Could it be an inflammatory spine condition?',
    'what is the spine fusing condition my uncle has?',
    'is inflammatory arthritis of the spine serious?',
  ])('%j', (q) => expect(heading(q)).toBe('Ankylosing spondylitis'));
});
