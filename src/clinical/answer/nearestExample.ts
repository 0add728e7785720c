// The example-question classifier: TF-IDF vectors of our example questions (topic terms plus
// question words), cosine to the nearest example of each section. Unlike natural's classifiers its
// score is bounded and comparable across questions, and it can say "nothing is close".

type Vector = Map<string, number>;

const NO_POSTINGS: { at: number; y: number }[] = [];
const NO_CENTROID_POSTINGS: { slot: number; x: number }[] = [];

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
  private centroidPostings = new Map<string, { slot: number; x: number }[]>();
  /** feature → (example, weight) pairs. */
  private examplePostings = new Map<string, { at: number; y: number }[]>();
  /** scores' work space, one slot per example and per centroid, left cleared after each call. */
  private exampleDots = new Float64Array(0);
  private centroidDots = new Float64Array(0);

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
    let slot = 0;
    for (const c of this.centroids.values()) {
      for (const [f, x] of c.v) {
        let list = this.centroidPostings.get(f);
        if (!list) this.centroidPostings.set(f, (list = []));
        list.push({ slot, x });
      }
      slot++;
    }
    this.examplePostings = new Map();
    this.vectors.forEach((e, at) => {
      for (const [f, y] of e.v) {
        let list = this.examplePostings.get(f);
        if (!list) this.examplePostings.set(f, (list = []));
        list.push({ at, y });
      }
    });
    this.exampleDots = new Float64Array(this.vectors.length);
    this.labelSlots = this.vectors.reduce((m, e) => Math.max(m, e.label + 1), 0);
    this.top = undefined;
    this.centroidDots = new Float64Array(this.centroids.size);
  }

  private top: Float64Array | undefined;
  /** One more than the highest label: the size of a per-label array. */
  private labelSlots = 0;
  /** A cleared array of k slots for each label, reused from call to call. */
  private topSlots(k: number): Float64Array {
    if (!this.top || this.top.length !== this.labelSlots * k) this.top = new Float64Array(this.labelSlots * k);
    return this.top;
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
  scores(features: string[], centroidShare = 0, k = 1): Map<number, number> {
    const q = this.vectorOf(features);
    const qn = norm(q);
    const out = new Map<number, number>();
    if (qn === 0) return out;
    // With the centroid alone (share 1), the nearest single example does not count: skip the scan.
    // Dot products through the postings of the question's features (only the examples that share
    // one are visited), summed in the question's feature order as a full scan would, and read back in
    // example order.
    if (centroidShare < 1) {
      const dots = this.exampleDots;
      for (const [f, x] of q) for (const { at, y } of this.examplePostings.get(f) ?? NO_POSTINGS) dots[at] = dots[at]! + x * y;
      // With k > 1, a label's score is the mean of its k nearest examples (missing ones count 0): one
      // near-duplicate with another label does not decide alone. (Kept in one reused array, k slots a label.)
      const top = k > 1 ? this.topSlots(k) : undefined;
      const touched: number[] = [];
      for (let at = 0; at < this.vectors.length; at++) {
        const dot = dots[at]!;
        if (dot === 0) continue;
        dots[at] = 0;
        const e = this.vectors[at]!;
        const cos = dot / (qn * e.n);
        if (top) {
          const base = e.label * k;
          let min = base;
          for (let j = base + 1; j < base + k; j++) if (top[j]! < top[min]!) min = j;
          if (cos > top[min]!) {
            // The first slot fills first: empty, the label is met for the first time.
            if (top[base]! === 0) touched.push(e.label);
            top[min] = cos;
          }
        } else if (cos > (out.get(e.label) ?? 0)) out.set(e.label, cos);
      }
      if (top) {
        for (const label of touched) {
          let sum = 0;
          for (let j = label * k; j < label * k + k; j++) {
            sum += top[j]!;
            top[j] = 0;
          }
          out.set(label, sum / k);
        }
      }
    }
    if (centroidShare > 0) {
      const dots = this.centroidDots;
      for (const [f, x] of q) for (const { slot, x: y } of this.centroidPostings.get(f) ?? NO_CENTROID_POSTINGS) dots[slot] = dots[slot]! + x * y;
      let slot = 0;
      for (const [label, c] of this.centroids) {
        const dot = dots[slot]!;
        dots[slot++] = 0;
        const near = out.get(label) ?? 0;
        const mixed = (1 - centroidShare) * near + (centroidShare * dot) / (qn * c.n || 1);
        if (mixed > 0) out.set(label, mixed);
      }
    }
    return out;
  }
}
