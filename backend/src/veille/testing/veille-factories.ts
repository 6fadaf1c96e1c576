import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

const tag = () => randomUUID().slice(0, 8);

/** A topic of the cohort (raw SQL: the veille tables have no entities). */
export async function buildVeilleTopic(
  db: DataSource,
  o: { cohortId: string; name?: string; position?: number; archived?: boolean },
): Promise<{ id: string; name: string }> {
  const name = o.name ?? `Sujet ${tag()}`;
  const rows: { id: string }[] = await db.query(
    `INSERT INTO veille_topics (cohort_id, name, position, archived) VALUES ($1, $2, $3, $4) RETURNING id`,
    [o.cohortId, name, o.position ?? 0, o.archived ?? false],
  );
  return { id: rows[0].id, name };
}

/**
 * A link post (unique URL) of the cohort; `hidden` sets hidden_at/by/reason (by the author
 * unless `hiddenById`), `topicIds` fill veille_post_topics.
 */
export async function buildVeillePost(
  db: DataSource,
  o: {
    cohortId: string;
    authorId: string;
    teamId?: string | null;
    title?: string;
    commentary?: string;
    public?: boolean;
    hidden?: boolean;
    hiddenById?: string;
    createdAt?: Date;
    topicIds?: string[];
  },
): Promise<{ id: string; url: string; title: string }> {
  const t = tag();
  const url = `https://example.org/article-${t}`;
  const title = o.title ?? `Article ${t}`;
  const at = o.createdAt ?? new Date();
  const rows: { id: string }[] = await db.query(
    `INSERT INTO veille_posts (cohort_id, author_id, team_id, kind, url, url_key, title, commentary,
       public, hidden_at, hidden_by_id, hidden_reason, created_at, updated_at)
     VALUES ($1, $2, $3, 'link', $4, $5, $6, $7, $8,
       CASE WHEN $9::boolean THEN $10::timestamptz END, CASE WHEN $9::boolean THEN $11::uuid END,
       CASE WHEN $9::boolean THEN 'Hors sujet' END, $10, $10)
     RETURNING id`,
    [
      o.cohortId,
      o.authorId,
      o.teamId ?? null,
      url,
      url.replace('https://', ''),
      title,
      o.commentary ?? `Un commentaire assez long sur l'article ${t}, pour les tests.`,
      o.public ?? false,
      o.hidden ?? false,
      at,
      o.hiddenById ?? o.authorId,
    ],
  );
  for (const topicId of o.topicIds ?? []) {
    await db.query(
      `INSERT INTO veille_post_topics (cohort_id, post_id, topic_id) VALUES ($1, $2, $3)`,
      [o.cohortId, rows[0].id, topicId],
    );
  }
  return { id: rows[0].id, url, title };
}

/** A comment (or a reply with `parentId`) on a post. */
export async function buildVeilleComment(
  db: DataSource,
  o: { postId: string; authorId: string; parentId?: string; body?: string; createdAt?: Date },
): Promise<{ id: string }> {
  const rows: { id: string }[] = await db.query(
    `INSERT INTO veille_comments (post_id, author_id, parent_id, body, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
    [
      o.postId,
      o.authorId,
      o.parentId ?? null,
      o.body ?? 'Merci, très utile.',
      o.createdAt ?? new Date(),
    ],
  );
  return { id: rows[0].id };
}

/** A reaction of a user to a post (idempotent). */
export async function buildVeilleReaction(
  db: DataSource,
  o: { postId: string; userId: string; kind?: 'useful' | 'insightful' | 'debatable' },
): Promise<void> {
  await db.query(
    `INSERT INTO veille_reactions (post_id, user_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
    [o.postId, o.userId, o.kind ?? 'useful'],
  );
}
