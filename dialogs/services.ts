// What the dialogs need from the rest of the product, injected so dialog tests can build the real
// thing from content/ without a server.
import type { Storage } from 'botbuilder';
import type { AnswerEngine } from '../src/clinical/answer/types.ts';
import type { ClinicContent } from '../src/content.ts';
import type { FiguresRecorder } from '../src/figures/recorder.ts';
import type { StaffServices } from '../src/teams/staffServices.ts';
import type { TriageServices } from './triageServices.ts';

export interface BotServices {
  content: ClinicContent;
  answers: AnswerEngine;
  triage: TriageServices;
  figures: FiguresRecorder;
  /** Staff in Teams: who they are, call-back requests, the staff channel. */
  staff: StaffServices;
  storage: Storage;
  maxMessageChars: number;
  /** Clock for durations ("since last Tuesday"); injectable for tests. */
  now: () => Date;
}
