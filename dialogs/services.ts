// What the dialogs need from the rest of the product, injected so dialog tests can build the real
// thing from content/ without a server.
import type { Storage } from 'botbuilder';
import type { AnswerEngine } from '../src/clinical/answer/types.ts';
import type { ClinicContent } from '../src/content.ts';
import type { FiguresStore } from '../src/figures/figuresStore.ts';
import type { TriageServices } from './triageServices.ts';

export interface BotServices {
  content: ClinicContent;
  answers: AnswerEngine;
  triage: TriageServices;
  figures: FiguresStore;
  storage: Storage;
  maxMessageChars: number;
  /** Clock for durations ("since last Tuesday"); injectable for tests. */
  now: () => Date;
}
