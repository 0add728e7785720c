// Builds everything the dialogs use from content/ and the configuration, once at start.
import path from 'node:path';
import type { Storage } from 'botbuilder';
import type { BotServices } from '../dialogs/services.ts';
import { createAnswerEngine, loadClinicCues, loadIntents, loadLexicon, loadQuestionsBySection } from './clinical/answer/index.ts';
import { loadTriage } from './buildTriage.ts';
import type { AppConfig } from './config.ts';
import { checkSectionRefs, loadContent } from './content.ts';
import type { FiguresLog } from './figures/events.ts';
import { MemoryFiguresLog } from './figures/memoryFiguresLog.ts';
import { FiguresRecorder } from './figures/recorder.ts';
import { DEFAULT_STAFF_CONFIG, type StaffConfig } from './teams/staffConfig.ts';
import { buildStaffServices } from './teams/staffServices.ts';

export function buildServices(
  config: Pick<AppConfig, 'contentDir' | 'MAX_MESSAGE_CHARS'> & Partial<StaffConfig>,
  storage: Storage,
  env: NodeJS.ProcessEnv = process.env,
  onFigureError: (err: unknown) => void = () => {},
  figuresLog: FiguresLog = new MemoryFiguresLog(),
  // A call-back request or its card not delivered to the staff channel: its own event, so that an
  // operator looking for a lost request finds it (it was logged as a figures write before).
  onStaffError: (err: unknown) => void = onFigureError,
): BotServices {
  const content = loadContent(config.contentDir, env);
  const lexiconFile = path.join(config.contentDir, 'lexicon.yaml');
  const lexicon = loadLexicon(lexiconFile);
  checkSectionRefs(lexiconFile, 'scope.medicineAnswers', lexicon.medicineAnswers ?? [], content.articles);
  checkSectionRefs(lexiconFile, 'questionTypes.tellApart.section', lexicon.tellApart ? [lexicon.tellApart.section] : [], content.articles);
  const answers = createAnswerEngine({
    articles: content.articles,
    lexicon,
    intents: loadIntents(path.join(config.contentDir, 'intents.yaml')),
    clinicCues: loadClinicCues(path.join(config.contentDir, 'intents.yaml')),
    trainingQuestions: loadQuestionsBySection(config.contentDir, content.articles),
  });
  const triage = loadTriage(config.contentDir, content);
  const staffConfig: StaffConfig = { ...DEFAULT_STAFF_CONFIG, ...definedOnly(config) };
  const now = () => new Date();
  const staff = buildStaffServices(staffConfig, storage, content, triage, now, onStaffError);
  return {
    content,
    answers,
    triage,
    figures: new FiguresRecorder(figuresLog, {
      retentionDays: staffConfig.FIGURES_RETENTION_DAYS,
      hashSecret: staffConfig.FIGURES_HASH_KEY,
      onError: onFigureError,
      // Staff trying the bot are not counted in the figures.
      skip: (activity) => staff.directory.isStaff(activity),
    }),
    staff,
    storage,
    maxMessageChars: config.MAX_MESSAGE_CHARS,
    now,
  };
}

function definedOnly(config: Partial<StaffConfig>): Partial<StaffConfig> {
  const keys: (keyof StaffConfig)[] = ['STAFF_TENANT_ID', 'STAFF_AAD_IDS', 'FIGURES_RETENTION_DAYS', 'FIGURES_HASH_KEY', 'HANDOFF_RETENTION_DAYS'];
  return Object.fromEntries(keys.filter((k) => config[k] !== undefined).map((k) => [k, config[k]]));
}
