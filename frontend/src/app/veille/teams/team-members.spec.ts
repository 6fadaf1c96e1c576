import { setMember, toggleMember } from './team-members';

describe('a team’s members', () => {
  it('adds once, removes, and sets a specialty only for members', () => {
    let list = toggleMember([], 'a', true);
    list = toggleMember(list, 'a', true);
    list = toggleMember(list, 'b', true);
    expect(list.map((m) => m.studentId)).toEqual(['a', 'b']);
    list = setMember(list, 'b', 't1');
    list = setMember(list, 'z', 't2');
    expect(list).toEqual([
      { studentId: 'a', specialtyTopicId: null },
      { studentId: 'b', specialtyTopicId: 't1' },
    ]);
    expect(toggleMember(list, 'a', false)).toEqual([{ studentId: 'b', specialtyTopicId: 't1' }]);
  });
});
