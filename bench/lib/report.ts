import type { Stat } from './stats.ts';

export type Section = 'bundle' | 'cold' | 'warm' | 'requests' | 'growth' | 'throughput' | 'tricks';

/**
 * A budget: `max-ratio` (value ÷ baseline ≤ limit), `min-ratio` (baseline ÷ value ≥ limit, "n× faster"),
 * `max` (value ≤ limit), `equal` (value = limit, e.g. requests at the minimum).
 */
export interface Budget {
  kind: 'max-ratio' | 'min-ratio' | 'max' | 'equal';
  limit: number;
}

/** One measured figure, as RESULTS.md and results.json show it. */
export interface Figure {
  section: Section;
  /** What was measured, e.g. `packages/get cold start`. */
  name: string;
  unit: string;
  value: Stat;
  baseline?: { name: string; value: Stat };
  budget?: Budget;
  /** Why the figure is what it is (e.g. the minimum's reason), or how it was measured. */
  note?: string;
}

/** A figure's ratio against its baseline, as the budget reads it (medians). */
export const ratioOf = (figure: Figure): number | undefined => {
  if (!figure.baseline) return undefined;
  const value = figure.value.median;
  const base = figure.baseline.value.median;
  if (figure.budget?.kind === 'min-ratio') return value === 0 ? Number.POSITIVE_INFINITY : base / value;
  return base === 0 ? Number.POSITIVE_INFINITY : value / base;
};

/** Whether the figure meets its budget; figures without a budget pass. */
export const passes = (figure: Figure): boolean => {
  const budget = figure.budget;
  if (!budget) return true;
  const value = figure.value.median;
  switch (budget.kind) {
    case 'max':
      return value <= budget.limit;
    case 'equal':
      return value === budget.limit;
    case 'max-ratio': {
      const ratio = ratioOf(figure);
      return ratio !== undefined && ratio <= budget.limit;
    }
    case 'min-ratio': {
      const ratio = ratioOf(figure);
      return ratio !== undefined && ratio >= budget.limit;
    }
  }
};

export const budgetText = (budget: Budget, unit: string): string => {
  switch (budget.kind) {
    case 'max':
      return `≤ ${budget.limit} ${unit}`;
    case 'equal':
      return `= ${budget.limit} ${unit}`;
    case 'max-ratio':
      return `≤ ${budget.limit}× baseline`;
    case 'min-ratio':
      return `≥ ${budget.limit}× faster than baseline`;
  }
};
