// A typed answer to a numbered list, and the shape of one option. Kept in the clinical core
// because reading an answer is part of the interview; the channels re-export it for rendering.

/** One option: `title` is shown, `value` is the text the bot understands (sent back on click). */
export interface ChoiceOption {
  title: string;
  value: string;
}

/**
 * Reads a typed answer to a numbered checklist (channels without Adaptive Cards): "1, 3",
 * "2 and 4", or one option's exact title or value. Undefined when any part is not an option.
 */
export function readNumberedSelection(text: string, choices: readonly ChoiceOption[]): string[] | undefined {
  const wanted = text.trim().toLowerCase();
  const whole = choices.find((c) => c.title.toLowerCase() === wanted || c.value.toLowerCase() === wanted);
  if (whole) return [whole.value];
  const parts = wanted.split(/\s*(?:,|;|\band\b|&|\s)\s*/).filter(Boolean);
  if (parts.length === 0) return undefined;
  const values: string[] = [];
  for (const part of parts) {
    const n = /^\d+$/.test(part) ? Number(part) : NaN;
    const choice = Number.isInteger(n) ? choices[n - 1] : undefined;
    if (!choice) return undefined;
    if (!values.includes(choice.value)) values.push(choice.value);
  }
  return values;
}
