// One normal form for patient text, applied before anything reads it: NFKC (full-width and other
// compatibility letters become plain ones), invisible formatting characters removed (a zero-width
// space or a soft hyphen inside "bl\u200badder" must not hide a red flag), and the letters of other
// scripts that look like Latin ones folded to them ("bladder" typed with a Cyrillic "а").

// Unicode "format" characters (zero-width space/joiners, soft hyphen, bidi marks, BOM, tag
// characters) and variation selectors: they change nothing a reader sees.
const INVISIBLE = /[\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}\u034F\u115F\u1160\u3164\uFFA0]/gu;
// Spaces of every kind become one plain space; line breaks are kept (they end sentences).
// Stryker disable next-line Regex: one of its mutants (\v made \V) is no regular expression under the u flag, a syntax error that stops every test file loading this module
const ODD_SPACE = /[\p{Zs}\t\v\f]+/gu;

// Confusable letters (Unicode TR39 confusables, the Cyrillic and Greek letters that render like
// Latin ones in common fonts). Only these: a full transliteration would change real words.
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ї: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w', һ: 'h', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ρ: 'p', ν: 'v', τ: 't', ι: 'i', κ: 'k', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X',
};
const LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKES).join('')}]`, 'gu');

// A joiner between two emoji makes them one ("🧑‍⚕️" health worker, "🏃‍♀️"): kept, as the emoji's name is read (text/emoji.ts).
const joinsEmoji = (text: string, at: number) =>
  /\p{Extended_Pictographic}[\uFE0F\p{Emoji_Modifier}]*$/u.test(text.slice(Math.max(0, at - 8), at)) && /^\p{Extended_Pictographic}/u.test(text.slice(at + 1, at + 3));

/** The text as every reader of a message sees it. Pure and idempotent. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(INVISIBLE, (c: string, at: number, all: string) => (c === '\u200D' && joinsEmoji(all, at) ? c : ''))
    .replace(LOOK_ALIKE, (c) => LOOK_ALIKES[c] ?? c)
    .replace(ODD_SPACE, ' ');
}
