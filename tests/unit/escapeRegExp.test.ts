// A phrase from content used inside a pattern matches itself only: "a.b" is not "axb", "(left)" is not "left".
import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/clinical/text/escapeRegExp.ts';

describe('escapeRegExp', () => {
  it.each(['a.b', 'pain (left)', '1+1', 'c*', 'what?', '[x]', 'a|b', 'back\\slash', '^$', '{2}'])('"%s" matches itself and nothing else', (text) => {
    const re = new RegExp(`^${escapeRegExp(text)}$`);
    expect(re.test(text)).toBe(true);
  });
  it('a dot is only a dot', () => {
    expect(new RegExp(escapeRegExp('a.b')).test('axb')).toBe(false);
    expect(escapeRegExp('(left)')).toBe('\\(left\\)');
  });
});
