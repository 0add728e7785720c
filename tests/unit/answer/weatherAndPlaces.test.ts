// Questions set in the weather, a season or a place (the fresh batch "weather", issue 10, session 19):
// the setting is no subject of its own.
import { describe, expect, it } from 'vitest';
import { contentEngine, firstShown } from './helpers.ts';

const engine = contentEngine();
const first = (q: string) => firstShown(engine.answer(q));

describe('the forecast and the kitchen are settings', () => {
  it('"forecast to pour all weekend… is bed rest a good idea?" is answered', () => {
    expect(first("It's forecast to pour all weekend so I was planning to just stay in bed and rest my back. Is bed rest a good idea?")).toBe('self-care#Rest and bed rest');
  });
  it('cooking that makes the back ache is ours', () => {
    expect(first('My lower back aches after cooking Sunday dinner. Is heat or ice better?')).toBe('self-care#Heat or ice');
  });
  it('the forecast or a recipe alone is not', () => {
    expect(engine.answer("what's the weather forecast for Saturday?").kind).toBe('none');
    expect(engine.answer("what's a good recipe for lasagne?").kind).toBe('none');
  });
});
