// The symptom-check interview: which question comes next, what the buttons send, how an answer
// (clicked or typed) is read, and how it is merged into what is known. Pure: no botbuilder; the
// dialog in dialogs/symptomCheckDialog.ts only asks, renders and stores.
export { nextStep, nextScreenStep, openFlags, type Step, type PendingChecklist } from './steps.ts';
export { readAnswer, type AnswerContext, type AnswerUpdate } from './answers.ts';
export { mergeFacts, type Facts } from './merge.ts';
export { readUnsure } from './unsure.ts';
export { readNumberedSelection, type ChoiceOption } from './selection.ts';
export {
  checklistChoices,
  groupChoices,
  isButtonValue,
  isFromAnotherQuestion,
  isOwnValue,
  normalizeValue,
  optionChoices,
  severityChoices,
  shownFlags,
  signChoices,
  sleepChoices,
  stepChoices,
  type AnswerChoice,
  type ChecklistChoice,
} from './choices.ts';
