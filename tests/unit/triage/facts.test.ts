// Facts read from free text, table-driven (tests/fixtures/triage/facts.jsonl): what a sentence tells
// about red flags (reported "yes", denied "no", or nothing: null), the trend and the spread. The
// cases are the hard ones: denials taken back ("until", "well maybe"), histories ("anymore"),
// control kept ("I can still control my bladder") and loose trend words ("spreads").
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../src/clinical/triage/facts.ts';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import type { FlagAnswer, Improving } from '../../../src/clinical/triage/types.ts';

const protocol = loadProtocol('content/triage.yaml');
const now = new Date('2025-03-12T10:00:00');

interface Row {
  say: string;
  why: string;
  flags?: Record<string, FlagAnswer | null>;
  improving?: Improving | null;
  spreadsBelowKnee?: boolean | null;
}

const rows = readFileSync('tests/fixtures/triage/facts.jsonl', 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Row);

describe('extractFacts', () => {
  it.each(rows.map((r) => [r.say, r] as const))('%s', (_say, row) => {
    const facts = extractFacts(row.say, protocol, now);
    for (const [flag, answer] of Object.entries(row.flags ?? {})) {
      expect(facts.flags?.[flag], `${flag}: ${row.why}`).toBe(answer ?? undefined);
    }
    if ('improving' in row) expect(facts.improving, row.why).toBe(row.improving ?? undefined);
    if ('spreadsBelowKnee' in row) expect(facts.spreadsBelowKnee, row.why).toBe(row.spreadsBelowKnee ?? undefined);
  });
});
