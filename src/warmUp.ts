// Reads the content's own example questions once at start, the way a patient's message is read
// (normalised, screened for red flags, its facts taken, answered), so that the first patients after
// a start or a deploy do not wait while V8 compiles the hot paths. Nothing is stored or counted.
import { readMessage } from './clinical/reading.ts';
import type { BotServices } from '../dialogs/services.ts';

export function warmUp(services: Pick<BotServices, 'content' | 'answers' | 'triage' | 'now'>, rounds = 3): number {
  const questions = services.content.articles.flatMap((a) => a.sections.flatMap((s) => [s.heading, ...s.examples]));
  const now = services.now();
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const reading = readMessage(q, services.triage.detect);
      services.answers.classifyIntent(reading.text);
      services.answers.clinicTopic(reading.text);
      services.triage.extractFacts(reading.text, now);
      services.answers.answer(reading.text);
    }
  }
  return questions.length * rounds;
}
