import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { conflict, notFound } from '../common/problem';
import { AccountInvitationsService, createStudentAccounts } from '../identity';
import { CohortEntity } from './cohort.entity';
import type {
  ImportAction,
  ImportPreviewDto,
  ImportResultDto,
  ImportRowDto,
} from './dto/enrolment-import.dto';
import { displayNameOf, programmeLabel } from './enrolments.service';
import { type ImportRow, parseImportCsv } from './roster-csv';

interface Resolved extends ImportRow {
  action: ImportAction;
  userId: string | null;
  employerId: string | null;
}

const hasUser = (r: Resolved): r is Resolved & { userId: string } => r.userId !== null;

const toRowDto = (r: Resolved): ImportRowDto => ({
  line: r.line,
  email: r.email,
  givenName: r.givenName,
  familyName: r.familyName,
  preferredLanguage: r.preferredLanguage,
  employer: r.employer,
  action: r.action,
  errors: r.errors,
});

/**
 * CSV enrolment: a preview that writes nothing, then an import that writes every valid row in
 * one transaction with a fixed number of statements (unnest), whatever the file's length.
 * Employers are matched by name (case-insensitive); an unknown one is a row error, never
 * created on the fly (a typo would make a new organisation).
 */
@Injectable()
export class EnrolmentImportService {
  private readonly logger = new Logger(EnrolmentImportService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly invitations: AccountInvitationsService,
  ) {}

  async preview(cohortId: string, csv: string): Promise<ImportPreviewDto> {
    const parsed = parseImportCsv(csv);
    await this.cohort(this.db.manager, cohortId, false);
    const rows = await this.resolve(this.db.manager, cohortId, parsed.rows);
    const count = (a: ImportAction) => rows.filter((r) => r.action === a).length;
    return {
      separator: parsed.separator,
      columns: parsed.columns,
      ignoredColumns: parsed.ignoredColumns,
      counts: {
        total: rows.length,
        create: count('create'),
        enrol: count('enrol'),
        skip: count('skip'),
        error: count('error'),
      },
      rows: rows.map(toRowDto),
    };
  }

  async import(cohortId: string, csv: string): Promise<ImportResultDto> {
    const parsed = parseImportCsv(csv);
    const started = Date.now();
    const result = await this.db.transaction(async (manager) => {
      // One import at a time per cohort; single enrolments wait too (they take a share lock).
      const cohort = await this.cohort(manager, cohortId, true);
      const rows = await this.resolve(manager, cohortId, parsed.rows);

      const toCreate = rows.filter((r) => r.action === 'create');
      const createdUsers = await this.createStudents(manager, toCreate);
      for (const row of toCreate) {
        row.userId = createdUsers.get(row.email.toLowerCase()) ?? null;
        // Created meanwhile by someone else: enrol it like any existing student.
        if (!row.userId) row.action = 'enrol';
      }
      await this.attachRaced(manager, rows);

      const created = toCreate.filter(hasUser).filter((r) => r.action === 'create');
      // One invitation mail per new student, in this transaction (a rollback mails nothing),
      // paced by the mail worker.
      const links = await this.invitations.inviteMany(
        manager,
        created.map((r) => ({
          id: r.userId,
          email: r.email,
          displayName: displayNameOf(r.givenName, r.familyName),
          preferredLanguage: r.preferredLanguage,
        })),
        {
          programmeName: created.length ? await programmeLabel(manager, cohort) : null,
          bulk: true,
        },
      );

      const toEnrol = rows
        .filter(hasUser)
        .filter((r) => r.action === 'create' || r.action === 'enrol');
      const enrolledIds = new Set(
        (
          await manager.query<{ student_id: string }[]>(
            `INSERT INTO enrolments (cohort_id, student_id, employer_id)
             SELECT $1, t.student_id, t.employer_id FROM unnest($2::uuid[], $3::uuid[]) AS t(student_id, employer_id)
             ON CONFLICT ON CONSTRAINT uq_enrolments_cohort_student DO NOTHING
             RETURNING student_id`,
            [cohortId, toEnrol.map((r) => r.userId), toEnrol.map((r) => r.employerId)],
          )
        ).map((r) => r.student_id),
      );
      for (const row of toEnrol) if (!enrolledIds.has(row.userId)) row.action = 'skip';

      const errorRows = rows.filter((r) => r.action === 'error');
      return {
        created: rows.filter((r) => r.action === 'create').length,
        enrolled: rows.filter((r) => r.action === 'enrol').length,
        skipped: rows.filter((r) => r.action === 'skip').length,
        errors: errorRows.length,
        errorRows: errorRows.map(toRowDto),
        mailed: created.length,
        links: created.map((r) => ({
          email: r.email,
          displayName: displayNameOf(r.givenName, r.familyName),
          setPasswordUrl: links.get(r.userId) ?? '',
        })),
      };
    });
    this.logger.log(
      { cohortId, ...result, errorRows: undefined, links: undefined, ms: Date.now() - started },
      'Enrolment CSV imported',
    );
    return result;
  }

