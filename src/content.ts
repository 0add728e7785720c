// Loads and cross-checks everything clinicians edit in content/, once at start. Any problem stops
// the start with a ContentError naming the file and line.
import path from 'node:path';
import { findSectionRef, loadArticles } from './clinical/articles.ts';
import { loadClinic } from './clinical/clinic.ts';
import { ContentError, readTextFile } from './clinical/contentFile.ts';
import { loadMessages, type Messages } from './clinical/messages.ts';
import type { Article, Clinic } from './clinical/types.ts';

export interface ClinicContent {
  clinic: Clinic;
  messages: Messages;
  articles: Article[];
}

export function loadContent(contentDir: string, env: NodeJS.ProcessEnv = process.env): ClinicContent {
  const clinic = loadClinic(path.join(contentDir, 'clinic.yaml'), env);
  const messages = loadMessages(path.join(contentDir, 'messages.yaml'), clinic);
  const articles = loadArticles(path.join(contentDir, 'articles'));
  // A section named in messages.yaml must exist: a renamed heading stops the start, not a patient's turn.
  checkSectionRefs(path.join(contentDir, 'messages.yaml'), 'medicineDecline.section', [messages.medicineDecline.section], articles);
  return { clinic, messages, articles };
}

/** Each "article-id#Section heading" of `refs` (read from `file` at `key`) names a section; else a ContentError with its line. */
export function checkSectionRefs(file: string, key: string, refs: readonly string[], articles: readonly Article[]): void {
  for (const ref of refs) {
    if (findSectionRef(articles, ref)) continue;
    const line = readTextFile(file).split('\n').findIndex((l) => l.includes(ref)) + 1;
    throw new ContentError(file, line || undefined, `${key} "${ref}": no such article section in content/articles`);
  }
}
