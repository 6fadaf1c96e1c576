import { type StudentProgress } from './progress-api.service';

export type ModuleState = 'passed' | 'failed' | 'compensated' | 'kept' | 'pending';

/** What a module's result says in one word. */
export function moduleState(result: StudentProgress['modules'][number] | undefined): ModuleState {
  if (!result || !result.complete) return 'pending';
  if (result.kept) return 'kept';
  if (result.compensated) return 'compensated';
  return result.passed ? 'passed' : 'failed';
}

/** Overall averages in bands of `width` over [min, max] (the last band closed), and those without. */
export function distribution(
  averages: readonly (number | null)[],
  min: number,
  max: number,
  width: number,
): { bands: { from: number; to: number; count: number }[]; none: number } {
  const bands: { from: number; to: number; count: number }[] = [];
  for (let from = min; from < max - 1e-9; from += width) {
    bands.push({ from, to: Math.min(from + width, max), count: 0 });
  }
  let none = 0;
  for (const value of averages) {
    if (value === null) {
      none += 1;
      continue;
    }
    const index = Math.min(Math.floor((value - min) / width + 1e-9), bands.length - 1);
    bands[Math.max(0, index)].count += 1;
  }
  return { bands, none };
}
