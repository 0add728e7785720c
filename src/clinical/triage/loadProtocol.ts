// Loading and checking the triage protocol (content/triage.yaml).
import { existsSync, readFileSync } from 'node:fs';
import { ContentError, loadYamlFile, parseYaml } from '../contentFile.ts';
import type { ZodType } from 'zod';
import type { Article } from '../types.ts';
import { protocolSchema, type Protocol } from './protocolSchema.ts';

// The schema fills defaults, so its input type differs from Protocol; the output is what we read.
const schema = protocolSchema as unknown as ZodType<Protocol>;

/**
 * Reads and validates the triage protocol. Throws ContentError naming the file and line of the
 * first problem (unknown fields, missing texts, a flag naming a group or concept that does not exist).
 */
export function loadProtocol(file: string): Protocol {
  return loadYamlFile(file, schema);
}

/** Same as loadProtocol, from text already read (tests, tools). */
export function parseProtocol(file: string, yamlText: string): Protocol {
  return parseYaml(file, yamlText, schema);
}

/**
 * Throws ContentError when a level links to an article or section heading that does not exist,
 * so a renamed heading stops the start instead of giving a dead "read more".
 */
export function checkProtocolLinks(protocol: Protocol, articles: Article[], file = 'content/triage.yaml'): void {
  for (const [level, texts] of Object.entries(protocol.levels)) {
    for (const link of texts.links) {
      const article = articles.find((a) => a.id === link.article);
      if (!article) throw new ContentError(file, lineMentioning(file, link.article), `levels.${level}.links: no article "${link.article}"`);
      if (!article.sections.some((s) => s.heading === link.section)) {
        throw new ContentError(file, lineMentioning(file, link.section), `levels.${level}.links: article "${link.article}" has no section "${link.section}"`);
      }
    }
  }
}

/** First line of the file that mentions `text` (for the error message), if the file can be read. */
function lineMentioning(file: string, text: string): number | undefined {
  if (!existsSync(file)) return undefined;
  const index = readFileSync(file, 'utf8').split('\n').findIndex((l) => l.includes(text));
  return index >= 0 ? index + 1 : undefined;
}
