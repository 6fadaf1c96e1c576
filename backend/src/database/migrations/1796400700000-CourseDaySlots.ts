import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A course day holds its agenda: a session may hold slots (a guest talk, a workshop, an exam, a
 * break) that lie within it.
 *
 * - A slot is a session with `parent_id`. A composite foreign key ties it to its day's id,
 *   cohort and time range (`parent_starts_at`, `parent_ends_at` are the day's, kept by ON UPDATE
 *   CASCADE), and `ck_sessions_slot_within` keeps the slot inside that range: a slot outside its
 *   day, or a day moved or shortened so that a slot falls outside, is refused by the database.
 * - The cohort no-overlap rule applies between top-level sessions only; slots of one day may not
 *   overlap one another (`ex_sessions_slots`).
 * - A slot's room is its day's unless it names another. A room, an instructor or a speaker is
 *   booked by a day and its slots as one: the exclusions compare the "day" (the parent, or the
 *   session itself) with `<>`, so the day's room or instructor may also be a slot's, while a
 *   slot in another room, or a slot's own instructor or speaker, is blocked only for the slot.
 * - `break` is a slot's kind only.
 * - Attendance is taken per day: `attendance_parts` (and so the rates) leaves slots out.
 *
 * Existing sessions are all top-level days: nothing about them changes.
 */
/** The Attendance migration's `attendance_parts`, with `where` on the sessions read. */
const attendanceParts = (where: string) => `
  CREATE OR REPLACE VIEW "attendance_parts" AS
  WITH local AS (
    SELECT s.id AS session_id, s.cohort_id, s.module_id, s.status, s.starts_at, s.ends_at,
           p.time_zone,
           (s.starts_at AT TIME ZONE p.time_zone) AS local_start,
           (s.ends_at AT TIME ZONE p.time_zone) AS local_end
      FROM sessions s
      JOIN cohorts c ON c.id = s.cohort_id
      JOIN programmes p ON p.id = c.programme_id
     ${where}
  ), days AS (
    SELECT l.*,
           (l.local_start::date = l.local_end::date
            AND l.local_start::time < time '12:00'
            AND l.local_end::time > time '14:00') AS full_day
      FROM local l
  ), parts AS (
    SELECT d.session_id, d.cohort_id, d.module_id, d.status, 0::smallint AS part,
           d.starts_at, d.ends_at
      FROM days d WHERE NOT d.full_day
    UNION ALL
    SELECT d.session_id, d.cohort_id, d.module_id, d.status, 1::smallint,
           d.starts_at, ((d.local_start::date + time '12:00') AT TIME ZONE d.time_zone)
      FROM days d WHERE d.full_day
    UNION ALL
    SELECT d.session_id, d.cohort_id, d.module_id, d.status, 2::smallint,
           ((d.local_start::date + time '13:00') AT TIME ZONE d.time_zone), d.ends_at
      FROM days d WHERE d.full_day
  )
  SELECT parts.session_id, parts.part, parts.starts_at, parts.ends_at,
         parts.cohort_id, parts.module_id,
         (extract(epoch FROM parts.ends_at - parts.starts_at) / 60)::int AS minutes,
         (parts.status <> 'cancelled' AND parts.ends_at <= now()) AS held
    FROM parts
`;

