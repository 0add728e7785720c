// Every fact of the seed articles must be covered by one section of our own articles:
// that section must contain at least one alternative of every term group of the fact.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadArticles } from '../../src/clinical/articles.ts';
import { loadYamlFile } from '../../src/clinical/contentFile.ts';

const root = path.resolve(import.meta.dirname, '../..');

const factsSchema = z
  .array(
    z
      .object({
        fact: z.string().min(10),
        source: z.string().regex(/^\d{3}$/, 'the seed file number, e.g. "003"'),
        /** Where the guidance disagrees with the seed: what it says (the article says both). */
        guidance: z.string().min(10).optional(),
        terms: z.array(z.array(z.string().min(2)).min(1)).min(1),
      })
      .strict(),
  )
  .min(60);

const facts = loadYamlFile(path.join(root, 'tests/fixtures/seed-facts.yaml'), factsSchema);
const sections = loadArticles(path.join(root, 'content/articles')).flatMap((a) => a.sections);

/** Term groups of `terms` that the section text does not contain. */
function missingGroups(text: string, terms: string[][]): string[][] {
  const lower = text.toLowerCase();
  return terms.filter((group) => !group.some((alt) => lower.includes(alt.toLowerCase())));
}

describe('seed facts are covered by our articles', () => {
  it('lists facts from every seed article', () => {
    expect(new Set(facts.map((f) => f.source))).toEqual(new Set(['000', '001', '002', '003', '004']));
  });

  it('covers every fact in one section (all uncovered facts listed)', () => {
    const uncovered: string[] = [];
    for (const f of facts) {
      const ranked = sections
        .map((s) => ({ where: `${s.articleId} / ${s.heading}`, missing: missingGroups(`${s.heading}\n${s.text}`, f.terms) }))
        .sort((a, b) => a.missing.length - b.missing.length);
      const best = ranked[0]!;
      if (best.missing.length > 0) {
        uncovered.push(`fact not covered (seed ${f.source}): "${f.fact}". Closest section: ${best.where}, missing ${JSON.stringify(best.missing)}`);
      }
    }
    expect(sections.length).toBeGreaterThan(0);
    expect(uncovered).toEqual([]);
  });
});
