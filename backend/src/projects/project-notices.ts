import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { MailLang } from '../mail';
import { type NotificationInput, NotificationsService } from '../notifications';
import type { FeedbackAuthorRole } from './feedback.entity';
import type { ProjectState } from './project-states';

/** The moves of a tutor (or an admin) that the team hears of. */
export const REVIEW_MOVES: Partial<Record<ProjectState, Record<MailLang, string>>> = {
  approved: { fr: 'Projet approuvé', en: 'Project approved' },
  sent_back: { fr: 'Projet renvoyé pour corrections', en: 'Project sent back for changes' },
  rejected: { fr: 'Projet refusé', en: 'Project rejected' },
  in_progress: { fr: 'Projet rouvert', en: 'Project reopened' },
};

const excerpt = (text: string) => (text.length > 600 ? `${text.slice(0, 600)}…` : text);

interface Person {
  user_id: string;
  role: string;
  title: string;
}

/** What the team and the tutor hear about a project, written in the change's transaction. */
@Injectable()
export class ProjectNoticesService {
  constructor(private readonly notifications: NotificationsService) {}

  /** The tutor approved, sent back, rejected or reopened the project: the team, with the comments. */
  async reviewed(
    m: EntityManager,
    e: {
      projectId: string;
      eventId: string;
      from: ProjectState;
      to: ProjectState;
      comment: string | null;
      actor: { id: string; displayName: string };
    },
  ): Promise<void> {
    const move = REVIEW_MOVES[e.to];
    // Starting the work (approved → in progress) is no review; reopening a submitted one is.
    if (!move || (e.to === 'in_progress' && e.from !== 'submitted')) return;
    const team = await this.people(m, e.projectId, 'team', e.actor.id);
    await this.notifications.notifyMany(
      m,
      team.map((p) => ({
        userId: p.user_id,
        kind: 'project.reviewed',
        link: projectLink(p, e.projectId),
        text: (lang: MailLang) =>
          reviewText(lang, {
            move,
            projectTitle: p.title,
            actorName: e.actor.displayName,
            comment: e.comment,
          }),
        idempotencyKey: `project.reviewed:${e.eventId}:${p.user_id}`,
      })),
    );
  }

  /**
   * A comment in a milestone's thread: from the tutor, an admin or the mentor → the team; from
   * a student → the tutor (the team's other members read the thread they write in).
   */
  async feedbackPosted(
    m: EntityManager,
    e: {
      projectId: string;
      feedbackId: string;
      milestoneTitle: string;
      authorRole: FeedbackAuthorRole;
      authorId: string | null;
      authorName: string;
      body: string;
    },
  ): Promise<void> {
    const to = e.authorRole === 'team' ? 'tutor' : 'team';
    const people = await this.people(m, e.projectId, to, e.authorId);
    await this.notifications.notifyMany(
      m,
      people.map((p): NotificationInput => ({
        userId: p.user_id,
        kind: 'project.feedback',
        link: projectLink(p, e.projectId),
        text: (lang) => feedbackText(lang, { ...e, projectTitle: p.title }),
        idempotencyKey: `project.feedback:${e.feedbackId}:${p.user_id}`,
      })),
    );
  }

  /** The project's current team (active members), or its tutor; never the author. */
  private people(
    m: EntityManager,
    projectId: string,
    who: 'team' | 'tutor',
    exceptId: string | null,
  ): Promise<Person[]> {
    return who === 'team'
      ? m.query(
          `SELECT pm.student_id AS user_id, 'student' AS role, p.title
             FROM project_members pm JOIN projects p ON p.id = pm.project_id
            WHERE pm.project_id = $1 AND pm.left_at IS NULL AND pm.student_id IS DISTINCT FROM $2`,
          [projectId, exceptId],
        )
      : m.query(
          `SELECT p.tutor_id AS user_id, u.role, p.title
             FROM projects p JOIN users u ON u.id = p.tutor_id
            WHERE p.id = $1 AND p.tutor_id IS NOT NULL AND p.tutor_id IS DISTINCT FROM $2`,
          [projectId, exceptId],
        );
  }
}

/** The project's page for the recipient: the student's project page or the tutor's. */
export function projectLink(p: { role: string }, projectId: string): string {
  return p.role === 'student'
    ? `/student/project/${projectId}`
    : `/${p.role}/projects/${projectId}`;
}

/** The team's notice of a review: the move, who made it, and the tutor's comments. */
export function reviewText(
  lang: MailLang,
  e: {
    move: Record<MailLang, string>;
    projectTitle: string;
    actorName: string;
    comment: string | null;
  },
): { title: string; body: string } {
  const fr = lang === 'fr';
  const lines = [
    fr
      ? `${e.actorName} a changé l’état de votre projet.`
      : `${e.actorName} changed the state of your project.`,
  ];
  if (e.comment) {
    lines.push(
      fr ? `Commentaires : « ${excerpt(e.comment)} »` : `Comments: “${excerpt(e.comment)}”`,
    );
  }
  return {
    title: fr ? `${e.move.fr} : ${e.projectTitle}` : `${e.move.en}: ${e.projectTitle}`,
    body: lines.join('\n\n'),
  };
}

/** The notice of a comment in a milestone's thread, with the comment itself. */
export function feedbackText(
  lang: MailLang,
  e: { projectTitle: string; authorName: string; milestoneTitle: string; body: string },
): { title: string; body: string } {
  return lang === 'fr'
    ? {
        title: `Nouveau commentaire sur ${e.projectTitle}`,
        body: `${e.authorName} a écrit sur le jalon « ${e.milestoneTitle} » :\n\n« ${excerpt(e.body)} »`,
      }
    : {
        title: `New comment on ${e.projectTitle}`,
        body: `${e.authorName} wrote on the milestone “${e.milestoneTitle}”:\n\n“${excerpt(e.body)}”`,
      };
}
