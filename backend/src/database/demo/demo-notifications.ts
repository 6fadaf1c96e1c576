import type { EntityManager } from 'typeorm';
import type { MailLang } from '../../mail';
import { feedbackText, REVIEW_MOVES, reviewText } from '../../projects/project-notices';
import type { ProjectState } from '../../projects/project-states';
import type { DemoCalendar } from './demo-calendar';

/** Notices older than this are shown as read: the demo people have opened them. */
const READ_AFTER_MS = 3 * 24 * 3600 * 1000;

interface Source {
  key: string;
  user_id: string;
  lang: MailLang;
  project_id: string;
  project_title: string;
  at: Date;
  author_name: string;
  milestone_title: string | null;
  body: string | null;
  to_state: ProjectState | null;
}

/**
 * The bell of the demo people: the team's notices of what their tutor did on their project
 * (approvals and comments, in the recipient's language), from the demo's own project story,
 * recent ones unread. In-app only: the demo's past sends no mail. Runs inside loadDemoData's
 * transaction, after the projects.
 */
export async function loadDemoNotifications(
  manager: EntityManager,
  calendar: DemoCalendar,
): Promise<void> {
  const sources: Source[] = await manager.query(
    `SELECT 'demo:project.feedback:' || f.id || ':' || pm.student_id AS key, pm.student_id AS user_id,
            u.preferred_language AS lang, p.id AS project_id, p.title AS project_title,
            f.created_at AS at, f.author_name, ms.title AS milestone_title, f.body, NULL AS to_state
       FROM project_feedback f
       JOIN projects p ON p.id = f.project_id
       JOIN project_milestones ms ON ms.id = f.milestone_id
       JOIN project_members pm ON pm.project_id = p.id AND pm.left_at IS NULL
       JOIN users u ON u.id = pm.student_id
      WHERE f.author_role = 'tutor'
     UNION ALL
     SELECT 'demo:project.reviewed:' || e.id || ':' || pm.student_id, pm.student_id,
            u.preferred_language, p.id, p.title, e.created_at, a.display_name, NULL, e.comment,
            e.to_state
       FROM project_events e
       JOIN projects p ON p.id = e.project_id
       JOIN users a ON a.id = e.actor_id AND a.role <> 'student'
       JOIN project_members pm ON pm.project_id = p.id AND pm.left_at IS NULL
       JOIN users u ON u.id = pm.student_id
      WHERE e.to_state IN ('approved', 'sent_back', 'rejected')`,
  );
  if (!sources.length) return;
  const now = calendar.now.toMillis();
  const rows = sources.map((s) => {
    const move = s.to_state ? REVIEW_MOVES[s.to_state] : undefined;
    const text = move
      ? reviewText(s.lang, {
          move,
          projectTitle: s.project_title,
          actorName: s.author_name,
          comment: s.body,
        })
      : feedbackText(s.lang, {
          projectTitle: s.project_title,
          authorName: s.author_name,
          milestoneTitle: s.milestone_title ?? '',
          body: s.body ?? '',
        });
    const read = now - s.at.getTime() > READ_AFTER_MS;
    return { ...s, ...text, kind: move ? 'project.reviewed' : 'project.feedback', read };
  });
  await manager.query(
    `INSERT INTO notifications (user_id, kind, title, body, link, delivery, idempotency_key, created_at, read_at)
     SELECT r.user_id, r.kind, r.title, r.body, '/student/project/' || r.project_id, 'in_app', r.key,
            r.at, CASE WHEN r.read THEN r.at + interval '2 hours' END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::timestamptz[], $8::boolean[])
            AS r(user_id, kind, title, body, project_id, key, at, read)`,
    [
      rows.map((r) => r.user_id),
      rows.map((r) => r.kind),
      rows.map((r) => r.title),
      rows.map((r) => r.body),
      rows.map((r) => r.project_id),
      rows.map((r) => r.key),
      rows.map((r) => r.at),
      rows.map((r) => r.read),
    ],
  );
}
