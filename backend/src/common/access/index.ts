/**
 * The one access policy: who may read or act on what, as SQL predicates that go inside the
 * query (a row the viewer may not see is simply not found: 404). Every service asks here;
 * none switches on roles for access itself. Grades and attendance join as predicates of their own.
 */
export type { Viewer } from './viewer';
export * from './sql-predicate';
export * from './membership';
export * from './cohort-policy';
export * from './session-policy';
export * from './project-policy';
export * from './grade-policy';
export * from './directory-policy';
export * from './attendance-policy';
export * from './jury-policy';
export * from './diploma-policy';
export * from './veille-policy';
