// A class found by session 33's blind batch of hyperbole, measured once before it was read (its one miss);
// none of these sentences is one of its messages: the taking of too much told in one sentence and the
// medicine and how much in the next ("I took… a lot. Like about 20 paracetamol") is asked about, as an
// amount "over the evening" or "in one night" is.
import { describe, expect, it } from 'vitest';
import { askedFlags, hitIds } from './contentDetector.ts';

describe('too much of a medicine told over two sentences', () => {
  it.each([
    ['The pain was unreal so I took loads. Honestly about 16 ibuprofen, plus the codeine.', 'overdose'],
    ['I swallowed... a lot. Maybe 24 co-codamol, I lost count.', 'overdose'],
    ['Roughly 18 paracetamol over the evening, the back was that bad.', 'overdose'],
    ['About twenty naproxen in one night because nothing was touching it.', 'overdose'],
  ])('"%s" is asked about (%s)', (text, flag) => {
    expect([...askedFlags(text), ...hitIds(text)]).toContain(flag);
  });
  it.each([
    'I took the dog out earlier. I have 2 paracetamol four times a day, as it says on the box.',
    "I've had sciatica since June. Naproxen helps a lot.",
    "I had a bad week. I'm on 50mg tramadol now.",
    "I didn't take anything yet. There are 20 paracetamol in the drawer.",
    'I took the day off. Is it true ibuprofen is fine all day long?',
  ])('"%s" is not', (text) => {
    expect(askedFlags(text)).not.toContain('overdose');
  });
});
