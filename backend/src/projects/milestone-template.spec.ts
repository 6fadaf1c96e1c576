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
});
