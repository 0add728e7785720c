// The patients' questions of content/questions (session 27): a broken line stops the start with the file and
// line a clinician must fix; a question asked before in other words helps the one asked now; and they never
// make a question in general words an answer on their own.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/clinical/articles.ts';
import { ContentError } from '../../../src/clinical/contentFile.ts';
import { createAnswerEngine, loadPatientQuestions, questionsBySection } from '../../../src/clinical/answer/index.ts';
import { contentEngine, fixtures, headingOf, intents, lexicon } from './helpers.ts';

const tempDirs: string[] = [];
afterEach(() => {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const articles = loadArticles(path.join(fixtures, 'articles'));

/** A folder holding one questions file with these lines. */
function folder(lines: string[]): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'questions-'));
  tempDirs.push(dir);
  writeFileSync(path.join(dir, 'batch.jsonl'), lines.join('\n'));
  return dir;
}

function errorOf(lines: string[]): ContentError {
  try {
    questionsBySection(loadPatientQuestions(folder(lines)), articles);
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return err as ContentError;
  }
  throw new Error('a broken questions file was accepted');
}

describe('a broken questions file names the file and the line', () => {
  const good = JSON.stringify({ q: 'is a hot water bottle good for a stiff back', want: ['home#Heat or ice'] });
  it.each([
    ['not JSON', '{"q": "is heat good", "want": [', /not valid JSON/],
    ['a section that does not exist', JSON.stringify({ q: 'what is bursitis', want: ['home#Bursitis'] }), /no such article section/],
    ['a clinic topic that does not exist', JSON.stringify({ q: 'do you sell gift cards', want: ['clinic#gifts'] }), /no such clinic topic/],
    ['a field misspelt', JSON.stringify({ q: 'is heat good', wants: ['home#Heat or ice'] }), /want|wants/],
  ])('%s', (_name, bad, says) => {
    const err = errorOf([good, '', bad as string]);
    expect(err.file).toMatch(/batch\.jsonl$/);
    expect(err.line).toBe(3);
    expect(err.message).toMatch(says as RegExp);
  });

  it('an absent folder is no questions', () => {
    expect(loadPatientQuestions(path.join(os.tmpdir(), 'no-such-questions-folder'))).toEqual([]);
  });

  it('a question for the clinic or out of scope trains no section', () => {
    const dir = folder([good, JSON.stringify({ q: 'when are you open', want: ['clinic#hours'] }), JSON.stringify({ q: 'best pizza in town', want: [] })]);
    expect([...questionsBySection(loadPatientQuestions(dir), articles)]).toEqual([['home#Heat or ice', ['is a hot water bottle good for a stiff back']]]);
  });
});

describe('a question asked before in other words', () => {
  const asked = 'after a long day at work my back is wrecked, would a soak or something frozen be better';
  const trained = new Map([['home#Heat or ice', ['after a long shift my lower back is wrecked, should I have a warm bath or a cold pack']]]);
  it('lends its section its likeness: declined without it, answered from it with it', () => {
    expect(createAnswerEngine({ articles, lexicon, intents }).answer(asked).kind).toBe('none');
    expect(headingOf(createAnswerEngine({ articles, lexicon, intents, trainingQuestions: trained }).answer(asked))).toBe('Heat or ice');
  });
  it('is never enough alone for a question in general words, even asked the very same way', () => {
    const generic = createAnswerEngine({ articles, lexicon, intents, trainingQuestions: new Map([['home#Heat or ice', ['my back hurts']]]) });
    expect(generic.answer('my back hurts').kind).toBe('none');
  });
  it('the bot reads content/questions: a question from them is answered from its section', () => {
    expect(headingOf(contentEngine().answer('Hip impingement? Never heard of it until last week, what is it?'))).toBe('Hip impingement');
  });
});

describe('the nearest-questions view', () => {
  it('scores a section by the mean of its k nearest questions, so one near-duplicate does not decide alone', async () => {
    const { NearestExample } = await import('../../../src/clinical/answer/nearestExample.ts');
    const view = new NearestExample();
    view.add(0, ['heat', 'bath']);
    view.add(1, ['heat', 'bath']);
    view.add(1, ['heat', 'bath', 'warm']);
    view.add(1, ['heat', 'pad']);
    view.train();
    const one = view.scores(['heat', 'bath'], 0, 1);
    const three = view.scores(['heat', 'bath'], 0, 3);
    expect(one.get(0)).toBeCloseTo(1);
    expect(one.get(1)).toBeCloseTo(1);
    // Label 0 has one question (two empty slots count 0); label 1 three, all near.
    expect(three.get(0)).toBeCloseTo(1 / 3);
    expect(three.get(1)!).toBeGreaterThan(0.6);
    // The reused slots are cleared between calls.
    expect(view.scores(['heat', 'bath'], 0, 3)).toEqual(three);
  });
});
