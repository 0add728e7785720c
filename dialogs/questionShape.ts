// Whether a message is phrased as a question: in the middle of the symptom check a question is
// answered from the articles, while anything else is taken as the answer to the step.
const QUESTION_START =
  /^(what|whats|what's|why|how|when|where|which|who|should|can|could|would|will|is|are|do|does|did|am|may|might|shall|any|tell me)\b(?!['’]t)/i;

export function looksLikeQuestion(text: string): boolean {
  const t = text.trim();
  return t.endsWith('?') || QUESTION_START.test(t);
}
