// The triage core's public API: protocol loading, red-flag detection, disposition rules and
// free-text parsing. Pure TypeScript; no botbuilder.
export type {
  ArticleLink,
  DetectionResult,
  Disposition,
  FlagAnswer,
  FlagHit,
  FlagLevel,
  Improving,
  PossibleScreen,
  Protocol,
  ProtocolFlag,
  ProtocolGroup,
  ProtocolOption,
  ProtocolRule,
  Side,
  TriageFacts,
  TriageLevel,
} from './types.ts';
export { loadProtocol, parseProtocol, checkProtocolLinks } from './loadProtocol.ts';
export { createRedFlagDetector, type RedFlagDetector, type DetectorOptions } from './detector.ts';
export { loadScreening, checkScreening, screenQuestions, screenQuestionsFor, emergencyQuestion, type Screening, type ScreenSpec, type ScreenQuestionText } from './screening.ts';
export { decideDisposition, applyGroupAnswer, groupsToAsk, flagsOfGroup, ageOf, ageBandOf } from './rules.ts';
export { extractFacts, matchOptions, detectorFor } from './facts.ts';
export { parseDuration, parseSeverity, parseAge, parseYesNo } from './parsers.ts';
export { summarizeFacts } from './summary.ts';
export { ageFactsOf, seriousHits, soonHits, type AgeFacts } from './seriousHits.ts';
