/** `YYYY-MM-DD` of a date, in the browser's zone. */
export function isoDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The last `days` days ending `today`, both ends included. */
export function lastDays(today: Date, days: number): { from: string; to: string } {
  const from = new Date(today);
  from.setDate(from.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today) };
}

/** This week, Monday to today. */
export function thisWeek(today: Date): { from: string; to: string } {
  const from = new Date(today);
  from.setDate(from.getDate() - ((from.getDay() + 6) % 7));
  return { from: isoDay(from), to: isoDay(today) };
}
