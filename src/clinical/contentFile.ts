// Loading clinician-edited files: every failure names the file and the line, so a broken
// edit stops the start with a message a non-programmer can act on.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import type { ZodIssue, ZodTypeAny, output } from 'zod';

export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${displayPath(file)}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ContentError';
  }
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith('..') ? file : rel;
}

export function readTextFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    throw new ContentError(file, undefined, `cannot read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/**
 * Parses YAML text and validates it with a zod schema. `lineOffset` lets a caller that cut the
 * YAML out of a larger file (Markdown frontmatter) report lines of the whole file.
 */
export function parseYaml<S extends ZodTypeAny>(file: string, text: string, schema: S, lineOffset = 0): output<S> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = first.pos ? lineCounter.linePos(first.pos[0]).line + lineOffset : undefined;
    throw new ContentError(file, line, `not valid YAML: ${first.message.split('\n')[0]}`);
  }
  const result = schema.safeParse(doc.toJS());
  if (result.success) return result.data as output<S>;
  const issue = result.error.issues[0] as ZodIssue;
  const line = lineOfPath(doc, lineCounter, issue.path) ;
  const where = issue.path.length ? `field "${issue.path.join('.')}": ` : '';
  throw new ContentError(file, line === undefined ? undefined : line + lineOffset, `${where}${issue.message}`);
}

export function loadYamlFile<S extends ZodTypeAny>(file: string, schema: S): output<S> {
  return parseYaml(file, readTextFile(file), schema);
}

/** Line of the deepest node of `issuePath` that exists in the document. */
function lineOfPath(doc: ReturnType<typeof parseDocument>, lc: LineCounter, issuePath: (string | number)[]): number | undefined {
  for (let n = issuePath.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(issuePath.slice(0, n), true);
    if (isNode(node) && node.range) return lc.linePos(node.range[0]).line;
  }
  return undefined;
}
