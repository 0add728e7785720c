// Examples given of the signs a question asks about in general (session 26: the fresh answer batch "don'ts";
// none of these is a sentence of the batch): what they may be is asked about, never acted on unasked, and
// never passed over. A clause of the writer's own after "like" still tells.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('examples of signs asked about in general', () => {
  it('"…never ignore? Like losing control of my bladder?" is asked about, not an emergency at once', () => {
    const text = 'Which back symptoms are the ones you must never ignore? Like not being able to control my bladder?';
    expect(hitIds(text)).not.toContain('bladder-dysfunction');
    expect(askedFlags(text)).toContain('bladder-dysfunction');
  });
  it('"…red flags, such as numb between the legs?" in one sentence is asked about', () => {
    const text = 'what are the red flags with my back pain, such as going numb between my legs?';
    expect(hitIds(text)).not.toContain('saddle-numbness');
    expect(askedFlags(text)).toContain('saddle-numbness');
  });
  it('a general question with examples and no one of its own stays general', () => {
    expect(askedFlags('For a school project: which back pain symptoms are emergencies, like losing bladder control?')).not.toContain('bladder-dysfunction');
  });
  it('"Is this serious? Like I can\'t feel my legs" tells the sign', () => {
    expect(hitIds("Is this serious? Like I can't feel my legs since this morning?")).toContain('bilateral-sciatica');
  });
  it('a "like" with no question about signs before it tells the sign', () => {
    expect(hitIds("Why does my back hurt so much? Like, the skin between my legs has gone numb since lunch.")).toContain('saddle-numbness');
  });
});
