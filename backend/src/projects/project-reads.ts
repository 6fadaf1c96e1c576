import type { EntityManager } from 'typeorm';
import type { ProjectFeedbackDto, ProjectSubmissionDto } from './dto/milestones.dto';
import type { FeedbackAuthorRole } from './feedback.entity';

/** Read models shared by the team's, the tutor's and the mentor's views. */

interface SubmissionRow {
  id: string;
  milestone_id: string;
  version: number;
  original_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
  uploaded_by: string;
  submitted_at: Date;
  due_at: Date;
  late: boolean;
}

/** Versions of one milestone (`scope` 'milestone') or of a whole project, newest first. */
export async function loadSubmissions(
  manager: EntityManager,
  scope: 'milestone' | 'project' | 'submission',
  id: string,
  downloadUrl: (submissionId: string) => string,
): Promise<ProjectSubmissionDto[]> {
  const column = { milestone: 's.milestone_id', project: 's.project_id', submission: 's.id' }[
    scope
  ];
  const rows = await manager.query<SubmissionRow[]>(
    `SELECT s.id, s.milestone_id, s.version, s.original_name, s.content_type, s.size_bytes,
            s.sha256, u.display_name AS uploaded_by, s.submitted_at, s.due_at, s.late
       FROM project_submissions s JOIN users u ON u.id = s.uploaded_by_id
      WHERE ${column} = $1
      ORDER BY s.milestone_id, s.version DESC`,
    [id],
  );
  return rows.map((r) => ({
    id: r.id,
    milestoneId: r.milestone_id,
    version: r.version,
    originalName: r.original_name,
    contentType: r.content_type,
    sizeBytes: Number(r.size_bytes),
    sha256: r.sha256,
    uploadedBy: r.uploaded_by,
    submittedAt: r.submitted_at.toISOString(),
    dueAt: r.due_at.toISOString(),
    late: r.late,
    downloadUrl: downloadUrl(r.id),
  }));
}

interface FeedbackRow {
  id: string;
  milestone_id: string;
  submission_id: string | null;
  submission_version: number | null;
  author_role: FeedbackAuthorRole;
  author_name: string;
  body: string;
  created_at: Date;
}

/** A milestone's thread (`scope` 'milestone'), a project's threads, or one comment; oldest first. */
export async function loadFeedback(
  manager: EntityManager,
  scope: 'milestone' | 'project' | 'feedback',
  id: string,
): Promise<ProjectFeedbackDto[]> {
  const column = { milestone: 'f.milestone_id', project: 'f.project_id', feedback: 'f.id' }[scope];
  const rows = await manager.query<FeedbackRow[]>(
    `SELECT f.id, f.milestone_id, f.submission_id, s.version AS submission_version,
            f.author_role, coalesce(u.display_name, f.author_name) AS author_name, f.body, f.created_at
       FROM project_feedback f
       LEFT JOIN users u ON u.id = f.author_id
       LEFT JOIN project_submissions s ON s.id = f.submission_id
      WHERE ${column} = $1
      ORDER BY f.created_at, f.id`,
    [id],
  );
  return rows.map((r) => ({
    id: r.id,
    milestoneId: r.milestone_id,
    submissionId: r.submission_id,
    submissionVersion: r.submission_version,
    authorRole: r.author_role,
    authorName: r.author_name,
    body: r.body,
    createdAt: r.created_at.toISOString(),
  }));
}

export const submissionUrl = (id: string) => `/api/submissions/${id}/file`;
export const mentorSubmissionUrl = (token: string) => (id: string) =>
  `/api/mentor/${encodeURIComponent(token)}/submissions/${id}/file`;
