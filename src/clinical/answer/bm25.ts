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
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  has(term: string): boolean {
    return this.df.has(term);
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
    const hits: Bm25Hit[] = [];
    this.docs.forEach((d, i) => {
      let score = 0;
      const matched: string[] = [];
      for (const t of terms) {
        let tfw = 0;
        this.fields.forEach((f, fi) => {
          const c = d.tf[fi]!.get(t);
          if (c) tfw += (f.weight * c) / (1 - B + (B * d.length[fi]!) / this.avgLength[fi]!);
        });
        if (tfw === 0) continue;
        matched.push(t);
        score += (this.idf(t) * tfw * (K1 + 1)) / (tfw + K1);
      }
      if (score > 0) hits.push({ doc: i, score: score / max, matched });
    });
    return hits;
  }
}
