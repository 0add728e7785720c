// Builds everything the dialogs use from content/ and the configuration, once at start.
import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { BotServices } from '../dialogs/services.ts';
import { createAnswerEngine, loadClinicCues, loadIntents, loadLexicon } from './clinical/answer/index.ts';
import { loadTriage } from './buildTriage.ts';
import type { AppConfig } from './config.ts';
import { loadContent } from './content.ts';
import { FiguresStore } from './figures/figuresStore.ts';

export function buildServices(
  config: Pick<AppConfig, 'contentDir' | 'MAX_MESSAGE_CHARS'>,
  storage: Storage,
  env: NodeJS.ProcessEnv = process.env,
  onFigureError: (err: unknown) => void = () => {},
): BotServices {
  const content = loadContent(config.contentDir, env);
  const answers = createAnswerEngine({
    articles: content.articles,
    lexicon: loadLexicon(path.join(config.contentDir, 'lexicon.yaml')),
    intents: loadIntents(path.join(config.contentDir, 'intents.yaml')),
    clinicCues: loadClinicCues(path.join(config.contentDir, 'intents.yaml')),
  });
  const triage = loadTriage(config.contentDir, content);
  return {
    content,
    answers,
    triage,
    figures: new FiguresStore(storage, onFigureError),
    storage,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    now: () => new Date(),
  };
}
