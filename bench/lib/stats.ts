/** Summary statistics of repeated measurements. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  /** How many measurements. */
  runs: number;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The p-th percentile (0–100) by nearest rank. */
export const percentile = (values: readonly number[], p: number): number => {
  if (values.length === 0) throw new Error('percentile of no values');
  const s = sorted(values);
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))] as number;
};

export const median = (values: readonly number[]): number => {
  if (values.length === 0) throw new Error('median of no values');
  const s = sorted(values);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

export const stat = (values: readonly number[]): Stat => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values.length,
});

/** Milliseconds `fn` takes, with its result. */
export const timed = async <T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> => {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
};
