// How each symptom-check question looks on a channel: its text from content/triage.yaml and its
// options as buttons (or a numbered list where there are none). A re-ask keeps the buttons; after
// a second unusable answer the options come again with a way to reach the clinic.
import type { Activity } from 'botbuilder';
import {
  channelCapabilities,
  choiceLayout,
  renderChoiceCard,
  renderChoices,
  type ChoiceOption,
} from '../../src/channels/index.ts';
import { fillTemplate, type Messages } from '../../src/clinical/messages.ts';
import type { Protocol } from '../../src/clinical/triage/index.ts';
import { checklistChoices, shownFlags, stepChoices, type Step } from '../../src/clinical/triage/interview/index.ts';

/** 0: the question; 1: the kind re-ask with an example; 2 or more: options again, or the clinic. */
export type Attempt = number;

interface QuestionCopy {
  text: string;
  reprompt: string;
  choices: ChoiceOption[];
}

function copyOf(step: Step, protocol: Protocol, messages: Messages): QuestionCopy {
  const q = protocol.questions;
  const choices = stepChoices(step, protocol).map(({ title, value }) => ({ title, value }));
  switch (step.kind) {
    case 'location':
    case 'side':
    case 'spread':
    case 'duration':
    case 'severity':
    case 'improving':
    case 'age':
      return { text: q[step.kind].text, reprompt: q[step.kind].reprompt, choices };
    case 'sleep':
      return { text: q.stopsSleepOrMovement.text, reprompt: q.stopsSleepOrMovement.reprompt, choices };
    case 'group':
    case 'checklist': {
      const group = protocol.groups.find((g) => g.id === step.group)!;
      return { text: group.question, reprompt: group.reprompt, choices };
    }
    case 'flag': {
      const group = protocol.groups.find((g) => g.id === step.group)!;
      const flag = shownFlags(protocol, step)[0];
      const text = fillTemplate(messages.symptomCheck.flagQuestion, { label: flag?.label ?? group.question });
      return { text, reprompt: group.reprompt, choices };
    }
  }
}

/** True where the options are a numbered list the patient answers by typing. */
export function showsNumberedList(channelId: string, step: Step, protocol: Protocol, messages: Messages): boolean {
  const caps = channelCapabilities(channelId);
  if (step.kind === 'checklist') return !caps.adaptiveCards;
  const { choices } = copyOf(step, protocol, messages);
  return choiceLayout(caps, choices.length, Math.max(...choices.map((c) => c.title.length))) === 'numbered-list';
}

/**
 * The question again after an answer that came from another question's button (a double tap, an
 * old card): said plainly, with the question as first asked.
 */
export function renderStaleReask(channelId: string, step: Step, protocol: Protocol, messages: Messages): Partial<Activity>[] {
  return [{ type: 'message', text: protocol.answers.stale }, renderQuestion(channelId, step, 0, protocol, messages)];
}

export function renderQuestion(
  channelId: string,
  step: Step,
  attempt: Attempt,
  protocol: Protocol,
  messages: Messages,
): Partial<Activity> {
  const copy = copyOf(step, protocol, messages);
  const numbered = showsNumberedList(channelId, step, protocol, messages);
  const stillUnsure = numbered ? messages.symptomCheck.stillUnsureTyped : messages.symptomCheck.stillUnsure;

  if (step.kind === 'checklist') {
    const group = protocol.groups.find((g) => g.id === step.group)!;
    const question = group.followUp ?? group.question;
    const text = attempt === 0 ? question : `${messages.choiceCard.required}\n\n${question}`;
    const { choices, none } = checklistChoices(protocol, step.group, shownFlags(protocol, step));
    const shown = choices.map(({ title, value }) => ({ title, value }));
    return renderChoiceCard(channelId, text, shown, { multiSelect: true, none, copy: messages.choiceCard });
  }

  // A red-flag re-ask repeats the question: "please answer yes or no" alone would not say to what.
  const reprompt = step.kind === 'group' || step.kind === 'flag' ? `${copy.reprompt}\n\n${copy.text}` : copy.reprompt;
  const text = attempt === 0 ? copy.text : attempt === 1 ? reprompt : `${stillUnsure}\n\n${copy.text}`;
  const contact = { title: messages.menu.contact, value: messages.menu.contact };
  const choices = attempt >= 2 ? [...copy.choices, contact] : copy.choices;
  // A pain score from a typed list of 0–10 would read "1. 0, 2. 1…": the question alone is clearer.
  if (step.kind === 'severity' && numbered) return { type: 'message', text, inputHint: 'expectingInput' };
  return renderChoices(channelId, text, choices);
}
