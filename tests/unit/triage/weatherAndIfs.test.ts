// Classes found by session 34's blind batch of weather and outdoor life, measured once before it was
// read; none of these sentences is one of its messages: ending one's life said under an "if", or a way of
// dying thought about, is asked about directly, never let go ("took my own life" is acted on); "wet" said of the weather or the ground is no wetting; of two questions
// of the same level, the one about an emergency that can be anyone's (thoughts of suicide) comes first.
import { describe, expect, it } from 'vitest';
import { screenQuestions } from '../../../src/clinical/triage/screening.ts';
import { askedFlags, hitIds, protocol, screening } from './contentDetector.ts';

describe('ending one\'s life under an "if"', () => {
  it.each([
    'Honestly, would anyone even notice if I ended my life?',
    "Sometimes I think they'd all manage fine if I killed myself, this back has worn me down.",
    'What if I just took my own life, would the pain stop then?',
    "Lately I've thought about jumping off the footbridge on my way to work.",
  ])('%j is asked about', (text) => {
    expect([...hitIds(text), ...askedFlags(text)]).toContain('suicidal');
  });
  it('an attempt told with the past of "take" is acted on', () => {
    expect(hitIds('I very nearly took my own life on Saturday night.')).toContain('suicidal');
  });
  it("someone's death by suicide is not acted on as the writer's", () => {
    expect(hitIds('My brother took his own life last spring and my back has been awful since.')).not.toContain('suicidal');
  });
  it.each(['thinking about jumping off the top board at the pool this summer, will my back cope?', 'tempted to jump off the wagon and have a pint'])('%j asks nothing about harm', (text) => {
    expect(askedFlags(text)).not.toContain('suicidal');
  });
  it('a plain denial is not', () => {
    expect(askedFlags("I'd never kill myself, but the pain is getting me down.")).not.toContain('suicidal');
  });
});

describe('wet weather', () => {
  it.each(['A wet weekend of gardening and now my lower back is stiff.', 'Slipped a bit on the wet grass, no harm done, but my hip aches.'])('%j asks nothing about the bladder', (text) => {
    expect(askedFlags(text)).not.toContain('bladder-dysfunction');
  });
  it('waking wet and cold is still asked about', () => {
    expect([...hitIds('I keep waking up wet and cold since my disc went'), ...askedFlags('I keep waking up wet and cold since my disc went')]).toContain('bladder-dysfunction');
  });
  it('wetting oneself still acts', () => {
    expect(hitIds('I wet myself getting up from the sofa, my back went on Monday.')).toContain('bladder-dysfunction');
  });
});

describe('the order of questions of the same level', () => {
  it("asks about thoughts of suicide before the bladder", () => {
    const questions = screenQuestions(
      [
        { screenId: 'bladder', flags: ['bladder-dysfunction'], reason: 'cue' },
        { screenId: 'mood', flags: ['suicidal'], reason: 'cue' },
      ],
      screening,
      protocol,
    );
    expect(questions.map((q) => q.flags[0])).toEqual(['suicidal', 'bladder-dysfunction']);
  });
});

describe('a later sentence that says "it settled"', () => {
  it('does not end an earlier sign of another kind', () => {
    expect(hitIds('Crushing chest pain going into my left arm since lunch. The back twinge, it settled, no numbness.')).toContain('chest-pain');
  });
});
