// Emoji read as words (src/clinical/text/emoji.ts), with a reader's knowledge made up here.
import { describe, expect, it } from 'vitest';
import { EmojiReader } from '../../../src/clinical/text/emoji.ts';

const words = (...w: string[]) => new Set(w);
const reader = (names: Set<string>, keywords = words()) => new EmojiReader([{ name: (w) => names.has(w), keyword: (w) => keywords.has(w) }]);

describe('an emoji that stands where a word would', () => {
  it('is read as the thing its name says is drawn, when the reader knows it', () => {
    expect(reader(words('leg')).read('my 🦵 is numb').replace(/\s+/g, ' ')).toBe('my leg is numb');
    // "pile of poo": the noun the name ends with.
    expect(reader(words('poo')).read('💩 came out').replace(/\s+/g, ' ').trim()).toBe('poo came out');
  });
  it('at the end, only after a word that needs a noun ("I can\'t feel my 🍑")', () => {
    expect(reader(words(), words('butt')).read("I can't feel my 🍑").replace(/\s+/g, ' ').trim()).toBe("I can't feel my butt");
    expect(reader(words('fire')).read('my hip flexors ache 🔥')).toBe('my hip flexors ache 🔥');
  });
  it('a run of one emoji reads as the plural ("both 🦵🦵 tingling")', () => {
    expect(reader(words('leg')).read('both 🦵🦵 tingling').replace(/\s+/g, ' ')).toBe('both legs tingling');
  });
  it('one with a skin tone, a selector or a joined part is still the same emoji', () => {
    expect(reader(words('running')).read('can I 🏃🏽‍♀️ today').replace(/\s+/g, ' ')).toBe('can I running today');
    expect(reader(words('bed')).read('stay in 🛏️ all day').replace(/\s+/g, ' ')).toBe('stay in bed all day');
  });
  it('its keywords only where the reader trusts them, in the order of its passes', () => {
    // 🍑 is drawn as a peach; "butt" is one of its keywords.
    expect(reader(words(), words('butt')).read('my 🍑 hurts').replace(/\s+/g, ' ')).toBe('my butt hurts');
    const passes = new EmojiReader([{ keyword: (w) => w === 'payment' }, { name: (w) => w === 'bag' }]);
    expect(passes.read('the 💰 for a visit').replace(/\s+/g, ' ')).toBe('the payment for a visit');
  });
});

describe('an emoji that is kept as it is', () => {
  it('one whose names the reader does not know', () => {
    expect(reader(words()).read('my 🦵 is numb')).toBe('my 🦵 is numb');
  });
  it('a face: it tells a mood, not a sign ("😅" is drawn with sweat, "😵" is "unconscious")', () => {
    const r = reader(words('sweat', 'dizzy'), words('unconscious'));
    expect(r.read('😅 just stiff')).toBe('😅 just stiff');
    expect(r.read('😵 from the pain')).toBe('😵 from the pain');
  });
  it('one at the end of a clause, or before another emoji: a decoration', () => {
    const r = reader(words('scooter', 'fire', 'blood'));
    expect(r.read('all sorted years ago 🛴 — fine now')).toBe('all sorted years ago 🛴 — fine now');
    expect(r.read('my hip flexors ache 🔥')).toBe('my hip flexors ache 🔥');
    expect(r.read('a crime scene 🩸💀 and then')).toBe('a crime scene 🩸💀 and then');
  });
  it('a colour it is drawn in, or a denial among its keywords, is never read ("🚗": red; "🚭": no smoking)', () => {
    expect(reader(words(), words('red')).read('got out of the 🚗 today')).toBe('got out of the 🚗 today');
    expect(reader(words(), words('no', 'not')).read('🚭 fever here')).toBe('🚭 fever here');
  });
  it('a made-up sequence of emoji is left alone', () => {
    expect(reader(words('leg')).read('odd \u{1F9B5}\u200D\u{1F9B5}\u200D\u{1F9B5} thing')).toContain('\u200D');
  });
});
