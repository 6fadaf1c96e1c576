import { allOf, cohortReadable, enrolmentCountsSql, projectReadable, sessionReadable } from '.';

const student = { id: '7f1c2d3e-0000-4000-8000-000000000001', role: 'student' as const };
const instructor = { id: '7f1c2d3e-0000-4000-8000-000000000002', role: 'instructor' as const };

describe('access policy predicates', () => {
  it('binds the viewer under a name of its own, so two viewers combine without collision', () => {
    const both = allOf(cohortReadable(student, 'c.id'), cohortReadable(instructor, 'c.id'));
    expect(Object.values(both.params).sort()).toEqual([student.id, instructor.id].sort());
    for (const name of Object.keys(both.params)) expect(both.sql).toContain(`:${name}`);
  });

  it('shares one parameter between predicates of the same viewer', () => {
    const both = allOf(sessionReadable(instructor), projectReadable(instructor));
    expect(Object.keys(both.params)).toHaveLength(1);
  });

  it('lets admins read everything without a parameter', () => {
    expect(cohortReadable({ id: student.id, role: 'admin' }, 'c.id')).toEqual({
      sql: 'TRUE',
      params: {},
    });
  });

  it('counts graduates as belonging for reading, and only active students for acting', () => {
    expect(enrolmentCountsSql('e', 'reads')).toBe(`e.status IN ('active', 'graduated')`);
    expect(enrolmentCountsSql('e', 'acts')).toBe(`e.status IN ('active')`);
  });
});
