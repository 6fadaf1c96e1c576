/** A team member as the API takes it. */
export interface Member {
  studentId: string;
  specialtyTopicId: string | null;
}

/** Adds (at the end) or removes a student; adding twice keeps one. */
export function toggleMember(list: Member[], studentId: string, on: boolean): Member[] {
  const without = list.filter((m) => m.studentId !== studentId);
  return on
    ? [
        ...without,
        {
          studentId,
          specialtyTopicId: list.find((m) => m.studentId === studentId)?.specialtyTopicId ?? null,
        },
      ]
    : without;
}

/** Sets a member's specialty (null: none); a student not in the team is left out. */
export function setMember(list: Member[], studentId: string, topicId: string | null): Member[] {
  return list.map((m) => (m.studentId === studentId ? { ...m, specialtyTopicId: topicId } : m));
}
