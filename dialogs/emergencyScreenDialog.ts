// The emergency screen: after a same-day ("urgent") outcome already given, only the red-flag
// questions that could still make it an emergency. A dialog of its own (its id tells the main
// dialog where the patient is), sharing the symptom check's question loop.
import type { StatePropertyAccessor } from 'botbuilder';
import type { TriageFacts } from '../src/clinical/triage/index.ts';
import type { AnswerReplies } from './answerReplies.ts';
import type { DispositionReplies } from './dispositionReplies.ts';
import type { BotServices } from './services.ts';
import { EMERGENCY_SCREEN_DIALOG, SymptomCheckDialog } from './symptomCheckDialog.ts';

export { EMERGENCY_SCREEN_DIALOG };

export class EmergencyScreenDialog extends SymptomCheckDialog {
  constructor(services: BotServices, triageFacts: StatePropertyAccessor<Partial<TriageFacts>>, answers: AnswerReplies, dispositions: DispositionReplies) {
    super(services, triageFacts, answers, dispositions, 'emergency-screen');
  }
}
