// BM25F over the sections: one document per section with weighted fields (heading, text,
// example questions). natural's TfIdf does not normalise for length, so this is our own small one.
// Scores are divided by the most a query could score, so 0..1 reads as "share of the question's
// evidence this section matches" and stays comparable across questions.

export interface FieldSpec {
  name: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;

interface Doc {
  /** Per field: term → count. */
  tf: Map<string, number>[];
  length: number[];
}

export interface Bm25Hit {
  doc: number;
  score: number;
  /** Query terms found in this document. */
  matched: string[];
}

export class Bm25Index {
  private readonly docs: Doc[] = [];
  private readonly df = new Map<string, number>();
  private avgLength: number[] = [];
  /** Built on the first search after the last add: term → idf, and term → (doc, weighted tf) pairs. */
  private idfs: Map<string, number> | undefined;
  private postings: Map<string, { doc: number; tfw: number }[]> | undefined;
  /** search's work space, one slot per document, left cleared after each search. */
  private sums = new Float64Array(0);
  private matchedBy: (string[] | undefined)[] = [];

  constructor(private readonly fields: FieldSpec[]) {}

  add(fieldTerms: string[][]): number {
    const tf = fieldTerms.map((terms) => {
      const m = new Map<string, number>();
      for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
      return m;
    });
    const seen = new Set(tf.flatMap((m) => [...m.keys()]));
    for (const t of seen) this.df.set(t, (this.df.get(t) ?? 0) + 1);
    this.docs.push({ tf, length: fieldTerms.map((f) => f.length) });
    this.avgLength = this.fields.map((_, f) => this.docs.reduce((s, d) => s + (d.length[f] ?? 0), 0) / this.docs.length || 1);
    this.idfs = undefined;
    this.postings = undefined;
    return this.docs.length - 1;
  }

  get size(): number {
    return this.docs.length;
  }

  /** Share of documents that contain the term (0 for an unknown term). */
  docFrequency(term: string): number {
    return (this.df.get(term) ?? 0) / Math.max(1, this.docs.length);
  }

  idf(term: string): number {
    if (!this.idfs) this.prepare();
    return this.idfs!.get(term) ?? this.computeIdf(term);
  }

  private computeIdf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /** Precomputes what does not depend on the query: idf per term, and each term's documents with its field-weighted tf. */
  private prepare(): void {
    this.idfs = new Map();
    this.postings = new Map();
    for (const t of this.df.keys()) this.idfs.set(t, this.computeIdf(t));
    this.docs.forEach((d, i) => {
      const terms = new Set(d.tf.flatMap((m) => [...m.keys()]));
      for (const t of terms) {
        let tfw = 0;
        this.fields.forEach((f, fi) => {
          const c = d.tf[fi]!.get(t);
          if (c) tfw += (f.weight * c) / (1 - B + (B * d.length[fi]!) / this.avgLength[fi]!);
        });
        if (tfw === 0) continue;
        let list = this.postings!.get(t);
        if (!list) this.postings!.set(t, (list = []));
        list.push({ doc: i, tfw });
      }
    });
  }

  /**
   * Scores every document. `unknownWeight` is the idf given to query terms no document has, in the
   * normaliser only: questions made mostly of words we know nothing about score low everywhere.
   */
  search(queryTerms: string[], unknownWeight: number): Bm25Hit[] {
    const terms = [...new Set(queryTerms)];
    let max = 0;
    for (const t of terms) max += (this.has(t) ? this.idf(t) : unknownWeight) * (K1 + 1);
    if (max === 0) return [];
    if (!this.postings) this.prepare();
    // Term by term in the query's order, so each document's sum adds up in the same order as before.
    // Sums in a typed array by document, read back in document order: no per-document objects.
    const n = this.docs.length;
    if (this.sums.length !== n) {
      this.sums = new Float64Array(n);
      this.matchedBy = new Array<string[] | undefined>(n);
    }
    const sums = this.sums;
    const matchedBy = this.matchedBy;
    for (const t of terms) {
      const list = this.postings!.get(t);
      if (!list) continue;
      const idf = this.idfs!.get(t)!;
      for (const { doc, tfw } of list) {
        sums[doc] = sums[doc]! + (idf * tfw * (K1 + 1)) / (tfw + K1);
        const matched = matchedBy[doc];
        if (matched) matched.push(t);
        else matchedBy[doc] = [t];
      }
    }
    const hits: Bm25Hit[] = [];
    for (let doc = 0; doc < n; doc++) {
      const matched = matchedBy[doc];
      if (!matched) continue;
      const score = sums[doc]!;
      sums[doc] = 0;
      matchedBy[doc] = undefined;
      if (score > 0) hits.push({ doc, score: score / max, matched });
    }
    return hits;
  }
}
