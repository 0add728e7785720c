// The hazard log (content/hazards.yaml) cannot drift from the protocol, the articles or the tests:
// every control it names must exist, every test it cites must exist in its file, and every red flag
// of the protocol must be covered by at least one hazard.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadArticles } from '../../src/clinical/articles.ts';
import { loadYamlFile } from '../../src/clinical/contentFile.ts';
import { loadProtocol } from '../../src/clinical/triage/loadProtocol.ts';

const root = path.resolve(import.meta.dirname, '../..');
const text = z.string().trim().min(1);
const ids = z.array(z.string()).default([]);
const controlSchema = z
  .object({
    control: text,
    flags: ids,
    rules: ids,
    groups: ids,
    questions: ids,
    articles: z.array(z.object({ article: text, section: text }).strict()).default([]),
    tests: z.array(z.object({ file: text, name: text }).strict()).min(1, 'every control needs a test that proves it'),
  })
  .strict();
const levels = ['catastrophic', 'major', 'considerable', 'significant', 'minor'] as const;
const likelihoods = ['very high', 'high', 'medium', 'low', 'very low'] as const;
const logSchema = z
  .object({
    hazards: z
      .array(
        z
          .object({
            id: z.string().regex(/^HAZ-\d{2}$/),
            hazard: text,
            cause: text,
            effect: text,
            harm: text,
            severity: z.enum(levels),
            likelihood: z.enum(likelihoods),
            controls: z.array(controlSchema).min(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

const log = loadYamlFile(path.join(root, 'content/hazards.yaml'), logSchema);
const protocol = loadProtocol(path.join(root, 'content/triage.yaml'));
const articles = loadArticles(path.join(root, 'content/articles'));
const controls = log.hazards.flatMap((h) => h.controls.map((c) => ({ hazard: h.id, ...c })));
const QUESTIONS = Object.keys(protocol.questions).concat('spread', 'age', 'location', 'duration');

describe('the hazard log', () => {
  it('uses each hazard id once', () => {
    const all = log.hazards.map((h) => h.id);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('names only protocol flags, rules, question groups and questions that exist', () => {
    const missing: string[] = [];
    const flagIds = new Set(protocol.flags.map((f) => f.id));
    const ruleIds = new Set(protocol.rules.map((r) => r.id));
    const groupIds = new Set(protocol.groups.map((g) => g.id));
    for (const c of controls) {
      for (const id of c.flags) if (!flagIds.has(id)) missing.push(`${c.hazard}: flag ${id}`);
      for (const id of c.rules) if (!ruleIds.has(id)) missing.push(`${c.hazard}: rule ${id}`);
      for (const id of c.groups) if (!groupIds.has(id)) missing.push(`${c.hazard}: group ${id}`);
      for (const id of c.questions) if (!QUESTIONS.includes(id)) missing.push(`${c.hazard}: question ${id}`);
    }
    expect(missing).toEqual([]);
  });

  it('names only article sections that exist', () => {
    const missing = controls.flatMap((c) =>
      c.articles
        .filter((l) => !articles.find((a) => a.id === l.article)?.sections.some((s) => s.heading === l.section))
        .map((l) => `${c.hazard}: ${l.article} / ${l.section}`),
    );
    expect(missing).toEqual([]);
  });

  it('cites only tests that exist, by file and name', () => {
    const missing: string[] = [];
    for (const c of controls) {
      for (const t of c.tests) {
        const file = path.join(root, t.file);
        if (!existsSync(file)) missing.push(`${c.hazard}: no file ${t.file}`);
        else if (!readFileSync(file, 'utf8').includes(t.name)) missing.push(`${c.hazard}: no test "${t.name}" in ${t.file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('covers every red flag of the protocol with a hazard', () => {
    const covered = new Set(controls.flatMap((c) => c.flags));
    expect(protocol.flags.filter((f) => !covered.has(f.id)).map((f) => f.id)).toEqual([]);
  });
});
