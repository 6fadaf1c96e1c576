import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfQuery,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { badRequest, conflict, type FieldError, notFound } from '../common/problem';
import { AccountInvitationsService, createStudentAccounts, UserEntity } from '../identity';
import type { Language } from '../common/role';
import { PartnerOrganisationEntity } from '../partners';
import type { Viewer } from '../common/access';
import { CohortEntity } from './cohort.entity';
import { CohortsService } from './cohorts.service';
import type {
  CreatedEnrolmentDto,
  CreateEnrolmentDto,
  ENROLMENT_SORTS,
  EnrolmentDto,
  EnrolmentQueryDto,
  UpdateEnrolmentDto,
  WithdrawEnrolmentDto,
} from './dto/enrolments.dto';
import { EnrolmentEntity, type EnrolmentStatus } from './enrolment.entity';
import { rosterCsv } from './roster-csv';

const SORTS: SortColumns<(typeof ENROLMENT_SORTS)[number]> = {
  displayName: collated('u.display_name'),
  email: collated('u.email'),
  status: 'e.status',
  enrolledAt: 'e.enrolled_at',
  employer: collated('emp.name'),
};

interface EnrolmentRow {
  id: string;
  cohort_id: string;
  status: EnrolmentStatus;
  enrolled_at: Date;
  withdrawn_at: Date | null;
  withdrawal_reason: string | null;
  student_id: string;
  display_name: string;
  email: string;
  preferred_language: Language;
  has_password: boolean;
  employer_id: string | null;
  employer_name: string | null;
}

const toEnrolment = (r: EnrolmentRow): EnrolmentDto => ({
  id: r.id,
  cohortId: r.cohort_id,
  student: {
    id: r.student_id,
    displayName: r.display_name,
    email: r.email,
    preferredLanguage: r.preferred_language,
    hasPassword: r.has_password,
  },
  status: r.status,
  enrolledAt: r.enrolled_at.toISOString(),
  withdrawnAt: r.withdrawn_at?.toISOString() ?? null,
  withdrawalReason: r.withdrawal_reason,
  employer: r.employer_id ? { id: r.employer_id, name: r.employer_name ?? '' } : null,
});

/** "Léa" + "Müller" → "Léa Müller", in NFC (files from a Mac may decompose accents). */
export const displayNameOf = (givenName: string, familyName: string) =>
  `${givenName} ${familyName}`.normalize('NFC').replace(/\s+/g, ' ').trim();

/** "Spécialiste MCMS (MCMS 2026–2027)": the programme and its cohort, for invitation mails. */
export async function programmeLabel(
  manager: EntityManager,
  cohort: Pick<CohortEntity, 'programmeId' | 'name'>,
): Promise<string> {
  const [programme] = await manager.query<{ title: string }[]>(
    `SELECT title FROM programmes WHERE id = $1`,
    [cohort.programmeId],
  );
  return programme ? `${programme.title} (${cohort.name})` : cohort.name;
}

