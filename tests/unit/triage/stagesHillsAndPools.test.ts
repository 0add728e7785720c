// Signs as musicians, hillwalkers and swimmers tell them (session 45's blind batches): a back "seized" every morning
// for an hour; and what only sounds like a sign: choking in a final or an audition.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('a back seized every morning for a long while', () => {
  it('is asked about as long morning stiffness', () => {
    expect(askedFlags('My back has been seized every morning for over an hour, and it has been like that for months. I am 29.')).toContain('inflammatory-back-pain');
  });
  it('a back that seized once lifting asks nothing of mornings', () => {
    expect(askedFlags('my back seized on me lifting the amp yesterday')).not.toContain('inflammatory-back-pain');
  });
});

describe('choking as failing under pressure', () => {
  it.each(['I choked at the audition again, and my lower back has been stiff all week', 'Choked in the county final under pressure. Back is sore too.'])(
    'is asked about, not acted on: %j',
    (text) => {
      expect(hitIds(text)).not.toContain('choking');
      expect(askedFlags(text)).toContain('choking');
    },
  );
  it('choking on food is acted on', () => {
    expect(hitIds('my son is choking on a grape and going red')).toContain('choking');
  });
});
