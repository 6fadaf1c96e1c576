import type { GradingScale } from '../programmes';
import type { HonoursLevel } from './programme-honours.entity';

/**
 * Honours levels by scale, used while a programme has not set its own: the French *mentions*
 * of a licence (assez bien 12, bien 14, très bien 16 out of 20) and, on the Swiss 1–6 scale,
 * a distinction at 5 and a high distinction at 5.5.
 */
export const DEFAULT_HONOURS: Record<GradingScale, HonoursLevel[]> = {
  FR_20: [
    {
      key: 'assez_bien',
      labelFr: 'Mention assez bien',
      labelEn: 'Honours (assez bien)',
      minGrade: 12,
    },
    { key: 'bien', labelFr: 'Mention bien', labelEn: 'High honours (bien)', minGrade: 14 },
    {
      key: 'tres_bien',
      labelFr: 'Mention très bien',
      labelEn: 'Highest honours (très bien)',
      minGrade: 16,
    },
  ],
  CH_6: [
    { key: 'bien', labelFr: 'Mention bien', labelEn: 'With distinction', minGrade: 5 },
    {
      key: 'tres_bien',
      labelFr: 'Mention très bien',
      labelEn: 'With high distinction',
      minGrade: 5.5,
    },
  ],
};

/** The highest level the final grade reaches, or null (no grade, or below every level). */
export function suggestHonours(
  levels: HonoursLevel[],
  finalGrade: number | null,
): HonoursLevel | null {
  if (finalGrade === null) return null;
  let best: HonoursLevel | null = null;
  for (const level of levels) {
    if (finalGrade + 1e-9 >= level.minGrade && (!best || level.minGrade > best.minGrade))
      best = level;
  }
  return best;
}
