// The example-question classifier: TF-IDF vectors of our example questions (topic terms plus
// question words), cosine to the nearest example of each section. Unlike natural's classifiers its
// score is bounded and comparable across questions, and it can say "nothing is close".

type Vector = Map<string, number>;

function norm(v: Vector): number {
  let s = 0;
  for (const x of v.values()) s += x * x;
  return Math.sqrt(s);
}

export class NearestExample {
  private readonly examples: { label: number; features: string[] }[] = [];
  private vectors: { label: number; v: Vector; n: number }[] = [];
  private centroids = new Map<number, { v: Vector; n: number }>();
  private idfs = new Map<string, number>();
  /** feature → (label, centroid weight) pairs, labels in centroid order: dot products without visiting every label. */
  private centroidPostings = new Map<string, { label: number; x: number }[]>();

  add(label: number, features: string[]): void {
    if (features.length) this.examples.push({ label, features });
  }

  /** Computes the idf weights and vectors; call after the last add. */
  train(): void {
    const df = new Map<string, number>();
    for (const e of this.examples) for (const f of new Set(e.features)) df.set(f, (df.get(f) ?? 0) + 1);
    const n = this.examples.length;
    this.idfs = new Map([...df].map(([f, c]) => [f, Math.log(1 + n / c)]));
    this.vectors = this.examples.map((e) => {
      const v = this.vectorOf(e.features);
      return { label: e.label, v, n: norm(v) };
    });
    const sums = new Map<number, Vector>();
    for (const e of this.vectors) {
      const c = sums.get(e.label) ?? new Map<string, number>();
      for (const [f, x] of e.v) c.set(f, (c.get(f) ?? 0) + x / e.n);
      sums.set(e.label, c);
    }
    this.centroids = new Map([...sums].map(([label, v]) => [label, { v, n: norm(v) }]));
    this.centroidPostings = new Map();
    for (const [label, c] of this.centroids) {
      for (const [f, x] of c.v) {
        let list = this.centroidPostings.get(f);
        if (!list) this.centroidPostings.set(f, (list = []));
        list.push({ label, x });
      }
    }
  }

  private vectorOf(features: string[]): Vector {
    const v: Vector = new Map();
    for (const f of features) {
      const idf = this.idfs.get(f);
      if (idf !== undefined) v.set(f, (v.get(f) ?? 0) + idf);
    }
    return v;
  }

  /**
   * label → cosine to the nearest of that label's examples, mixed with the cosine to the label's
   * centroid by `centroidShare` (labels with no overlap are absent).
   */
  scores(features: string[], centroidShare = 0): Map<number, number> {
    const q = this.vectorOf(features);
    const qn = norm(q);
    const out = new Map<number, number>();
    if (qn === 0) return out;
    // With the centroid alone (share 1), the nearest single example does not count: skip the scan.
    if (centroidShare < 1) for (const e of this.vectors) {
      let dot = 0;
      for (const [f, x] of q) {
        const y = e.v.get(f);
        if (y) dot += x * y;
      }
      if (dot === 0) continue;
      const cos = dot / (qn * e.n);
      if (cos > (out.get(e.label) ?? 0)) out.set(e.label, cos);
    }
    if (centroidShare > 0) {
      const dots = new Map<number, number>();
      for (const [f, x] of q) for (const { label, x: y } of this.centroidPostings.get(f) ?? []) dots.set(label, (dots.get(label) ?? 0) + x * y);
      for (const [label, c] of this.centroids) {
        const dot = dots.get(label) ?? 0;
        const near = out.get(label) ?? 0;
        const mixed = (1 - centroidShare) * near + (centroidShare * dot) / (qn * c.n || 1);
        if (mixed > 0) out.set(label, mixed);
      }
    }
    return out;
  }
}
