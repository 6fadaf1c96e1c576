import type { EntityManager } from 'typeorm';
import type { MailLang } from '../mail';
import type { NotificationInput } from '../notifications';
import { namedQuery } from '../common/sql';

/** What a notice about a post needs: the post's title and who wrote what. */
interface PostContext {
  title: string;
  post_author: string;
  post_area: string;
  parent_author: string | null;
  parent_area: string | null;
  actor: string;
}

const excerpt = (text: string) => (text.length > 300 ? `${text.slice(0, 300)}…` : text);

/** The post's page in the recipient's own area (`/student`, `/instructor` or `/admin`). */
const postLink = (role: string, postId: string) => `/${role}/veille/posts/${postId}`;

const quoted = (lang: MailLang, text: string) =>
  lang === 'fr' ? `« ${excerpt(text)} »` : `“${excerpt(text)}”`;

async function postContext(
  m: EntityManager,
  postId: string,
  actorId: string,
  parentId: string | null,
): Promise<PostContext | undefined> {
  const [row] = await namedQuery<PostContext>(
    m,
    `SELECT COALESCE(NULLIF(p.title, ''), p.preview_title, p.url, '') AS title,
            p.author_id AS post_author, pa.role AS post_area,
            pc.author_id AS parent_author, ca.role AS parent_area,
            me.display_name AS actor
       FROM veille_posts p
       JOIN users pa ON pa.id = p.author_id
       JOIN users me ON me.id = :actorId
       LEFT JOIN veille_comments pc ON pc.id = :parentId AND pc.post_id = p.id
       LEFT JOIN users ca ON ca.id = pc.author_id
      WHERE p.id = :postId`,
    { postId, actorId, parentId },
  );
  return row;
}

/**
 * A new comment tells the post's author (`veille.commented`) and, for a reply, the author of
 * the comment replied to (`veille.replied`); nobody is told of their own words, and a person
 * who is both is told once, of the reply.
 */
export async function commentNotices(
  m: EntityManager,
  c: { id: string; postId: string; parentId: string | null; authorId: string; body: string },
): Promise<NotificationInput[]> {
  const ctx = await postContext(m, c.postId, c.authorId, c.parentId);
  if (!ctx) return [];
  const notices: NotificationInput[] = [];
  const replied = ctx.parent_author && ctx.parent_author !== c.authorId ? ctx.parent_author : null;
  if (replied && ctx.parent_area) {
    notices.push({
      userId: replied,
      kind: 'veille.replied',
      link: postLink(ctx.parent_area, c.postId),
      text: (lang) =>
        lang === 'fr'
          ? {
              title: `${ctx.actor} vous a répondu : ${ctx.title}`,
              body: quoted(lang, c.body),
            }
          : { title: `${ctx.actor} replied to you: ${ctx.title}`, body: quoted(lang, c.body) },
      idempotencyKey: `veille.replied:${c.id}`,
    });
  }
  if (ctx.post_author !== c.authorId && ctx.post_author !== replied) {
    notices.push({
      userId: ctx.post_author,
      kind: 'veille.commented',
      link: postLink(ctx.post_area, c.postId),
      text: (lang) =>
        lang === 'fr'
          ? {
              title: `${ctx.actor} a commenté votre partage : ${ctx.title}`,
              body: quoted(lang, c.body),
            }
          : {
              title: `${ctx.actor} commented on your post: ${ctx.title}`,
              body: quoted(lang, c.body),
            },
      idempotencyKey: `veille.commented:${c.id}`,
    });
  }
  return notices;
}

/** An instructor hid a post: its author learns it, with the reason, and where to read it. */
export async function hiddenNotice(
  m: EntityManager,
  p: { postId: string; actorId: string; reason: string; hiddenAt: Date },
): Promise<NotificationInput[]> {
  const ctx = await postContext(m, p.postId, p.actorId, null);
  if (!ctx || ctx.post_author === p.actorId) return [];
  return [
    {
      userId: ctx.post_author,
      kind: 'veille.hidden',
      link: postLink(ctx.post_area, p.postId),
      text: (lang) =>
        lang === 'fr'
          ? {
              title: `Votre partage a été masqué : ${ctx.title}`,
              body: `${ctx.actor} l’a masqué de la veille de la volée. Motif : ${quoted(lang, p.reason)}`,
            }
          : {
              title: `Your post was hidden: ${ctx.title}`,
              body: `${ctx.actor} hid it from the cohort’s veille. Reason: ${quoted(lang, p.reason)}`,
            },
      idempotencyKey: `veille.hidden:${p.postId}:${p.hiddenAt.getTime()}`,
    },
  ];
}
