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
  if (!findSectionRef(articles, messages.medicineDecline.section)) {
    const file = path.join(contentDir, 'messages.yaml');
    const line = readTextFile(file).split('\n').findIndex((l) => l.includes(messages.medicineDecline.section)) + 1;
    throw new ContentError(file, line || undefined, `medicineDecline.section "${messages.medicineDecline.section}": no such article section in content/articles`);
  }
  return { clinic, messages, articles };
}
