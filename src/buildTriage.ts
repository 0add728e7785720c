// Builds the triage core the dialogs use from content/triage.yaml, once at start: the protocol
// (validated), its article links checked against the articles, and the red-flag detector.
import path from 'node:path';
import {
  checkProtocolLinks,
  decideDisposition,
  detectorFor,
  extractFacts,
  loadProtocol,
  type TriageFacts,
} from './clinical/triage/index.ts';
import type { TriageServices } from '../dialogs/triageServices.ts';
import type { ClinicContent } from './content.ts';

export function loadTriage(contentDir: string, content: ClinicContent): TriageServices {
  const file = path.join(contentDir, 'triage.yaml');
  const protocol = loadProtocol(file);
  // A renamed article heading must stop the start, not leave a dead "read more" button.
  checkProtocolLinks(protocol, content.articles, file);
  const detector = detectorFor(protocol);
  const { clinic } = content;
  return {
    protocol,
    detect: (text) => detector.detect(text),
    decide: (facts: TriageFacts) => decideDisposition(facts, protocol, clinic),
    extractFacts: (text, now) => extractFacts(text, protocol, now),
  };
}
