import { prng } from "../../engagement/sample-generator";

/**
 * The seeded randomness of the scale generator: one stream per phase (agencies, operations, …), so
 * that a phase's rows depend only on the scale and the phase, never on what ran before it.
 */
export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  /** Uniform in [0, 1). */
  u(): number {
    return this.next();
  }
  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Log-normal around `median`: the long tail real counts and values have. */
  logNormal(median: number, sigma: number): number {
    const z = Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
    return median * Math.exp(sigma * z);
  }
}

/** Picks indexes with probability proportional to their weight (binary search on the cumulative sum). */
export class WeightedPicker {
  private readonly cumulative: number[];
  constructor(weights: readonly number[]) {
    let sum = 0;
    this.cumulative = weights.map((w) => (sum += w));
  }
  pick(r: Rng): number {
    const total = this.cumulative[this.cumulative.length - 1] ?? 0;
    const x = r.u() * total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.cumulative[mid] ?? 0) > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

/** `total` split into whole parts proportional to `weights` (largest remainder): the sum is exact. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((e, i) => [e - Math.floor(e), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

export const DAY_MS = 86_400_000;
export const dayOf = (t: number) => new Date(t).toISOString().slice(0, 10);
export const timeOf = (day: string) => Date.parse(`${day}T00:00:00Z`);
