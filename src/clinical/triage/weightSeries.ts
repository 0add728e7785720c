// A weight written down more than once, falling ("Jan: weight 78kg / Feb: 75kg / Mar: 72kg", "was 90kg, now
// 82kg"): a log of weight lost, which no single phrase tells. Read as "weight down" after the last reading, in
// its own sentence, so that what that sentence says of it still counts ("…72kg, on Slimming World" is on purpose).

const WEIGHT = /(\d{2,3}(?:\.\d)?)\s*(kg|kgs|kilos?|lbs?|pounds)\b/gi;
/** The least fall, as a share of the first weight, that is a loss and not the scales' day-to-day swing. */
const LEAST_FALL = 0.05;
/** Two readings only as then and now: "was 90kg, now 82kg". */
const THEN_NOW = /\b(?:was|were|used to be|from)\b[^.\n]*\d[^.\n]*\b(?:now|down to|to)\b/i;
/** Or as now and then, the then after the now: "weight 52.1kg (was 58kg in March)", "70kg, down from 78kg". */
const NOW_THEN = /^[^.\n\d]{0,12}\b(?:was|were|used to be|down from|from|previously)\s*$/i;

/** The text with "weight down" after the last of three or more falling weights (or a then and a now), 5 % apart or more. */
export function readWeightSeries(text: string): string {
  if (!/\d/.test(text)) return text;
  const found = [...text.matchAll(WEIGHT)];
  if (found.length < 2) return text;
  // The words between two readings alone: "(was " in "52.1kg (was 58kg".
  const nowThen = found.length === 2 && NOW_THEN.test(text.slice(found[0]!.index! + found[0]![0].length, found[1]!.index!));
  if (found.length === 2 && !nowThen && !THEN_NOW.test(text)) return text;
  const unit = (u: string) => (/^(lb|lbs|pounds)$/i.test(u) ? 'lb' : 'kg');
  if (found.some((m) => unit(m[2]!) !== unit(found[0]![2]!))) return text;
  const values = found.map((m) => Number(m[1]));
  if (nowThen) values.reverse();
  const falling = values.every((v, i) => i === 0 || v < values[i - 1]!);
  if (!falling || (values[0]! - values[values.length - 1]!) / values[0]! < LEAST_FALL) return text;
  const last = found[found.length - 1]!;
  const end = last.index! + last[0].length;
  return `${text.slice(0, end)} weight down${text.slice(end)}`;
}
