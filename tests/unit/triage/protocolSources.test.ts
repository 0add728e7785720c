// Every red flag and rule of the protocol names where it comes from (guideline and section), so a
// reviewer can check it against the guidance; a new flag or rule without one fails here.
import { describe, expect, it } from 'vitest';
import { loadProtocol } from '../../../src/clinical/triage/loadProtocol.ts';

const protocol = loadProtocol('content/triage.yaml');

describe('protocol sources', () => {
  it('every flag names its source', () => {
    expect(protocol.flags.filter((f) => !f.source).map((f) => f.id)).toEqual([]);
  });
  it('every rule names its source', () => {
    expect(protocol.rules.filter((r) => !r.source).map((r) => r.id)).toEqual([]);
  });
});
