// The red-flag detector as the bot builds it from content/ (protocol, screening cues, WordNet words),
// for the triage tests that read messages the way the bot does.
import path from 'node:path';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';
import { createRedFlagDetector } from '../../../src/clinical/triage/detector.ts';
import { loadScreening } from '../../../src/clinical/triage/screening.ts';
import { loadWordnetWords } from '../../../src/clinical/triage/vocabulary.ts';

const dir = path.resolve('content');
export const protocol = loadProtocol(path.join(dir, 'triage.yaml'));
export const screening = loadScreening(path.join(dir, 'screening.yaml'), protocol);
const known = new Set([...Object.keys(protocol.concepts), ...Object.keys(screening.concepts)]);
const extraWords = loadWordnetWords(path.join(dir, 'vocabulary.yaml'), path.join(dir, 'vocabulary.wordnet.yaml'), known);
export const detector = createRedFlagDetector(protocol, { screening, extraWords });
/** A detector built inside a test, for tests of what is decided while it is built (mutation testing counts only code run in a test). */
export const buildDetector = () => createRedFlagDetector(protocol, { screening, extraWords });

/** The flags a message reports at once. */
export const hitIds = (text: string) => detector.detect(text).hits.map((h) => h.flagId);
/** The flags a message is asked about (the screening tier). */
export const askedFlags = (text: string) => detector.detect(text).possible.flatMap((p) => p.flags);
