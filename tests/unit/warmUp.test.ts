// The start-up warm-up reads the content's example questions as a patient's message would be read.
// It must not change what any later patient is told, and it must leave no text in the logs.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../src/server.ts';
import { warmUp } from '../../src/warmUp.ts';
import { realServices } from '../support/testBot.ts';

describe('warm-up at start', () => {
  it('reads every heading and example question, and later answers are the same as without it', () => {
    const services = realServices();
    const questions = services.content.articles.flatMap((a) => a.sections.flatMap((s) => [s.heading, ...s.examples]));
    const asked = ['what causes sciatica?', 'shud i use ise or het', 'can I still go to work with a bad back', 'what time do you open'];
    const before = asked.map((q) => [services.answers.answer(q), services.triage.detect(q)]);
    expect(warmUp(services, 2)).toBe(questions.length * 2);
    expect(asked.map((q) => [services.answers.answer(q), services.triage.detect(q)])).toEqual(before);
  });

  it('logs one line with counts only, never an example question', async () => {
    const lines: string[] = [];
    const server = await startServer({ PORT: '0', HOST: '127.0.0.1', STORAGE: 'memory', WARM_UP_ROUNDS: '1', LOG_LEVEL: 'info' }, pino({ level: 'info' }, { write: (l: string) => void lines.push(l) }));
    await server.close();
    const warm = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.event === 'warm_up');
    expect(warm).toHaveLength(1);
    const questions = realServices().content.articles.flatMap((a) => a.sections.flatMap((s) => s.examples));
    expect(warm[0]!.messages).toBe(realServices().content.articles.flatMap((a) => a.sections).length + questions.length);
    const logged = lines.join('\n').toLowerCase();
    expect(questions.filter((q) => logged.includes(q.toLowerCase()))).toEqual([]);
  });
});