export class CourseDaySlots1796400700000 implements MigrationInterface {
  name = 'CourseDaySlots1796400700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      ALTER TABLE "sessions"
        ADD COLUMN "parent_id" uuid,
        ADD COLUMN "parent_starts_at" TIMESTAMP WITH TIME ZONE,
        ADD COLUMN "parent_ends_at" TIMESTAMP WITH TIME ZONE
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "uq_sessions_day_frame"
        UNIQUE ("id", "cohort_id", "starts_at", "ends_at")
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "fk_sessions_parent"
        FOREIGN KEY ("parent_id", "cohort_id", "parent_starts_at", "parent_ends_at")
        REFERENCES "sessions"("id", "cohort_id", "starts_at", "ends_at")
        ON DELETE CASCADE ON UPDATE CASCADE
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_slot_frame" CHECK (
        ("parent_id" IS NULL) = ("parent_starts_at" IS NULL)
        AND ("parent_id" IS NULL) = ("parent_ends_at" IS NULL)
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_slot_within" CHECK (
        "parent_id" IS NULL
        OR ("starts_at" >= "parent_starts_at" AND "ends_at" <= "parent_ends_at")
      )
    `);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_kind"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_kind" CHECK (
        "kind" IN ('lecture', 'workshop', 'guest_talk', 'exam', 'defence', 'break')
      )
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_slot_kind" CHECK (
        CASE WHEN "parent_id" IS NULL THEN "kind" <> 'break' ELSE "kind" <> 'defence' END
      )
    `);
    await queryRunner.query(
      `CREATE INDEX "ix_sessions_parent" ON "sessions" ("parent_id", "starts_at")`,
    );

    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_cohort"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_cohort" EXCLUDE USING gist (
        "cohort_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled' AND "kind" <> 'defence' AND "parent_id" IS NULL)
    `);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_slots" EXCLUDE USING gist (
        "parent_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled' AND "parent_id" IS NOT NULL)
    `);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_room"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_room" EXCLUDE USING gist (
        "room_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&,
        (COALESCE("parent_id", "id")) WITH <>
      ) WHERE ("status" <> 'cancelled')
    `);

    // The join rows learn their session's day, copied by the trigger like the time range.
    for (const table of ['session_instructors', 'invitations']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD COLUMN "day_id" uuid`);
    }
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "clique_copy_session_time"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s."starts_at", s."ends_at", s."status" = 'cancelled', COALESCE(s."parent_id", s."id")
          INTO NEW."starts_at", NEW."ends_at", NEW."session_cancelled", NEW."day_id"
          FROM "sessions" s WHERE s."id" = NEW."session_id";
        RETURN NEW;
      END
      $$
    `);
    for (const table of ['session_instructors', 'invitations']) {
      await queryRunner.query(`UPDATE "${table}" SET "day_id" = "session_id"`);
      await queryRunner.query(`ALTER TABLE "${table}" ALTER COLUMN "day_id" SET NOT NULL`);
    }
    await queryRunner.query(
      `ALTER TABLE "session_instructors" DROP CONSTRAINT "ex_session_instructors_time"`,
    );
    await queryRunner.query(`
      ALTER TABLE "session_instructors" ADD CONSTRAINT "ex_session_instructors_time" EXCLUDE USING gist (
        "instructor_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&,
        "day_id" WITH <>
      ) WHERE (NOT "session_cancelled")
    `);
    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ex_invitations_speaker"`);
    await queryRunner.query(`
      ALTER TABLE "invitations" ADD CONSTRAINT "ex_invitations_speaker" EXCLUDE USING gist (
        "speaker_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&,
        "day_id" WITH <>
      ) WHERE (NOT "session_cancelled" AND "status" IN ('draft', 'invited', 'confirmed', 'held'))
    `);
    await queryRunner.query(attendanceParts(`WHERE s.parent_id IS NULL`));
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Slots have no place in the older schema, and what hangs on them (invitations, syntheses,
    // attendance) would be lost with them: going back is refused while any slot exists.
    const [{ slots }] = (await queryRunner.query(
      `SELECT count(*)::int AS slots FROM "sessions" WHERE "parent_id" IS NOT NULL`,
    )) as { slots: number }[];
    if (slots > 0) {
      throw new Error(
        `${slots} session slot(s) exist: move them out of their days or delete them before reverting CourseDaySlots.`,
      );
    }
    await queryRunner.query(attendanceParts(''));

    await queryRunner.query(`ALTER TABLE "invitations" DROP CONSTRAINT "ex_invitations_speaker"`);
    await queryRunner.query(`
      ALTER TABLE "invitations" ADD CONSTRAINT "ex_invitations_speaker" EXCLUDE USING gist (
        "speaker_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE (NOT "session_cancelled" AND "status" IN ('draft', 'invited', 'confirmed', 'held'))
    `);
    await queryRunner.query(
      `ALTER TABLE "session_instructors" DROP CONSTRAINT "ex_session_instructors_time"`,
    );
    await queryRunner.query(`
      ALTER TABLE "session_instructors" ADD CONSTRAINT "ex_session_instructors_time" EXCLUDE USING gist (
        "instructor_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE (NOT "session_cancelled")
    `);
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION "clique_copy_session_time"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        SELECT s."starts_at", s."ends_at", s."status" = 'cancelled'
          INTO NEW."starts_at", NEW."ends_at", NEW."session_cancelled"
          FROM "sessions" s WHERE s."id" = NEW."session_id";
        RETURN NEW;
      END
      $$
    `);
    for (const table of ['session_instructors', 'invitations']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "day_id"`);
    }

    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_room"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_room" EXCLUDE USING gist (
        "room_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled')
    `);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_slots"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ex_sessions_cohort"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ex_sessions_cohort" EXCLUDE USING gist (
        "cohort_id" WITH =,
        tstzrange("starts_at", "ends_at") WITH &&
      ) WHERE ("status" <> 'cancelled' AND "kind" <> 'defence')
    `);
    await queryRunner.query(`DROP INDEX "ix_sessions_parent"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_slot_kind"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_kind"`);
    await queryRunner.query(`
      ALTER TABLE "sessions" ADD CONSTRAINT "ck_sessions_kind" CHECK (
        "kind" IN ('lecture', 'workshop', 'guest_talk', 'exam', 'defence')
      )
    `);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_slot_within"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "ck_sessions_slot_frame"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "fk_sessions_parent"`);
    await queryRunner.query(`ALTER TABLE "sessions" DROP CONSTRAINT "uq_sessions_day_frame"`);
    await queryRunner.query(`
      ALTER TABLE "sessions"
        DROP COLUMN "parent_ends_at",
        DROP COLUMN "parent_starts_at",
        DROP COLUMN "parent_id"
    `);
  }
}
