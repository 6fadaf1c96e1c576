import { defaultTemplate } from './milestone-template';

describe('defaultTemplate', () => {
  it('spreads proposal, intermediate report, final report and defence over a year', () => {
    expect(defaultTemplate('2026-09-01', '2027-06-30').map((i) => [i.kind, i.dueOn])).toEqual([
      ['proposal', '2026-10-13'],
      ['intermediate_report', '2027-01-30'],
      ['final_report', '2027-06-02'],
      ['defence', '2027-06-16'],
    ]);
  });

  it('stays inside a short cohort and in order', () => {
    const dates = defaultTemplate('2026-09-01', '2026-10-01').map((i) => i.dueOn);
    expect(dates).toEqual([...dates].sort());
    for (const d of dates) {
      expect(d >= '2026-09-01' && d <= '2026-10-01').toBe(true);
    }
  });

  it('counts from the day a cohort was created mid-year, so that no milestone is born late', () => {
    const items = defaultTemplate('2026-09-01', '2027-06-30', '2027-01-15');
    expect(items.map((i) => [i.kind, i.dueOn])).toEqual([
      ['proposal', '2027-02-26'],
      ['intermediate_report', '2027-04-08'],
      ['final_report', '2027-06-02'],
      ['defence', '2027-06-16'],
    ]);
  });

  it('keeps the start as the anchor for a cohort created before it began', () => {
    expect(defaultTemplate('2026-09-01', '2027-06-30', '2026-05-01')).toEqual(
      defaultTemplate('2026-09-01', '2027-06-30'),
    );
  });
});
