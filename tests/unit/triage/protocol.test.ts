import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from '../../../src/clinical/articles.ts';
import { ContentError } from '../../../src/clinical/contentFile.ts';
import { checkProtocolLinks, loadProtocol, parseProtocol } from '../../../src/clinical/triage/loadProtocol.ts';

const file = 'content/triage.yaml';
const source = readFileSync(file, 'utf8');
const lineOf = (needle: string) => source.split('\n').findIndex((l) => l.includes(needle)) + 1;

function errorOf(text: string): ContentError {
  try {
    parseProtocol(file, text);
  } catch (err) {
    if (err instanceof ContentError) return err;
    throw err;
  }
  throw new Error('expected a ContentError');
}

describe('the triage protocol', () => {
  it('loads, with every red flag the seeds and the design name', () => {
    const ids = loadProtocol(file).flags.map((f) => f.id);
    for (const id of ['fever-chills', 'bladder-dysfunction', 'bowel-dysfunction', 'saddle-numbness', 'leg-weakness', 'cant-move-leg',
      'hot-swollen-hip', 'night-pain', 'hip-fracture', 'trauma', 'cancer-history', 'weight-loss', 'ivdu', 'immunosuppression',
      'steroids', 'aortic', 'chest-pain', 'suicidal', 'bilateral-sciatica', 'teen-limp']) {
      expect(ids).toContain(id);
    }
  });

  it('links only to article sections that exist', () => {
    expect(() => checkProtocolLinks(loadProtocol(file), loadArticles('content/articles'))).not.toThrow();
  });

  it('rejects a link to a missing section', () => {
    const broken = parseProtocol(file, source.replace('section: Heat or ice', 'section: Hot and cold'));
    expect(() => checkProtocolLinks(broken, loadArticles('content/articles'))).toThrow(/Hot and cold/);
  });

  it('names the file and the line of a link to a missing section or article, so a clinician can find it', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'protocol-'));
    const broken = path.join(dir, 'triage.yaml');
    const text = source.replace('section: Heat or ice', 'section: Hot and cold');
    writeFileSync(broken, text);
    const lineOfText = (t: string) => text.split('\n').findIndex((l) => l.includes(t)) + 1;
    const err = (() => {
      try {
        checkProtocolLinks(parseProtocol(broken, text), loadArticles('content/articles'), broken);
      } catch (e) {
        return e as ContentError;
      }
      throw new Error('no error');
    })();
    expect(err).toBeInstanceOf(ContentError);
    expect(err.line).toBe(lineOfText('section: Hot and cold'));
    expect(err.message).toContain(`triage.yaml:${lineOfText('section: Hot and cold')}: levels.`);
    // A file that cannot be read gives the error without a line.
    const gone = path.join(dir, 'gone.yaml');
    expect(() => checkProtocolLinks(parseProtocol(broken, text), loadArticles('content/articles'), gone)).toThrow(/gone\.yaml: levels\./);
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the line of a link to a missing article too; no line when the file does not say it; the default file name', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'protocol-'));
    const errorFrom = (run: () => void) => {
      try {
        run();
      } catch (e) {
        return e as ContentError;
      }
      throw new Error('no error');
    };
    const articles = loadArticles('content/articles');
    // A link to an article that does not exist: its line, and the article named.
    const text = source.replace('article: self-care', 'article: self-kare');
    const broken = path.join(dir, 'triage.yaml');
    writeFileSync(broken, text);
    const missingArticle = errorFrom(() => checkProtocolLinks(parseProtocol(broken, text), articles, broken));
    expect(missingArticle).toBeInstanceOf(ContentError);
    expect(missingArticle.message).toContain('no article "self-kare"');
    expect(missingArticle.line).toBe(text.split('\n').findIndex((l) => l.includes('self-kare')) + 1);
    // Mentioned on the first line: line 1.
    const first = path.join(dir, 'first.yaml');
    writeFileSync(first, `# self-kare\n${text}`);
    expect(errorFrom(() => checkProtocolLinks(parseProtocol(broken, text), articles, first)).line).toBe(1);
    // A file that exists but does not mention it: no line rather than a wrong one.
    const silent = path.join(dir, 'silent.yaml');
    writeFileSync(silent, 'levels: {}\n');
    expect(errorFrom(() => checkProtocolLinks(parseProtocol(broken, text), articles, silent)).line).toBeUndefined();
    // No file given: the protocol's own file is named.
    expect(errorFrom(() => checkProtocolLinks(parseProtocol(broken, text), articles)).message).toContain('content/triage.yaml');
    rmSync(dir, { recursive: true, force: true });
  });

  it('names the file and line of an unknown field', () => {
    const text = source.replace('    short: Fever or chills\n', '    short: Fever or chills\n    colour: red\n');
    const err = errorOf(text);
    expect(err.message).toMatch(/content\/triage\.yaml:\d+/);
    expect(err.message).toMatch(/colour/);
    expect(err.line).toBe(lineOf('- id: fever-chills')); // the flag that has the unknown field
  });

  it('names the line of a flag that uses a concept that does not exist', () => {
    const err = errorOf(source.replace('      - [change, bladder]\n', '      - [changge, bladder]\n'));
    expect(err.problem).toMatch(/no concept "changge"/);
    expect(err.line).toBe(lineOf('- [change, bladder]'));
  });

  it('names the line of a body part that is not a concept', () => {
    const err = errorOf(source.replace('  bodyParts: [saddle-area, bladder,', '  bodyParts: [saddle-areas, bladder,'));
    expect(err.problem).toMatch(/no concept "saddle-areas"/);
    expect(err.line).toBe(lineOf('  bodyParts: ['));
  });

  it('rejects a level a flag cannot have', () => {
    const err = errorOf(source.replace('    level: urgent\n    label: fever or chills', '    level: whenever\n    label: fever or chills'));
    expect(err.problem).toMatch(/level/);
    expect(err.line).toBe(lineOf('label: fever or chills') - 1);
  });

  it('rejects a flag in a group that does not exist', () => {
    const err = errorOf(source.replace('    short: Cancer now or bone-type\n    group: background\n', '    short: Cancer now or bone-type\n    group: history\n'));
    expect(err.problem).toMatch(/no group "history"/);
  });

  it('rejects two groups with the same topic (their buttons would send the same values)', () => {
    const err = errorOf(source.replace('    topic: leg and fall signs\n', '    topic: nerve signs\n'));
    expect(err.problem).toMatch(/topic "nerve signs" is used twice/);
  });

  it('rejects a red-flag button value that does not name its group', () => {
    const err = errorOf(source.replace('"No to the {topic}"', '"No"'));
    expect(err.problem).toMatch(/\{topic\}/);
  });

  it('reports broken YAML with its line', () => {
    const err = errorOf(source.replace('version: 1', 'version: [1'));
    expect(err.problem).toMatch(/not valid YAML/);
    expect(err.line).toBeGreaterThan(0);
  });
});
