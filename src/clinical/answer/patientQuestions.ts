// Questions patients asked, each with the section that answers it (content/questions/*.jsonl, one
// {"q": "...", "want": ["article#Section"]} per line; "want": [] for a question we do not answer).
// They train the example-question view only: the articles' own examples stay the sections' words
// (search, subjects, spelling), so a question here never makes its words a subject of ours. Each
// file was first a batch written blind and measured once as unseen (README, "Measured once").

import { readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { ContentError, readTextFile } from '../contentFile.ts';
import { findSectionRef } from '../articles.ts';
import type { Article } from '../types.ts';
import { CLINIC_TOPICS } from './clinicTopic.ts';

const questionSchema = z
  .object({
    q: z.string().trim().min(3).max(2000),
    want: z.array(z.string().regex(/^[a-z0-9-]+#.+$/, 'must be "article#Section heading" or "clinic#topic"')).max(8),
  })
  .strict();

export interface PatientQuestion {
  q: string;
  want: string[];
  file: string;
  line: number;
}

/** Every question of every .jsonl file in `dir` (none when the folder is absent), checked line by line. */
export function loadPatientQuestions(dir: string): PatientQuestion[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  } catch {
    return [];
  }
  return files.flatMap((name) => {
    const file = path.join(dir, name);
    return readTextFile(file)
      .split('\n')
      .flatMap((text, i) => {
        if (!text.trim()) return [];
        let row: unknown;
        try {
          row = JSON.parse(text);
        } catch (err) {
          throw new ContentError(file, i + 1, `not valid JSON: ${(err as Error).message}`);
        }
        const parsed = questionSchema.safeParse(row);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new ContentError(file, i + 1, `${issue.path.length ? `field "${issue.path.join('.')}": ` : ''}${issue.message}`);
        }
        return [{ ...parsed.data, file, line: i + 1 }];
      });
  });
}

/**
 * The questions by the section that answers them ("article#Heading", the first of `want`): a section
 * or a clinic topic that does not exist stops the start, naming the file and line. Questions about the
 * clinic and questions we do not answer train nothing here.
 */
export function questionsBySection(questions: readonly PatientQuestion[], articles: readonly Article[]): Map<string, string[]> {
  const topics = new Set<string>(CLINIC_TOPICS);
  const out = new Map<string, string[]>();
  for (const question of questions) {
    for (const want of question.want) {
      const article = want.slice(0, want.indexOf('#'));
      const known = article === 'clinic' ? topics.has(want.slice(article.length + 1)) : findSectionRef(articles, want) !== undefined;
      if (!known) throw new ContentError(question.file, question.line, `want "${want}": no such ${article === 'clinic' ? 'clinic topic' : 'article section'}`);
    }
    const first = question.want[0];
    if (!first || first.startsWith('clinic#')) continue;
    const list = out.get(first);
    if (list) list.push(question.q);
    else out.set(first, [question.q]);
  }
  return out;
}

/** The questions of a content folder's `questions/`, by section, as the bot reads them at start. */
export function loadQuestionsBySection(contentDir: string, articles: readonly Article[]): Map<string, string[]> {
  return questionsBySection(loadPatientQuestions(path.join(contentDir, 'questions')), articles);
}
