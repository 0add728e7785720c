// Builds the triage core the dialogs use from content/triage.yaml, once at start: the protocol
// (validated), its article links checked against the articles, and the red-flag detector.
import path from 'node:path';
import {
  checkProtocolLinks,
  decideDisposition,
  detectorFor,
  extractFacts,
  loadProtocol,
  loadScreening,
  type TriageFacts,
} from './clinical/triage/index.ts';
import { parseSomeonesAge, prepareRecognizers } from './clinical/triage/parsers.ts';
import { loadWordnetWords } from './clinical/triage/vocabulary.ts';
import type { TriageServices } from '../dialogs/triageServices.ts';
import type { ClinicContent } from './content.ts';

export function loadTriage(contentDir: string, content: ClinicContent): TriageServices {
  const file = path.join(contentDir, 'triage.yaml');
  const protocol = loadProtocol(file);
  // A renamed article heading must stop the start, not leave a dead "read more" button.
  checkProtocolLinks(protocol, content.articles, file);
  // What to ask when a message may be a red flag, and the WordNet words of the concepts.
  const screening = loadScreening(path.join(contentDir, 'screening.yaml'), protocol);
  const known = new Set([...Object.keys(protocol.concepts), ...Object.keys(screening.concepts)]);
  const extraWords = loadWordnetWords(path.join(contentDir, 'vocabulary.yaml'), path.join(contentDir, 'vocabulary.wordnet.yaml'), known);
  const detector = detectorFor(protocol, { screening, extraWords, rememberLast: true });
  prepareRecognizers();
  const { clinic } = content;
  return {
    protocol,
    screening,
    detect: (text) => detector.detect(text),
    decide: (facts: TriageFacts) => decideDisposition(facts, protocol, clinic),
    extractFacts: (text, now) => extractFacts(text, protocol, now),
    someonesAge: (text) => parseSomeonesAge(text, protocol.language.otherPerson.before),
  };
}