  /** Adds what the database knows: existing accounts, enrolments in this cohort, employers. */
  private async resolve(
    manager: EntityManager,
    cohortId: string,
    rows: ImportRow[],
  ): Promise<Resolved[]> {
    const emails = [...new Set(rows.filter((r) => r.email).map((r) => r.email))];
    const users = await manager.query<
      { wanted: string; id: string; role: string; enrolment_status: string | null }[]
    >(
      `SELECT DISTINCT ON (x.wanted) x.wanted, u.id, u.role, e.status AS enrolment_status
         FROM unnest($1::text[]) AS x(wanted)
         JOIN users u ON lower(u.email) = lower(x.wanted)
         LEFT JOIN enrolments e ON e.student_id = u.id AND e.cohort_id = $2`,
      [emails, cohortId],
    );
    const userOf = new Map(users.map((u) => [u.wanted, u]));
    const names = [...new Set(rows.map((r) => r.employer).filter((n): n is string => !!n))];
    const employers = await manager.query<{ wanted: string; id: string }[]>(
      `SELECT DISTINCT ON (x.wanted) x.wanted, p.id
         FROM unnest($1::text[]) AS x(wanted)
         JOIN partner_organisations p ON lower(p.name) = lower(x.wanted)`,
      [names],
    );
    const employerOf = new Map(employers.map((e) => [e.wanted, e.id]));

    return rows.map((row) => {
      const errors = [...row.errors];
      const user = userOf.get(row.email);
      const employerId = row.employer ? (employerOf.get(row.employer) ?? null) : null;
      if (row.employer && !employerId) {
        errors.push({
          field: 'employer',
          code: 'unknownEmployer',
          message: `no partner organisation is named "${row.employer}"`,
        });
      }
      if (user && user.role !== 'student') {
        errors.push({
          field: 'email',
          code: 'notStudent',
          message: `${row.email} belongs to an account that is not a student's`,
        });
      }
      if (!user) errors.push(...row.newUserErrors);
      let action: ImportAction = user ? 'enrol' : 'create';
      if (errors.length) action = 'error';
      else if (user?.enrolment_status) {
        action = 'skip';
        errors.push({
          field: 'email',
          code: 'alreadyEnrolled',
          message: `already enrolled in this cohort (${user.enrolment_status})`,
        });
      }
      return { ...row, errors, action, userId: user?.id ?? null, employerId };
    });
  }

  /** New student accounts, without password, in one statement; returns lower(email) → id. */
  private async createStudents(
    manager: EntityManager,
    rows: Resolved[],
  ): Promise<Map<string, string>> {
    return createStudentAccounts(
      manager,
      rows.map((r) => ({
        email: r.email,
        displayName: displayNameOf(r.givenName, r.familyName),
        preferredLanguage: r.preferredLanguage,
      })),
    );
  }

  /** Rows whose account appeared between the lookup and the insert: enrol that account if it is a student's. */
  private async attachRaced(manager: EntityManager, rows: Resolved[]): Promise<void> {
    const raced = rows.filter((r) => r.action === 'enrol' && !r.userId);
    if (!raced.length) return;
    const found = await manager.query<{ wanted: string; id: string }[]>(
      `SELECT x.wanted, u.id FROM unnest($1::text[]) AS x(wanted)
         JOIN users u ON lower(u.email) = lower(x.wanted) AND u.role = 'student'`,
      [raced.map((r) => r.email)],
    );
    const idOf = new Map(found.map((u) => [u.wanted, u.id]));
    for (const row of raced) {
      row.userId = idOf.get(row.email) ?? null;
      if (!row.userId) {
        row.action = 'error';
        row.errors.push({
          field: 'email',
          code: 'notStudent',
          message: `${row.email} belongs to an account that is not a student's`,
        });
      }
    }
  }

  private async cohort(
    manager: EntityManager,
    cohortId: string,
    lock: boolean,
  ): Promise<CohortEntity> {
    const cohort = await manager.getRepository(CohortEntity).findOne({
      where: { id: cohortId },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!cohort) throw notFound('cohort');
    if (cohort.status === 'closed')
      throw conflict('cohort.closed', 'A closed cohort takes no new enrolment.');
    return cohort;
  }
}
