import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 12, the cohort's veille (shared technology watch). The rules that must never break are
 * here, not only in the code:
 *
 * - `veille_settings`: one row per cohort (the minimum commentary length, whether the cohort's
 *   feed is published and under which public key, the weekly digest).
 * - `veille_topics`: the cohort's topics, a name unique per cohort whatever its case and accents.
 * - `veille_teams` and `veille_team_members`: watch teams of one cohort; a member's specialty is
 *   one of the cohort's topics (the same cohort, by a composite foreign key); a student is in
 *   at most one team of a cohort (`uq_veille_team_members_student`).
 * - `veille_posts`: a shared link (kind `link`, with its normalised `url_key`, unique per
 *   cohort: the same page is never posted twice in a cohort) or an instructor's discussion
 *   question (kind `question`, no URL). The preview card fetched from the page (its image
 *   fetched too and served from here, so no page of ours loads a third party's image), pinning,
 *   hiding with a reason the author sees (`ck_veille_posts_hidden`), and a French full-text
 *   vector over the folded text (accents aside: "reseaux" finds "réseaux").
 * - `veille_post_topics`: a post's topics, of the post's own cohort (composite keys).
 * - `veille_comments`: one level of replies, enforced by a composite foreign key: a reply's
 *   parent is a top-level comment (`root`) of the same post.
 * - `veille_reactions`, `veille_bookmarks` ("to read"), `veille_profiles` (the name a student
 *   shows on public pages) and `veille_digests` (one weekly digest per cohort and week).
 */
export class Veille1796400500000 implements MigrationInterface {
  name = 'Veille1796400500000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "veille_settings" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "cohort_id" uuid NOT NULL,
        "min_commentary_chars" integer NOT NULL DEFAULT 280,
        "public_feed" boolean NOT NULL DEFAULT false,
        "public_key" text,
        "digest_enabled" boolean NOT NULL DEFAULT true,
        CONSTRAINT "ck_veille_settings_min_commentary" CHECK ("min_commentary_chars" BETWEEN 0 AND 5000),
        CONSTRAINT "ck_veille_settings_public_key" CHECK ("public_key" ~ '^[a-z0-9-]{6,80}$'),
        CONSTRAINT "ck_veille_settings_published_key" CHECK (NOT "public_feed" OR "public_key" IS NOT NULL),
        CONSTRAINT "uq_veille_settings_public_key" UNIQUE ("public_key"),
        CONSTRAINT "pk_veille_settings" PRIMARY KEY ("cohort_id"),
        CONSTRAINT "fk_veille_settings_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "veille_topics" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "name" text NOT NULL,
        "position" integer NOT NULL DEFAULT 0,
        "archived" boolean NOT NULL DEFAULT false,
        CONSTRAINT "ck_veille_topics_name" CHECK (char_length(btrim("name")) BETWEEN 1 AND 60),
        CONSTRAINT "uq_veille_topics_cohort_id" UNIQUE ("cohort_id", "id"),
        CONSTRAINT "pk_veille_topics" PRIMARY KEY ("id"),
        CONSTRAINT "fk_veille_topics_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_veille_topics_name" ON "veille_topics" ("cohort_id", clique_fold(btrim("name")))`,
    );
    await queryRunner.query(`
      CREATE TABLE "veille_teams" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "name" text NOT NULL,
        "description" text NOT NULL DEFAULT '',
        "created_by_id" uuid NOT NULL,
        "public_feed" boolean NOT NULL DEFAULT false,
        "public_key" text,
        CONSTRAINT "ck_veille_teams_name" CHECK (char_length(btrim("name")) BETWEEN 1 AND 80),
        CONSTRAINT "ck_veille_teams_description" CHECK (char_length("description") <= 1000),
        CONSTRAINT "ck_veille_teams_public_key" CHECK ("public_key" ~ '^[a-z0-9-]{6,80}$'),
        CONSTRAINT "ck_veille_teams_published_key" CHECK (NOT "public_feed" OR "public_key" IS NOT NULL),
        CONSTRAINT "uq_veille_teams_public_key" UNIQUE ("public_key"),
        CONSTRAINT "uq_veille_teams_cohort_id" UNIQUE ("cohort_id", "id"),
        CONSTRAINT "pk_veille_teams" PRIMARY KEY ("id"),
        CONSTRAINT "fk_veille_teams_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_teams_created_by" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_veille_teams_name" ON "veille_teams" ("cohort_id", clique_fold(btrim("name")))`,
    );
    await queryRunner.query(`
      CREATE TABLE "veille_team_members" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "cohort_id" uuid NOT NULL,
        "team_id" uuid NOT NULL,
        "student_id" uuid NOT NULL,
        "specialty_topic_id" uuid,
        CONSTRAINT "pk_veille_team_members" PRIMARY KEY ("team_id", "student_id"),
        CONSTRAINT "uq_veille_team_members_student" UNIQUE ("cohort_id", "student_id"),
        CONSTRAINT "fk_veille_team_members_team" FOREIGN KEY ("cohort_id", "team_id") REFERENCES "veille_teams"("cohort_id", "id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_team_members_student" FOREIGN KEY ("student_id") REFERENCES "users"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_team_members_specialty" FOREIGN KEY ("cohort_id", "specialty_topic_id") REFERENCES "veille_topics"("cohort_id", "id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "veille_posts" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "team_id" uuid,
        "kind" text NOT NULL DEFAULT 'link',
        "url" text,
        "url_key" text,
        "title" text NOT NULL DEFAULT '',
        "commentary" text NOT NULL,
        "quote" text,
        "public" boolean NOT NULL DEFAULT false,
        "preview_status" text NOT NULL DEFAULT 'none',
        "preview_error" text,
        "preview_title" text,
        "preview_description" text,
        "preview_site_name" text,
        "preview_image_url" text,
        "preview_image" bytea,
        "preview_image_type" text,
        "preview_fetched_at" TIMESTAMP WITH TIME ZONE,
        "pinned_at" TIMESTAMP WITH TIME ZONE,
        "pinned_by_id" uuid,
        "hidden_at" TIMESTAMP WITH TIME ZONE,
        "hidden_by_id" uuid,
        "hidden_reason" text,
        "search" tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('french', clique_fold(coalesce("title", '') || ' ' || coalesce("preview_title", ''))), 'A')
          || setweight(to_tsvector('french', clique_fold("commentary" || ' ' || coalesce("quote", ''))), 'B')
          || setweight(to_tsvector('french', clique_fold(coalesce("preview_description", '') || ' ' || coalesce("preview_site_name", ''))), 'C')
        ) STORED,
        CONSTRAINT "ck_veille_posts_kind" CHECK ("kind" IN ('link', 'question')),
        CONSTRAINT "ck_veille_posts_link" CHECK (("kind" = 'link') = ("url" IS NOT NULL AND "url_key" IS NOT NULL)),
        CONSTRAINT "ck_veille_posts_url" CHECK ("url" ~ '^https?://' AND char_length("url") <= 2048),
        CONSTRAINT "ck_veille_posts_title" CHECK (char_length("title") <= 300),
        CONSTRAINT "ck_veille_posts_commentary" CHECK (char_length(btrim("commentary")) BETWEEN 1 AND 10000),
        CONSTRAINT "ck_veille_posts_quote" CHECK (char_length("quote") <= 2000),
        CONSTRAINT "ck_veille_posts_preview_status" CHECK ("preview_status" IN ('none', 'pending', 'ok', 'failed')),
        CONSTRAINT "ck_veille_posts_preview_image" CHECK (("preview_image" IS NULL) = ("preview_image_type" IS NULL) AND octet_length("preview_image") <= 1048576 AND "preview_image_type" IN ('image/png', 'image/jpeg', 'image/webp', 'image/gif')),
        CONSTRAINT "ck_veille_posts_pinned" CHECK (("pinned_at" IS NULL) = ("pinned_by_id" IS NULL)),
        CONSTRAINT "ck_veille_posts_hidden" CHECK (("hidden_at" IS NULL) = ("hidden_by_id" IS NULL) AND ("hidden_at" IS NULL) = ("hidden_reason" IS NULL) AND ("hidden_reason" IS NULL OR char_length(btrim("hidden_reason")) BETWEEN 1 AND 1000)),
        CONSTRAINT "uq_veille_posts_url_key" UNIQUE ("cohort_id", "url_key"),
        CONSTRAINT "uq_veille_posts_cohort_id" UNIQUE ("cohort_id", "id"),
        CONSTRAINT "pk_veille_posts" PRIMARY KEY ("id"),
        CONSTRAINT "fk_veille_posts_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_posts_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_veille_posts_team" FOREIGN KEY ("cohort_id", "team_id") REFERENCES "veille_teams"("cohort_id", "id") ON DELETE RESTRICT,
        CONSTRAINT "fk_veille_posts_pinned_by" FOREIGN KEY ("pinned_by_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_veille_posts_hidden_by" FOREIGN KEY ("hidden_by_id") REFERENCES "users"("id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_veille_posts_feed" ON "veille_posts" ("cohort_id", "created_at" DESC, "id" DESC)`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_veille_posts_author" ON "veille_posts" ("author_id", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_veille_posts_team" ON "veille_posts" ("team_id", "created_at") WHERE "team_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_veille_posts_search" ON "veille_posts" USING gin ("search")`,
    );
    await queryRunner.query(`
      CREATE TABLE "veille_post_topics" (
        "cohort_id" uuid NOT NULL,
        "post_id" uuid NOT NULL,
        "topic_id" uuid NOT NULL,
        CONSTRAINT "pk_veille_post_topics" PRIMARY KEY ("post_id", "topic_id"),
        CONSTRAINT "fk_veille_post_topics_post" FOREIGN KEY ("cohort_id", "post_id") REFERENCES "veille_posts"("cohort_id", "id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_post_topics_topic" FOREIGN KEY ("cohort_id", "topic_id") REFERENCES "veille_topics"("cohort_id", "id") ON DELETE RESTRICT
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_veille_post_topics_topic" ON "veille_post_topics" ("topic_id", "post_id")`,
    );
    await queryRunner.query(`
      CREATE TABLE "veille_comments" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "post_id" uuid NOT NULL,
        "author_id" uuid NOT NULL,
        "parent_id" uuid,
        "root" boolean GENERATED ALWAYS AS ("parent_id" IS NULL) STORED,
        "parent_root" boolean GENERATED ALWAYS AS (CASE WHEN "parent_id" IS NULL THEN NULL ELSE true END) STORED,
        "body" text NOT NULL,
        "deleted_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "ck_veille_comments_body" CHECK ("deleted_at" IS NOT NULL OR char_length(btrim("body")) BETWEEN 1 AND 5000),
        CONSTRAINT "uq_veille_comments_level" UNIQUE ("id", "post_id", "root"),
        CONSTRAINT "pk_veille_comments" PRIMARY KEY ("id"),
        CONSTRAINT "fk_veille_comments_post" FOREIGN KEY ("post_id") REFERENCES "veille_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_comments_author" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE RESTRICT,
        CONSTRAINT "fk_veille_comments_parent" FOREIGN KEY ("parent_id", "post_id", "parent_root") REFERENCES "veille_comments"("id", "post_id", "root") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_veille_comments_post" ON "veille_comments" ("post_id", "created_at", "id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_veille_comments_author" ON "veille_comments" ("author_id", "created_at")`,
    );
    await queryRunner.query(`
      CREATE TABLE "veille_reactions" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "post_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "kind" text NOT NULL,
        CONSTRAINT "ck_veille_reactions_kind" CHECK ("kind" IN ('useful', 'insightful', 'debatable')),
        CONSTRAINT "pk_veille_reactions" PRIMARY KEY ("post_id", "user_id", "kind"),
        CONSTRAINT "fk_veille_reactions_post" FOREIGN KEY ("post_id") REFERENCES "veille_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_reactions_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "veille_bookmarks" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "post_id" uuid NOT NULL,
        "user_id" uuid NOT NULL,
        "read_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "pk_veille_bookmarks" PRIMARY KEY ("user_id", "post_id"),
        CONSTRAINT "fk_veille_bookmarks_post" FOREIGN KEY ("post_id") REFERENCES "veille_posts"("id") ON DELETE CASCADE,
        CONSTRAINT "fk_veille_bookmarks_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "veille_profiles" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "user_id" uuid NOT NULL,
        "public_name" text NOT NULL,
        CONSTRAINT "ck_veille_profiles_public_name" CHECK (char_length(btrim("public_name")) BETWEEN 1 AND 80),
        CONSTRAINT "pk_veille_profiles" PRIMARY KEY ("user_id"),
        CONSTRAINT "fk_veille_profiles_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE
      )
    `);
    await queryRunner.query(`
      CREATE TABLE "veille_digests" (
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "cohort_id" uuid NOT NULL,
        "week_start" date NOT NULL,
        "post_ids" uuid[] NOT NULL,
        "recipients" integer NOT NULL,
        CONSTRAINT "uq_veille_digests_week" UNIQUE ("cohort_id", "week_start"),
        CONSTRAINT "pk_veille_digests" PRIMARY KEY ("id"),
        CONSTRAINT "fk_veille_digests_cohort" FOREIGN KEY ("cohort_id") REFERENCES "cohorts"("id") ON DELETE CASCADE
      )
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'veille_digests',
      'veille_profiles',
      'veille_bookmarks',
      'veille_reactions',
      'veille_comments',
      'veille_post_topics',
      'veille_posts',
      'veille_team_members',
      'veille_teams',
      'veille_topics',
      'veille_settings',
    ]) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
