import type {
  VeilleCommentDto,
  VeillePostDto,
  VeilleReactionCountDto,
  VeilleReactionKind,
} from './dto/veille.dto';
import { REACTION_KINDS } from './dto/veille.dto';

/** A post as the feed's one query reads it (topics, counts and the viewer's marks included). */
export interface PostRow {
  id: string;
  cohort_id: string;
  kind: 'link' | 'question';
  url: string | null;
  title: string;
  commentary: string;
  quote: string | null;
  author_id: string;
  author_name: string;
  team_id: string | null;
  team_name: string | null;
  public: boolean;
  preview_status: 'none' | 'pending' | 'ok' | 'failed';
  preview_error: string | null;
  preview_title: string | null;
  preview_description: string | null;
  preview_site_name: string | null;
  has_image: boolean;
  pinned_at: Date | null;
  hidden_at: Date | null;
  hidden_reason: string | null;
  created_at: Date;
  updated_at: Date;
  topics: { id: string; name: string }[];
  comment_count: number;
  reactions: { kind: VeilleReactionKind; count: number; mine: boolean }[];
  bookmarked: boolean;
  read_at: Date | null;
  can_edit: boolean;
  can_moderate: boolean;
}

/**
 * The SELECT of posts for a viewer (`:me` their id); `editable`/`moderable` are the policy's
 * predicates over `p`. Topics, comment count and reactions come from correlated subqueries, so a
 * page of any length is one statement.
 */
export function postSelect(editable: string, moderable: string): string {
  return `
  SELECT p.id, p.cohort_id, p.kind, p.url, p.title, p.commentary, p.quote, p.author_id,
         au.display_name AS author_name, p.team_id, tm.name AS team_name, p.public,
         p.preview_status, p.preview_error, p.preview_title, p.preview_description,
         p.preview_site_name, (p.preview_image IS NOT NULL) AS has_image, p.pinned_at,
         p.hidden_at, p.hidden_reason, p.created_at, p.updated_at,
         COALESCE((SELECT json_agg(json_build_object('id', t.id, 'name', t.name)
                                   ORDER BY t.position, t.name)
                     FROM veille_post_topics pt JOIN veille_topics t ON t.id = pt.topic_id
                    WHERE pt.post_id = p.id), '[]'::json) AS topics,
         (SELECT count(*)::int FROM veille_comments vc
           WHERE vc.post_id = p.id AND vc.deleted_at IS NULL) AS comment_count,
         COALESCE((SELECT json_agg(json_build_object('kind', r.kind, 'count', r.n, 'mine', r.mine))
                     FROM (SELECT vr.kind, count(*)::int AS n, bool_or(vr.user_id = :me) AS mine
                             FROM veille_reactions vr WHERE vr.post_id = p.id
                            GROUP BY vr.kind) r), '[]'::json) AS reactions,
         (bm.user_id IS NOT NULL) AS bookmarked, bm.read_at,
         COALESCE((${editable}), FALSE) AS can_edit,
         COALESCE((${moderable}), FALSE) AS can_moderate
    FROM veille_posts p
    JOIN users au ON au.id = p.author_id
    LEFT JOIN veille_teams tm ON tm.id = p.team_id
    LEFT JOIN veille_bookmarks bm ON bm.post_id = p.id AND bm.user_id = :me`;
}

export const imagePath = (postId: string) => `/api/veille/posts/${postId}/image`;

export function toPost(r: PostRow): VeillePostDto {
  const counts = new Map(r.reactions.map((x) => [x.kind, x]));
  const reactions: VeilleReactionCountDto[] = REACTION_KINDS.map((kind) => ({
    kind,
    count: counts.get(kind)?.count ?? 0,
    mine: counts.get(kind)?.mine ?? false,
  }));
  return {
    id: r.id,
    cohortId: r.cohort_id,
    kind: r.kind,
    url: r.url,
    title: r.title || r.preview_title || r.url || '',
    commentary: r.commentary,
    quote: r.quote,
    author: { id: r.author_id, displayName: r.author_name },
    team: r.team_id && r.team_name ? { id: r.team_id, name: r.team_name } : null,
    topics: r.topics,
    public: r.public,
    preview: {
      status: r.preview_status,
      error: r.preview_error,
      title: r.preview_title,
      description: r.preview_description,
      siteName: r.preview_site_name,
      imagePath: r.has_image ? imagePath(r.id) : null,
    },
    pinnedAt: r.pinned_at?.toISOString() ?? null,
    hiddenAt: r.hidden_at?.toISOString() ?? null,
    hiddenReason: r.hidden_reason,
    commentCount: r.comment_count,
    reactions,
    bookmarked: r.bookmarked,
    readAt: r.read_at?.toISOString() ?? null,
    canEdit: r.can_edit,
    canModerate: r.can_moderate,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface CommentRow {
  id: string;
  post_id: string;
  parent_id: string | null;
  author_id: string;
  author_name: string;
  body: string;
  deleted_at: Date | null;
  created_at: Date;
  can_delete: boolean;
}

export const toComment = (r: CommentRow): VeilleCommentDto => ({
  id: r.id,
  postId: r.post_id,
  parentId: r.parent_id,
  author: { id: r.author_id, displayName: r.author_name },
  body: r.deleted_at ? '' : r.body,
  deleted: r.deleted_at !== null,
  canDelete: r.deleted_at === null && r.can_delete,
  createdAt: r.created_at.toISOString(),
});