@Injectable()
export class EnrolmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cohorts: CohortsService,
    private readonly invitations: AccountInvitationsService,
  ) {}

  /** A cohort's roster, searchable by name or e-mail: three queries whatever the page size. */
  async list(
    viewer: Viewer,
    cohortId: string,
    query: EnrolmentQueryDto,
  ): Promise<Page<EnrolmentDto>> {
    await this.cohorts.assertVisible(viewer, cohortId);
    const qb = this.query().where('e.cohort_id = :cohortId', { cohortId });
    if (query.status) qb.andWhere('e.status = :status', { status: query.status });
    if (query.q) qb.andWhere(matchesAny(['u.display_name', 'u.email']), searchParams(query.q));
    const order = pageOrder(query.sort, SORTS, 'displayName', 'e.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) =>
      page.getRawMany<EnrolmentRow>(),
    );
    return toPage(rows.map(toEnrolment), total, query);
  }

  async get(id: string, manager: EntityManager = this.db.manager): Promise<EnrolmentDto> {
    const row = await this.query(manager).where('e.id = :id', { id }).getRawOne<EnrolmentRow>();
    if (!row) throw notFound('enrolment');
    return toEnrolment(row);
  }

  /** Enrols one student; two concurrent enrolments of the same student: the constraint keeps one. */
  async create(cohortId: string, dto: CreateEnrolmentDto): Promise<CreatedEnrolmentDto> {
    if (dto.studentId !== undefined && dto.email !== undefined) {
      throw badRequest('validation', 'Give either studentId or email, not both.', [
        { field: 'email', code: 'exclusive', message: 'email cannot be given with studentId' },
      ]);
    }
    try {
      return await this.db.transaction(async (manager) => {
        const cohort = await this.openCohort(manager, cohortId);
        if (dto.employerId) await this.assertEmployer(manager, dto.employerId);
        const { studentId, created } = dto.studentId
          ? { studentId: await this.existingStudent(manager, dto.studentId), created: false }
          : await this.studentByEmail(manager, dto);
        const { identifiers } = await manager
          .getRepository(EnrolmentEntity)
          .insert({ cohortId, studentId, employerId: dto.employerId ?? null });
        const enrolment = await this.get(String(identifiers[0]['id']), manager);
        const setPasswordUrl = created
          ? await this.invitations.invite(manager, enrolment.student, {
              programmeName: await programmeLabel(manager, cohort),
            })
          : null;
        return { enrolment, createdUser: created, setPasswordUrl };
      });
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_enrolments_cohort_student')) {
        throw conflict('enrolment.exists', 'This student is already enrolled in the cohort.');
      }
      throw error;
    }
  }

  async update(id: string, dto: UpdateEnrolmentDto): Promise<EnrolmentDto> {
    const repo = this.db.getRepository(EnrolmentEntity);
    const enrolment = await repo.findOneBy({ id });
    if (!enrolment) throw notFound('enrolment');
    if (dto.employerId !== undefined) {
      if (dto.employerId) await this.assertEmployer(this.db.manager, dto.employerId);
      await repo.update(id, { employerId: dto.employerId });
    }
    return this.get(id);
  }

  /** Withdraws an active student; the enrolment stays, with its date and reason. */
  async withdraw(id: string, dto: WithdrawEnrolmentDto): Promise<EnrolmentDto> {
    const result = await this.db
      .getRepository(EnrolmentEntity)
      .createQueryBuilder()
      .update()
      .set({
        status: 'withdrawn',
        withdrawnAt: dto.withdrawnAt ? new Date(dto.withdrawnAt) : () => 'now()',
        withdrawalReason: dto.reason,
      })
      .where("id = :id AND status = 'active'", { id })
      .execute();
    if (!result.affected) {
      const exists = await this.db.getRepository(EnrolmentEntity).existsBy({ id });
      if (!exists) throw notFound('enrolment');
      throw conflict('enrolment.not_active', 'Only an active enrolment can be withdrawn.');
    }
    return this.get(id);
  }

  /**
   * Marks an enrolment graduated, in the caller's transaction (diplomas, on issue). Already
   * graduated: nothing to do; withdrawn: 409 `enrolment.not_active`.
   */
  async markGraduated(manager: EntityManager, enrolmentId: string): Promise<void> {
    const { affected } = await manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'graduated' })
      .where("id = :enrolmentId AND status <> 'withdrawn'", { enrolmentId })
      .execute();
    if (affected) return;
    if (!(await manager.getRepository(EnrolmentEntity).existsBy({ id: enrolmentId })))
      throw notFound('enrolment');
    throw conflict('enrolment.not_active', 'A withdrawn enrolment cannot graduate.');
  }

  /** The whole roster as CSV (`;`, UTF-8 with BOM for Excel), headers in the viewer's language. */
  async rosterCsv(
    viewer: Viewer,
    cohortId: string,
    language: Language,
  ): Promise<{ filename: string; body: string }> {
    const cohort = await this.cohorts.get(viewer, cohortId);
    const rows = await this.db.query<Parameters<typeof rosterCsv>[0]>(
      `SELECT u.email, u.display_name, u.preferred_language, e.status,
              emp.name AS employer,
              to_char(e.enrolled_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS enrolled_on,
              to_char(e.withdrawn_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS withdrawn_on,
              e.withdrawal_reason
         FROM enrolments e
         JOIN users u ON u.id = e.student_id
         JOIN cohorts c ON c.id = e.cohort_id
         JOIN programmes p ON p.id = c.programme_id
         LEFT JOIN partner_organisations emp ON emp.id = e.employer_id
        WHERE e.cohort_id = $1
        ORDER BY u.display_name, u.email`,
      [cohortId],
    );
    const slug = cohort.name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    return { filename: `roster-${slug || 'cohort'}.csv`, body: rosterCsv(rows, language) };
  }

  private query(manager: EntityManager = this.db.manager): SelectQueryBuilder<EnrolmentEntity> {
    return manager
      .getRepository(EnrolmentEntity)
      .createQueryBuilder('e')
      .innerJoin('e.student', 'u')
      .leftJoin('e.employer', 'emp')
      .select([
        'e.id AS id',
        'e.cohort_id AS cohort_id',
        'e.status AS status',
        'e.enrolled_at AS enrolled_at',
        'e.withdrawn_at AS withdrawn_at',
        'e.withdrawal_reason AS withdrawal_reason',
        'u.id AS student_id',
        'u.display_name AS display_name',
        'u.email AS email',
        'u.preferred_language AS preferred_language',
        'u.password_hash IS NOT NULL AS has_password',
        'emp.id AS employer_id',
        'emp.name AS employer_name',
      ]);
  }

  /** The cohort, locked against a concurrent close; a closed cohort takes no enrolment. */
  private async openCohort(manager: EntityManager, cohortId: string): Promise<CohortEntity> {
    const cohort = await manager
      .getRepository(CohortEntity)
      .findOne({ where: { id: cohortId }, lock: { mode: 'pessimistic_read' } });
    if (!cohort) throw notFound('cohort');
    if (cohort.status === 'closed')
      throw conflict('cohort.closed', 'A closed cohort takes no new enrolment.');
    return cohort;
  }

  private async assertEmployer(manager: EntityManager, employerId: string): Promise<void> {
    if (!(await manager.getRepository(PartnerOrganisationEntity).existsBy({ id: employerId }))) {
      throw badRequest('validation', 'No such partner organisation.', [
        {
          field: 'employerId',
          code: 'exists',
          message: 'employerId must name a partner organisation',
        },
      ]);
    }
  }

  private async existingStudent(manager: EntityManager, id: string): Promise<string> {
    const user = await manager.getRepository(UserEntity).findOneBy({ id });
    if (!user || user.role !== 'student') {
      throw badRequest('validation', 'Only a student can be enrolled.', [
        { field: 'studentId', code: 'isStudent', message: 'studentId must name a student' },
      ]);
    }
    return user.id;
  }

  /** The student with this e-mail, created (without password) when there is none. */
  private async studentByEmail(
    manager: EntityManager,
    dto: CreateEnrolmentDto,
  ): Promise<{ studentId: string; created: boolean }> {
    const email = dto.email ?? '';
    const find = () =>
      manager
        .getRepository(UserEntity)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:email)', { email })
        .getOne();
    let user = await find();
    let created = false;
    if (!user) {
      const { givenName, familyName } = dto;
      const errors: FieldError[] = [];
      if (!givenName)
        errors.push({
          field: 'givenName',
          code: 'required',
          message: 'givenName is required for a new student',
        });
      if (!familyName)
        errors.push({
          field: 'familyName',
          code: 'required',
          message: 'familyName is required for a new student',
        });
      if (!givenName || !familyName) {
        throw badRequest('validation', 'A new student needs a given and a family name.', errors);
      }
      // Two admins enrolling the same new e-mail at once: the second finds the first's row.
      const inserted = await createStudentAccounts(manager, [
        {
          email,
          displayName: displayNameOf(givenName, familyName),
          preferredLanguage: dto.preferredLanguage ?? 'fr',
        },
      ]);
      created = inserted.size === 1;
      user = await find();
    }
    if (!user || user.role !== 'student') {
      throw conflict('user.not_student', `${email} belongs to an account that is not a student's.`);
    }
    return { studentId: user.id, created };
  }
}
