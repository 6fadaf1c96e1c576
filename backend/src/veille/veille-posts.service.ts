import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  forViewer,
  type Viewer,
  veilleModerable,
  veilleParticipable,
  veilleReadable,
  veillePostEditable,
  veillePostVisible,
} from '../common/access';
import { pageOfSql, toPage } from '../common/paging';
import { badRequest, conflict, forbidden, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { JobsService } from '../jobs';
import { NotificationsService } from '../notifications';
import type {
  CreateVeilleCommentDto,
  CreateVeillePostDto,
  UpdateVeillePostDto,
  VeilleCommentDto,
  VeilleFeedQueryDto,
  VeilleHideDto,
  VeilleLivePreviewDto,
  VeillePostDetailDto,
  VeillePostDto,
  VeillePostPageDto,
  VeilleReactionKind,
} from './dto/veille.dto';
import { normaliseUrl } from './link-preview/normalise-url';
import { PreviewFailure, PreviewFetcher } from './link-preview/preview-fetcher';
import { commentNotices, hiddenNotice } from './veille-notices';
import { type CommentRow, type PostRow, postSelect, toComment, toPost } from './veille-rows';

export const PREVIEW_QUEUE = 'veille.preview';
/** The cohort's minimum commentary when its settings were never saved (the column default). */
export const DEFAULT_MIN_COMMENTARY = 280;

const one = <T>(rows: T[]): T | undefined => rows[0];

/**
 * Posts of the veille: a link with its author's commentary (one per page and cohort, whatever
 * tracking parameters it carries), or an instructor's discussion question; the feed with its
 * filters and French full-text search; comments one level deep, reactions, bookmarks; pins and
 * moderation. The preview card is fetched by a job after the post is saved, so a slow or
 * refused page never holds the author's request.
 */
@Injectable()
export class VeillePostsService implements OnModuleInit {
  private readonly log = new Logger(VeillePostsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly jobs: JobsService,
    private readonly fetcher: PreviewFetcher,
    private readonly notifications: NotificationsService,
  ) {}

  onModuleInit(): void {
    this.jobs.work(PREVIEW_QUEUE, (data) => this.fetchPreview(String(data.postId)), {
      retryLimit: 0,
      expireInSeconds: 120,
    });
  }

  private predicates(viewer: Viewer) {
    const me = forViewer(viewer, (ref) => ref);
    const editable = veillePostEditable(viewer, 'p');
    const moderable = veilleModerable(viewer, 'p.cohort_id');
    return {
      select: postSelect(editable.sql, moderable.sql).replaceAll(':me', me.sql),
      params: { ...me.params, ...editable.params, ...moderable.params },
    };
  }

  /** The cohort's feed: pinned posts first, then the newest; filters and search combine. */
  async feed(viewer: Viewer, cohortId: string, q: VeilleFeedQueryDto): Promise<VeillePostPageDto> {
    await this.assertReadable(viewer, cohortId);
    const { select, params } = this.predicates(viewer);
    const visible = veillePostVisible(viewer, 'p');
    const where = [`p.cohort_id = :cohortId`, visible.sql];
    const filters: Record<string, unknown> = { cohortId };
    if (q.topicId) {
      where.push(
        `EXISTS (SELECT 1 FROM veille_post_topics ft WHERE ft.post_id = p.id AND ft.topic_id = :topicId)`,
      );
      filters.topicId = q.topicId;
    }
    if (q.authorId) {
      where.push(`p.author_id = :authorId`);
      filters.authorId = q.authorId;
    }
    if (q.teamId) {
      where.push(`p.team_id = :teamId`);
      filters.teamId = q.teamId;
    }
    const localDay = `(p.created_at AT TIME ZONE (SELECT pr.time_zone FROM cohorts fc
                        JOIN programmes pr ON pr.id = fc.programme_id WHERE fc.id = p.cohort_id))::date`;
    if (q.from) {
      where.push(`${localDay} >= :from::date`);
      filters.from = q.from;
    }
    if (q.to) {
      where.push(`${localDay} <= :to::date`);
      filters.to = q.to;
    }
    if (q.bookmarked) where.push(`bm.user_id IS NOT NULL`);
    const text = q.q?.trim();
    if (text) {
      where.push(`p.search @@ plainto_tsquery('french', clique_fold(:q))`);
      filters.q = text;
    }
    const all = { ...params, ...visible.params, ...filters };
    const { rows, total } = await pageOfSql<PostRow>(
      (sql) => namedQuery(this.db.manager, sql, all),
      `${select} WHERE ${where.join(' AND ')}`,
      q,
      [
        ['(p.pinned_at IS NOT NULL)', 'DESC'],
        ['p.created_at', 'DESC'],
        ['p.id', 'DESC'],
      ],
    );
    return toPage(rows.map(toPost), total, q);
  }

  async get(viewer: Viewer, id: string): Promise<VeillePostDetailDto> {
    const post = await this.readPost(this.db.manager, viewer, id);
    const comments = await this.comments(viewer, id);
    return { ...post, comments };
  }

  private async readPost(m: EntityManager, viewer: Viewer, id: string): Promise<VeillePostDto> {
    const { select, params } = this.predicates(viewer);
    const visible = veillePostVisible(viewer, 'p');
    const row = one(
      await namedQuery<PostRow>(m, `${select} WHERE p.id = :id AND ${visible.sql}`, {
        ...params,
        ...visible.params,
        id,
      }),
    );
    if (!row) throw notFound('veille_post');
    return toPost(row);
  }

  private async comments(viewer: Viewer, postId: string): Promise<VeilleCommentDto[]> {
    const me = forViewer(viewer, (ref) => ref);
    const moderable = veilleModerable(viewer, 'p.cohort_id');
    const rows = await namedQuery<CommentRow>(
      this.db.manager,
      `SELECT c.id, c.post_id, c.parent_id, c.author_id, u.display_name AS author_name, c.body,
              c.deleted_at, c.created_at,
              (c.author_id = ${me.sql} OR COALESCE((${moderable.sql}), FALSE)) AS can_delete
         FROM veille_comments c
         JOIN veille_posts p ON p.id = c.post_id
         JOIN users u ON u.id = c.author_id
         LEFT JOIN veille_comments parent ON parent.id = c.parent_id
        WHERE c.post_id = :postId
          AND (c.deleted_at IS NULL OR EXISTS (SELECT 1 FROM veille_comments r
                 WHERE r.parent_id = c.id AND r.deleted_at IS NULL))
        ORDER BY COALESCE(parent.created_at, c.created_at), COALESCE(c.parent_id, c.id),
                 c.parent_id NULLS FIRST, c.created_at, c.id`,
      { ...me.params, ...moderable.params, postId },
    );
    return rows.map(toComment);
  }

  /**
   * What the post form shows while the student types: the URL as it will be stored, the post
   * that already has it in this cohort, and the page's preview (fetched now, nothing stored).
   */
  async livePreview(viewer: Viewer, cohortId: string, raw: string): Promise<VeilleLivePreviewDto> {
    await this.assertParticipable(viewer, cohortId);
    const normal = normaliseUrl(raw);
    if (!normal) throw urlInvalid();
    const existing = one(
      await namedQuery<{ id: string }>(
        this.db.manager,
        `SELECT p.id FROM veille_posts p WHERE p.cohort_id = :cohortId AND p.url_key = :key`,
        { cohortId, key: normal.key },
      ),
    );
    try {
      const page = await this.fetcher.fetch(normal.url);
      return {
        url: normal.url,
        existingPostId: existing?.id ?? null,
        preview: {
          status: 'ok',
          error: null,
          title: page.title,
          description: page.description,
          siteName: page.siteName,
          imagePath: null,
        },
      };
    } catch (error) {
      return {
        url: normal.url,
        existingPostId: existing?.id ?? null,
        preview: { ...emptyPreview(), status: 'failed', error: failureCode(error) },
      };
    }
  }

  async create(viewer: Viewer, cohortId: string, dto: CreateVeillePostDto): Promise<VeillePostDto> {
    const kind = dto.kind ?? 'link';
    const id = await this.db.transaction(async (m) => {
      const cohort = one(
        await namedQuery<{ min_chars: number; moderable: boolean }>(m, this.cohortGate(viewer), {
          ...this.gateParams(viewer),
          cohortId,
        }),
      );
      if (!cohort) throw notFound('cohort');
      if (kind === 'question' && !cohort.moderable) {
        throw forbidden('Only the cohort’s instructors start a discussion question.');
      }
      const normal = kind === 'link' ? normaliseUrl(dto.url ?? '') : null;
      if (kind === 'link' && !normal) throw urlInvalid();
      if (kind === 'question' && !dto.title) {
        throw badRequest('validation', 'A question needs its text as title.', [
          { field: 'title', code: 'isNotEmpty', message: 'title must not be empty' },
        ]);
      }
      if (kind === 'link' && [...dto.commentary].length < cohort.min_chars) {
        throw commentaryTooShort(cohort.min_chars);
      }
      await this.checkTopics(m, cohortId, dto.topicIds, kind === 'link');
      if (dto.teamId) await this.checkTeam(m, viewer, cohortId, dto.teamId);
      const inserted = one(
        await namedQuery<{ id: string }>(
          m,
          `INSERT INTO veille_posts (cohort_id, author_id, team_id, kind, url, url_key, title,
                                     commentary, quote, public, preview_status)
           VALUES (:cohortId, :author, :teamId, :kind, :url, :key, :title, :commentary, :quote,
                   :public, :status)
           ON CONFLICT ON CONSTRAINT uq_veille_posts_url_key DO NOTHING
           RETURNING id`,
          {
            cohortId,
            author: viewer.id,
            teamId: dto.teamId ?? null,
            kind,
            url: normal?.url ?? null,
            key: normal?.key ?? null,
            title: dto.title ?? '',
            commentary: dto.commentary,
            quote: dto.quote ?? null,
            public: dto.public ?? true,
            status: normal ? 'pending' : 'none',
          },
        ),
      );
      if (!inserted) {
        const existing = one(
          await namedQuery<{ id: string }>(
            m,
            `SELECT id FROM veille_posts WHERE cohort_id = :cohortId AND url_key = :key`,
            { cohortId, key: normal?.key },
          ),
        );
        throw conflict(
          'veille.duplicate_url',
          'This page was already shared in the cohort: add your comment to that post.',
          { existingPostId: existing?.id ?? null },
        );
      }
      await this.writeTopics(m, cohortId, inserted.id, dto.topicIds);
      if (normal) await this.jobs.send(m, PREVIEW_QUEUE, { postId: inserted.id });
      return inserted.id;
    });
    return this.readPost(this.db.manager, viewer, id);
  }

  async update(viewer: Viewer, id: string, dto: UpdateVeillePostDto): Promise<VeillePostDto> {
    await this.db.transaction(async (m) => {
      const editable = veillePostEditable(viewer, 'p');
      const post = one(
        await namedQuery<{ cohort_id: string; kind: string; min_chars: number | null }>(
          m,
          `SELECT p.cohort_id, p.kind, s.min_commentary_chars AS min_chars
             FROM veille_posts p LEFT JOIN veille_settings s ON s.cohort_id = p.cohort_id
            WHERE p.id = :id AND ${editable.sql} FOR UPDATE OF p`,
          { ...editable.params, id },
        ),
      );
      if (!post) throw notFound('veille_post');
      const min = post.min_chars ?? DEFAULT_MIN_COMMENTARY;
      if (
        dto.commentary !== undefined &&
        post.kind === 'link' &&
        [...dto.commentary].length < min
      ) {
        throw commentaryTooShort(min);
      }
      if (dto.topicIds) {
        await this.checkTopics(m, post.cohort_id, dto.topicIds, post.kind === 'link');
      }
      const sets: string[] = [];
      const values: Record<string, unknown> = { id };
      for (const [field, column] of [
        ['title', 'title'],
        ['commentary', 'commentary'],
        ['quote', 'quote'],
        ['public', 'public'],
      ] as const) {
        if (dto[field] !== undefined) {
          sets.push(`${column} = :${field}`);
          values[field] = dto[field];
        }
      }
      if (sets.length) {
        await namedQuery(
          m,
          `UPDATE veille_posts SET ${sets.join(', ')}, updated_at = now() WHERE id = :id`,
          values,
        );
      }
      if (dto.topicIds) {
        await namedQuery(m, `DELETE FROM veille_post_topics WHERE post_id = :id`, { id });
        await this.writeTopics(m, post.cohort_id, id, dto.topicIds);
      }
    });
    return this.readPost(this.db.manager, viewer, id);
  }

  /** Its author (while in the cohort) or a moderator; its comments and reactions go with it. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    const editable = veillePostEditable(viewer, 'p');
    const moderable = veilleModerable(viewer, 'p.cohort_id');
    const visible = veillePostVisible(viewer, 'p');
    const rows = await namedQuery<{ id: string; allowed: boolean }>(
      this.db.manager,
      `SELECT p.id, COALESCE((${editable.sql} OR ${moderable.sql}), FALSE) AS allowed
         FROM veille_posts p WHERE p.id = :id AND ${visible.sql}`,
      { ...editable.params, ...moderable.params, ...visible.params, id },
    );
    if (!rows[0]) throw notFound('veille_post');
    if (!rows[0].allowed) throw forbidden('Only its author or an instructor deletes a post.');
    await namedQuery(this.db.manager, `DELETE FROM veille_posts WHERE id = :id`, { id });
  }

  /** The author asks for the preview again (the page changed, or was down). */
  async refreshPreview(viewer: Viewer, id: string): Promise<VeillePostDto> {
    await this.db.transaction(async (m) => {
      const editable = veillePostEditable(viewer, 'p');
      const moderable = veilleModerable(viewer, 'p.cohort_id');
      const rows = await namedQuery<{ id: string }>(
        m,
        `UPDATE veille_posts p SET preview_status = 'pending', preview_error = NULL
          WHERE p.id = :id AND p.kind = 'link' AND (${editable.sql} OR ${moderable.sql})
          RETURNING p.id`,
        { ...editable.params, ...moderable.params, id },
      );
      if (!rows[0]) throw notFound('veille_post');
      await this.jobs.send(m, PREVIEW_QUEUE, { postId: id });
    });
    return this.readPost(this.db.manager, viewer, id);
  }

  /** The job: fetches the page and its image, and stores the card (or why there is none). */
  async fetchPreview(postId: string): Promise<void> {
    const [post] = await this.jobs.query<{ url: string | null }>(
      `SELECT url FROM veille_posts WHERE id = $1 AND preview_status = 'pending'`,
      [postId],
    );
    if (!post?.url) return;
    try {
      const page = await this.fetcher.fetch(post.url);
      await this.jobs.query(
        `UPDATE veille_posts SET preview_status = 'ok', preview_error = NULL, preview_title = $2,
                preview_description = $3, preview_site_name = $4, preview_image_url = $5,
                preview_image = $6, preview_image_type = $7, preview_fetched_at = now()
          WHERE id = $1`,
        [
          postId,
          page.title?.slice(0, 300) ?? null,
          page.description?.slice(0, 1000) ?? null,
          page.siteName?.slice(0, 120) ?? null,
          page.imageUrl?.slice(0, 2048) ?? null,
          page.image?.bytes ?? null,
          page.image?.type ?? null,
        ],
      );
    } catch (error) {
      const code = failureCode(error);
      if (!(error instanceof PreviewFailure))
        this.log.warn(`preview of ${postId}: ${String(error)}`);
      await this.jobs.query(
        `UPDATE veille_posts SET preview_status = 'failed', preview_error = $2,
                preview_fetched_at = now() WHERE id = $1`,
        [postId, code],
      );
    }
  }

  /** The stored preview image, for whoever may see the post. */
  async image(viewer: Viewer, id: string): Promise<{ bytes: Buffer; type: string }> {
    const visible = veillePostVisible(viewer, 'p');
    const row = one(
      await namedQuery<{ bytes: Buffer | null; type: string | null }>(
        this.db.manager,
        `SELECT p.preview_image AS bytes, p.preview_image_type AS type FROM veille_posts p
          WHERE p.id = :id AND ${visible.sql}`,
        { ...visible.params, id },
      ),
    );
    if (!row?.bytes || !row.type) throw notFound('veille_post');
    return { bytes: row.bytes, type: row.type };
  }

  // ---- debate ----------------------------------------------------------------------------

  async comment(
    viewer: Viewer,
    postId: string,
    dto: CreateVeilleCommentDto,
  ): Promise<VeilleCommentDto> {
    const id = await this.db.transaction(async (m) => {
      await this.lockActive(m, viewer, postId);
      if (dto.parentId) {
        const parent = one(
          await namedQuery<{ parent_id: string | null; deleted_at: Date | null }>(
            m,
            `SELECT parent_id, deleted_at FROM veille_comments WHERE id = :parentId AND post_id = :postId`,
            { parentId: dto.parentId, postId },
          ),
        );
        if (!parent || parent.deleted_at) throw notFound('veille_comment');
        if (parent.parent_id) {
          throw badRequest('veille.comment_too_deep', 'Replies go under a top-level comment.', [
            {
              field: 'parentId',
              code: 'commentTooDeep',
              message: 'parentId must be a top-level comment',
            },
          ]);
        }
      }
      const [row] = await namedQuery<{ id: string }>(
        m,
        `INSERT INTO veille_comments (post_id, author_id, parent_id, body)
         VALUES (:postId, :author, :parentId, :body) RETURNING id`,
        { postId, author: viewer.id, parentId: dto.parentId ?? null, body: dto.body },
      );
      const notices = await commentNotices(m, {
        id: row.id,
        postId,
        parentId: dto.parentId ?? null,
        authorId: viewer.id,
        body: dto.body,
      });
      await this.notifications.notifyMany(m, notices);
      return row.id;
    });
    const comments = await this.comments(viewer, postId);
    const made = comments.find((c) => c.id === id);
    if (!made) throw notFound('veille_comment');
    return made;
  }

  /** Its author or a moderator; the text goes, a reply under it stays. */
  async deleteComment(viewer: Viewer, id: string): Promise<void> {
    const me = forViewer(viewer, (ref) => ref);
    const moderable = veilleModerable(viewer, 'p.cohort_id');
    const visible = veillePostVisible(viewer, 'p');
    const rows = await namedQuery<{ allowed: boolean }>(
      this.db.manager,
      `SELECT (c.author_id = ${me.sql} OR COALESCE((${moderable.sql}), FALSE)) AS allowed
         FROM veille_comments c JOIN veille_posts p ON p.id = c.post_id
        WHERE c.id = :id AND c.deleted_at IS NULL AND ${visible.sql}`,
      { ...me.params, ...moderable.params, ...visible.params, id },
    );
    if (!rows[0]) throw notFound('veille_comment');
    if (!rows[0].allowed) throw forbidden('Only its author or an instructor deletes a comment.');
    await namedQuery(
      this.db.manager,
      `UPDATE veille_comments SET deleted_at = now(), body = '', updated_at = now() WHERE id = :id`,
      { id },
    );
  }

  async react(
    viewer: Viewer,
    postId: string,
    kind: VeilleReactionKind,
    on: boolean,
  ): Promise<VeillePostDto> {
    await this.db.transaction(async (m) => {
      await this.lockActive(m, viewer, postId);
      await namedQuery(
        m,
        on
          ? `INSERT INTO veille_reactions (post_id, user_id, kind) VALUES (:postId, :me, :kind)
             ON CONFLICT DO NOTHING`
          : `DELETE FROM veille_reactions WHERE post_id = :postId AND user_id = :me AND kind = :kind`,
        { postId, me: viewer.id, kind },
      );
    });
    return this.readPost(this.db.manager, viewer, postId);
  }

  /** "To read": anyone who sees the post keeps their own list; `read` marks it read or not. */
  async bookmark(
    viewer: Viewer,
    postId: string,
    on: boolean,
    read?: boolean,
  ): Promise<VeillePostDto> {
    await this.readPost(this.db.manager, viewer, postId);
    if (on) {
      await namedQuery(
        this.db.manager,
        `INSERT INTO veille_bookmarks (user_id, post_id, read_at)
         VALUES (:me, :postId, CASE WHEN :read THEN now() END)
         ON CONFLICT ON CONSTRAINT pk_veille_bookmarks DO UPDATE SET read_at =
           CASE WHEN :keep THEN veille_bookmarks.read_at WHEN :read THEN COALESCE(veille_bookmarks.read_at, now()) END`,
        { me: viewer.id, postId, read: read === true, keep: read === undefined },
      );
    } else {
      await namedQuery(
        this.db.manager,
        `DELETE FROM veille_bookmarks WHERE user_id = :me AND post_id = :postId`,
        { me: viewer.id, postId },
      );
    }
    return this.readPost(this.db.manager, viewer, postId);
  }

  async pin(viewer: Viewer, postId: string, pinned: boolean): Promise<VeillePostDto> {
    await this.moderate(
      viewer,
      postId,
      pinned
        ? `pinned_at = COALESCE(p.pinned_at, now()), pinned_by_id = COALESCE(p.pinned_by_id, :me)`
        : `pinned_at = NULL, pinned_by_id = NULL`,
      {},
    );
    return this.readPost(this.db.manager, viewer, postId);
  }

  /** Hiding tells the author, with the reason; showing it again tells nobody. */
  async hide(viewer: Viewer, postId: string, dto: VeilleHideDto): Promise<VeillePostDto> {
    await this.moderate(
      viewer,
      postId,
      dto.hidden
        ? `hidden_at = now(), hidden_by_id = :me, hidden_reason = :reason, pinned_at = NULL, pinned_by_id = NULL`
        : `hidden_at = NULL, hidden_by_id = NULL, hidden_reason = NULL`,
      { reason: dto.reason ?? null },
      async (m, after) => {
        if (!dto.hidden || !after.hidden_at) return;
        const notices = await hiddenNotice(m, {
          postId,
          actorId: viewer.id,
          reason: dto.reason ?? '',
          hiddenAt: after.hidden_at,
        });
        await this.notifications.notifyMany(m, notices);
      },
    );
    return this.readPost(this.db.manager, viewer, postId);
  }

  /** Checks the moderator, updates the post and runs `then` in the same transaction. */
  private async moderate(
    viewer: Viewer,
    postId: string,
    set: string,
    params: Record<string, unknown>,
    then?: (m: EntityManager, after: { hidden_at: Date | null }) => Promise<void>,
  ) {
    const visible = veillePostVisible(viewer, 'p');
    const moderable = veilleModerable(viewer, 'p.cohort_id');
    await this.db.transaction(async (m) => {
      const [row] = await namedQuery<{ id: string; allowed: boolean }>(
        m,
        `SELECT p.id, COALESCE((${moderable.sql}), FALSE) AS allowed FROM veille_posts p
          WHERE p.id = :postId AND ${visible.sql} FOR UPDATE OF p`,
        { ...visible.params, ...moderable.params, postId },
      );
      if (!row) throw notFound('veille_post');
      if (!row.allowed) throw forbidden('Only the cohort’s instructors pin and moderate.');
      const [after] = await namedQuery<{ hidden_at: Date | null }>(
        m,
        `WITH changed AS (
           UPDATE veille_posts p SET ${set}, updated_at = now() WHERE p.id = :postId RETURNING p.hidden_at
         ) SELECT hidden_at FROM changed`,
        { ...params, me: viewer.id, postId },
      );
      await then?.(m, after);
    });
  }

  // ---- checks ----------------------------------------------------------------------------

  /** The post is visible, not hidden, and the viewer takes part in its cohort (locks it). */
  private async lockActive(m: EntityManager, viewer: Viewer, postId: string): Promise<void> {
    const visible = veillePostVisible(viewer, 'p');
    const acts = veilleParticipable(viewer, 'p.cohort_id');
    const row = one(
      await namedQuery<{ hidden: boolean; acts: boolean }>(
        m,
        `SELECT p.hidden_at IS NOT NULL AS hidden, COALESCE((${acts.sql}), FALSE) AS acts
           FROM veille_posts p WHERE p.id = :postId AND ${visible.sql} FOR SHARE OF p`,
        { ...visible.params, ...acts.params, postId },
      ),
    );
    if (!row) throw notFound('veille_post');
    if (!row.acts) throw forbidden('Only the cohort’s members take part in its debate.');
    if (row.hidden) throw conflict('veille.post_hidden', 'This post was hidden by an instructor.');
  }

  private gateParams(viewer: Viewer): Record<string, unknown> {
    return {
      ...veilleParticipable(viewer, 'c.id').params,
      ...veilleModerable(viewer, 'c.id').params,
    };
  }

  private cohortGate(viewer: Viewer): string {
    const acts = veilleParticipable(viewer, 'c.id');
    const moderable = veilleModerable(viewer, 'c.id');
    return `SELECT COALESCE(s.min_commentary_chars, ${DEFAULT_MIN_COMMENTARY}) AS min_chars,
                   COALESCE((${moderable.sql}), FALSE) AS moderable
              FROM cohorts c LEFT JOIN veille_settings s ON s.cohort_id = c.id
             WHERE c.id = :cohortId AND ${acts.sql}`;
  }

  async assertReadable(viewer: Viewer, cohortId: string): Promise<void> {
    const readable = veilleReadable(viewer, 'c.id');
    const rows = await namedQuery(
      this.db.manager,
      `SELECT 1 FROM cohorts c WHERE c.id = :cohortId AND ${readable.sql}`,
      { ...readable.params, cohortId },
    );
    if (!rows.length) throw notFound('cohort');
  }

  private async assertParticipable(viewer: Viewer, cohortId: string): Promise<void> {
    const acts = veilleParticipable(viewer, 'c.id');
    const rows = await namedQuery(
      this.db.manager,
      `SELECT 1 FROM cohorts c WHERE c.id = :cohortId AND ${acts.sql}`,
      {
        ...acts.params,
        cohortId,
      },
    );
    if (!rows.length) throw notFound('cohort');
  }

  private async checkTopics(m: EntityManager, cohortId: string, ids: string[], required: boolean) {
    const unique = [...new Set(ids)];
    if (required && unique.length === 0) throw topicInvalid('Choose at least one topic.');
    if (!unique.length) return;
    const [row] = await namedQuery<{ n: number }>(
      m,
      `SELECT count(*)::int AS n FROM veille_topics
        WHERE cohort_id = :cohortId AND id IN (:...ids) AND NOT archived`,
      { cohortId, ids: unique },
    );
    if (row.n !== unique.length) throw topicInvalid("Every topic must be one of the cohort's.");
  }

  private async writeTopics(m: EntityManager, cohortId: string, postId: string, ids: string[]) {
    const unique = [...new Set(ids)];
    if (!unique.length) return;
    await namedQuery(
      m,
      `INSERT INTO veille_post_topics (cohort_id, post_id, topic_id)
       SELECT :cohortId, :postId, unnest(ARRAY[:...ids]::uuid[])`,
      { cohortId, postId, ids: unique },
    );
  }

  private async checkTeam(m: EntityManager, viewer: Viewer, cohortId: string, teamId: string) {
    const rows = await namedQuery(
      m,
      `SELECT 1 FROM veille_team_members WHERE cohort_id = :cohortId AND team_id = :teamId AND student_id = :me`,
      { cohortId, teamId, me: viewer.id },
    );
    if (!rows.length) {
      throw badRequest('veille.team_invalid', 'You post in the name of your own team only.', [
        { field: 'teamId', code: 'teamInvalid', message: 'teamId must be a team you belong to' },
      ]);
    }
  }
}

const emptyPreview = () => ({
  status: 'none' as const,
  error: null,
  title: null,
  description: null,
  siteName: null,
  imagePath: null,
});

const failureCode = (error: unknown): string =>
  error instanceof PreviewFailure ? error.code : 'veille.preview_unreachable';

const urlInvalid = () =>
  badRequest('veille.url_invalid', 'The link must be a web address (http or https).', [
    { field: 'url', code: 'urlInvalid', message: 'url must be an http or https address' },
  ]);

const topicInvalid = (detail: string) =>
  badRequest('veille.topic_invalid', detail, [
    { field: 'topicIds', code: 'topicInvalid', message: detail },
  ]);

const commentaryTooShort = (min: number) =>
  badRequest('veille.commentary_too_short', `The commentary needs at least ${min} characters.`, [
    {
      field: 'commentary',
      code: 'commentaryTooShort',
      message: `commentary must be at least ${min} characters`,
    },
  ]);
