// Loads and cross-checks everything clinicians edit in content/, once at start. Any problem stops
// the start with a ContentError naming the file and line.
import path from 'node:path';
import { loadArticles } from './clinical/articles.ts';
import { loadClinic } from './clinical/clinic.ts';
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
  return { clinic, messages, articles };
}
