import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Feed } from 'feed';
import { DataSource } from 'typeorm';
import { notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { APP_CONFIG, type AppConfig } from '../config/config';
import type { VeillePublicFeedDto, VeillePublicPostDto } from './dto/veille.dto';
import { defaultPublicName } from './veille-cohorts.service';

/** The newest public posts a page or feed lists. */
export const PUBLIC_FEED_SIZE = 50;

interface Published {
  kind: 'cohort' | 'team';
  cohort_id: string;
  team_id: string | null;
  name: string;
  cohort_name: string;
  programme_name: string;
  description: string;
}

interface PublicRow {
  id: string;
  url: string;
  title: string;
  preview_title: string | null;
  preview_description: string | null;
  preview_site_name: string | null;
  has_image: boolean;
  commentary: string;
  quote: string | null;
  display_name: string;
  public_name: string | null;
  topics: string[];
  created_at: Date;
}

/**
 * A cohort's or a team's veille for anyone, once its instructor published it: the public page
 * and the Atom and RSS feeds, with only the posts their authors left public (not hidden), under
 * the name each author chose. An unpublished or unknown key is a 404, the same for both.
 */
@Injectable()
export class VeillePublicService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private async published(key: string): Promise<Published> {
    const [row] = await namedQuery<Published>(
      this.db.manager,
      `SELECT 'cohort' AS kind, c.id AS cohort_id, NULL::uuid AS team_id, c.name, c.name AS cohort_name,
              p.title AS programme_name, '' AS description
         FROM veille_settings s JOIN cohorts c ON c.id = s.cohort_id
         JOIN programmes p ON p.id = c.programme_id
        WHERE s.public_feed AND s.public_key = :key
       UNION ALL
       SELECT 'team', c.id, t.id, t.name, c.name, p.title, t.description
         FROM veille_teams t JOIN cohorts c ON c.id = t.cohort_id
         JOIN programmes p ON p.id = c.programme_id
        WHERE t.public_feed AND t.public_key = :key`,
      { key },
    );
    if (!row) throw notFound('veille_feed');
    return row;
  }

  private async rows(feed: Published): Promise<PublicRow[]> {
    return namedQuery<PublicRow>(
      this.db.manager,
      `SELECT p.id, p.url, p.title, p.preview_title, p.preview_description, p.preview_site_name,
              (p.preview_image IS NOT NULL) AS has_image, p.commentary, p.quote, u.display_name,
              vp.public_name,
              COALESCE((SELECT array_agg(t.name ORDER BY t.position, t.name)
                          FROM veille_post_topics pt JOIN veille_topics t ON t.id = pt.topic_id
                         WHERE pt.post_id = p.id), ARRAY[]::text[]) AS topics,
              p.created_at
         FROM veille_posts p JOIN users u ON u.id = p.author_id
         LEFT JOIN veille_profiles vp ON vp.user_id = p.author_id
        WHERE p.cohort_id = :cohortId AND p.kind = 'link' AND p.public AND p.hidden_at IS NULL
          AND (CAST(:teamId AS uuid) IS NULL OR p.team_id = :teamId)
        ORDER BY p.created_at DESC, p.id DESC LIMIT ${PUBLIC_FEED_SIZE}`,
      { cohortId: feed.cohort_id, teamId: feed.team_id },
    );
  }

  private base(): string {
    return this.config.PUBLIC_URL.replace(/\/+$/, '');
  }

  private toItem(key: string, r: PublicRow): VeillePublicPostDto {
    return {
      id: r.id,
      url: r.url,
      title: r.title || r.preview_title || r.url,
      commentary: r.commentary,
      quote: r.quote,
      authorName: r.public_name ?? defaultPublicName(r.display_name),
      topics: r.topics,
      createdAt: r.created_at.toISOString(),
      preview: {
        title: r.preview_title,
        description: r.preview_description,
        siteName: r.preview_site_name,
        imageUrl: r.has_image ? `/api/public/veille/${key}/images/${r.id}` : null,
      },
    };
  }

  async page(key: string): Promise<VeillePublicFeedDto> {
    const feed = await this.published(key);
    const rows = await this.rows(feed);
    return {
      title: feed.kind === 'team' ? feed.name : `Veille · ${feed.cohort_name}`,
      kind: feed.kind,
      description: feed.description || feed.programme_name,
      atomUrl: `/api/public/veille/${key}/feed.atom`,
      rssUrl: `/api/public/veille/${key}/feed.rss`,
      items: rows.map((r) => this.toItem(key, r)),
    };
  }

  /** The same posts as Atom 1.0 or RSS 2.0 (the commentary as the entry's content). */
  async syndication(key: string, format: 'atom' | 'rss'): Promise<string> {
    const page = await this.page(key);
    const base = this.base();
    const home = `${base}/veille/p/${key}`;
    const feed = new Feed({
      id: home,
      link: home,
      title: page.title,
      description: page.description,
      language: 'fr',
      updated: page.items[0] ? new Date(page.items[0].createdAt) : new Date(0),
      generator: 'Clique',
      copyright: page.title,
      feedLinks: { atom: `${base}${page.atomUrl}`, rss: `${base}${page.rssUrl}` },
    });
    for (const item of page.items) {
      const quote = item.quote ? `\n\n« ${item.quote} »` : '';
      // RSS 2.0 names an author by e-mail only: the name is in the text, for both formats.
      const signed = `${item.commentary}${quote}\n\n— ${item.authorName}`;
      feed.addItem({
        id: `${home}#${item.id}`,
        link: item.url,
        title: item.title,
        description: signed,
        content: escapeHtml(signed).replace(/\n/g, '<br>'),
        author: [{ name: item.authorName }],
        date: new Date(item.createdAt),
        category: item.topics.map((name) => ({ name })),
      });
    }
    return format === 'atom' ? feed.atom1() : feed.rss2();
  }

  /** A public post's stored preview image. */
  async image(key: string, postId: string): Promise<{ bytes: Buffer; type: string }> {
    const feed = await this.published(key);
    const [row] = await namedQuery<{ bytes: Buffer; type: string }>(
      this.db.manager,
      `SELECT p.preview_image AS bytes, p.preview_image_type AS type FROM veille_posts p
        WHERE p.id = :postId AND p.cohort_id = :cohortId AND p.public AND p.hidden_at IS NULL
          AND p.preview_image IS NOT NULL AND (CAST(:teamId AS uuid) IS NULL OR p.team_id = :teamId)`,
      { postId, cohortId: feed.cohort_id, teamId: feed.team_id },
    );
    if (!row) throw notFound('veille_post');
    return row;
  }
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
