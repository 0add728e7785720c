// Classes found by session 38's blind batches of nurses and carers and of hospitality workers, measured once
// before they were read; none of these sentences is one of their questions: cover through work or a health cash
// plan (and the scheme named after "with"), the beds a carer or housekeeper works over (furniture, not bed rest),
// stooping at work, "operate on", and stock that is lifted, not traded; then (from the gardeners' batch, and batches
// 223 and 227 before it) doubt between seeing someone and waiting.
import { describe, expect, it } from 'vitest';
import { contentEngine, headingOf } from './helpers.ts';

const engine = contentEngine();
const topicOf = (q: string) => {
  const r = engine.answer(q);
  return r.kind === 'clinic' ? r.topic : r.kind;
};

describe('cover through work or a health cash plan', () => {
  it.each([
    'Would my Simplyhealth cash plan pay towards a session?',
    'Is physio covered by my work insurance, we are with the council staff scheme',
    'Can I claim back the cost of my sessions from my employer health plan?',
  ])('%j is the insurance question', (q) => expect(topicOf(q)).toBe('insurance'));
  it('another service named with "with" is still another service', () => {
    expect(topicOf('can you book me a table with the hotel group')).not.toBe('booking');
  });
});

describe('beds worked over, and stooping at work', () => {
  it.each([
    'Could changing the beds on my shift every day be what is hurting my lower back?',
    'Is stooping over a low workbench all day bad for my back?',
  ])('%j is about posture and lifting, not bed rest', (q) => {
    expect(headingOf(engine.answer(q))).toMatch(/^(Poor posture and lifting badly|Posture and ergonomics)$/);
  });
  it('bed rest asked about is still bed rest', () => {
    expect(headingOf(engine.answer('should I just stay in bed until my back settles?'))).toBe('Rest and bed rest');
  });
});

describe('"operate on", and lifting stock', () => {
  it('asks about surgery', () => {
    expect(headingOf(engine.answer('when would a surgeon decide to operate on a slipped disc?'))).toBe('Surgery');
  });
  it('stock lifted at work is no stock market', () => {
    expect(headingOf(engine.answer('can carrying stock up from the cellar pinch a nerve in my back?'))).toBe('Pinched nerve in the lower back');
    expect(engine.answer('should I buy stocks and shares this year?').kind).toBe('none');
  });
});

describe('doubt between seeing someone and waiting', () => {
  it.each([
    'Not sure whether to see my GP or just put my feet up for a few days with this back',
    'No idea if I should go to A&E, ring 111 or just rest it, my hip is sore after gardening',
    'dont know if i need a physio or to wait it out with this hip',
  ])('%j is answered by Not sure what to do', (q) => {
    expect(headingOf(engine.answer(q))).toBe('Not sure what to do');
  });
  it('a question of its own beside the routes keeps its subject', () => {
    expect(headingOf(engine.answer('what do physios actually do for a bad back?'))).not.toBe('Not sure what to do');
  });
});
