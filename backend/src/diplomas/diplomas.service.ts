import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import * as QRCode from 'qrcode';
import { DataSource } from 'typeorm';
import {
  ALWAYS,
  diplomaHeld,
  diplomaInternalsShown,
  diplomaReadable,
  type Viewer,
} from '../common/access';
import { pgError, CHECK_VIOLATION } from '../common/db-errors';
import { conflict, notFound } from '../common/problem';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { CredentialsService } from '../credentials';
import type { AuthUser } from '../identity';
import { candidatesQuery, issuable } from './diploma-issuing.service';
import { type DiplomaRow, readDiploma, toDiploma } from './diploma-row';
import type {
  CohortDiplomasDto,
  DiplomaDisplayDto,
  DiplomaDto,
  MyDiplomaDto,
  MyDiplomasDto,
  RevokeDiplomaDto,
} from './dto/diplomas.dto';

/** LinkedIn's documented "add to profile" link (Licenses & certifications), its fields filled in. */
export function linkedInUrl(d: DiplomaDto, institution: string): string {
  const issued = new Date(d.issuedAt);
  const params = new URLSearchParams({
    startTask: 'CERTIFICATION_NAME',
    name: d.programmeTitle,
    organizationName: institution,
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: d.verificationUrl,
    certId: d.number,
  });
  return `https://www.linkedin.com/profile/add?${params.toString()}`;
}

/** The admin's board per cohort, a diploma's record, the holder's choices, revocation. */
@Injectable()
export class DiplomasService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly credentials: CredentialsService,
  ) {}

  /** Every enrolled student of the cohort with the decision in force and any diploma: 3 queries. */
  async cohort(cohortId: string): Promise<CohortDiplomasDto> {
    const [cohort] = await this.db.query<{ name: string; title: string }[]>(
      `SELECT c.name, p.title FROM cohorts c JOIN programmes p ON p.id = c.programme_id WHERE c.id = $1`,
      [cohortId],
    );
    if (!cohort) throw notFound('cohort');
    const candidates = await candidatesQuery(this.db.manager, cohortId);
    const diplomas = new Map(
      (await readDiploma(this.db.manager, 'd.cohort_id = :cohortId', { cohortId }, ALWAYS)).map(
        (r) => [r.student_id, toDiploma(r, this.config.PUBLIC_URL, true)],
      ),
    );
    return {
      cohortId,
      cohortName: cohort.name,
      programmeTitle: cohort.title,
      students: candidates.map((c) => ({
        studentId: c.student_id,
        enrolmentId: c.enrolment_id,
        displayName: c.display_name,
        email: c.email,
        enrolmentStatus: c.enrolment_status,
        decision: c.decision,
        jurySigned: c.jury_signed_at !== null,
        finalGrade: c.final_grade === null ? null : Number(c.final_grade),
        honoursLabelFr: c.honours_label_fr,
        honoursLabelEn: c.honours_label_en,
        issuable: issuable(c),
        diploma: diplomas.get(c.student_id) ?? null,
      })),
    };
  }

  /** A diploma the viewer may read (admin, holder); anyone else: 404. */
  async row(viewer: Viewer, id: string): Promise<DiplomaRow> {
    const [row] = await readDiploma(this.db.manager, 'd.id = :id', { id }, diplomaReadable(viewer));
    if (!row) throw notFound('diploma');
    return row;
  }

  async get(viewer: Viewer, id: string): Promise<DiplomaDto> {
    return toDiploma(
      await this.row(viewer, id),
      this.config.PUBLIC_URL,
      diplomaInternalsShown(viewer),
    );
  }

  /** The student's diplomas (usually one), with the QR code and the LinkedIn link. */
  async mine(viewer: Viewer): Promise<MyDiplomasDto> {
    const rows = await readDiploma(this.db.manager, 'TRUE', {}, diplomaHeld(viewer));
    return { items: await Promise.all(rows.map((r) => this.withExtras(r))) };
  }

  /** The holder chooses what the public page shows (grade, honours); the rest stays as issued. */
  async display(viewer: Viewer, id: string, dto: DiplomaDisplayDto): Promise<MyDiplomaDto> {
    const held = diplomaHeld(viewer);
    const [row] = await readDiploma(this.db.manager, 'd.id = :id', { id }, held);
    if (!row) throw notFound('diploma');
    if (dto.showGrade !== undefined || dto.showHonours !== undefined) {
      await this.db.query(
        `UPDATE diplomas SET show_grade = coalesce($2, show_grade),
                show_honours = coalesce($3, show_honours), updated_at = now()
          WHERE id = $1`,
        [id, dto.showGrade ?? null, dto.showHonours ?? null],
      );
    }
    const [after] = await readDiploma(this.db.manager, 'd.id = :id', { id }, held);
    return this.withExtras(after);
  }

  /** Revokes for good, with the reason, and the credential's status bit in the same transaction. */
  async revoke(admin: AuthUser, id: string, dto: RevokeDiplomaDto): Promise<DiplomaDto> {
    try {
      await this.db.transaction(async (m) => {
        const [locked] = await m.query<{ revoked_at: Date | null }[]>(
          'SELECT revoked_at FROM diplomas WHERE id = $1 FOR UPDATE',
          [id],
        );
        if (!locked) throw notFound('diploma');
        if (locked.revoked_at) throw alreadyRevoked();
        await m.query(
          `UPDATE diplomas SET revoked_at = now(), revoked_by_id = $2, revoked_reason = $3,
                  updated_at = now()
            WHERE id = $1`,
          [id, admin.id, dto.reason],
        );
        await this.credentials.revoke(m, id);
      });
    } catch (error) {
      if (pgError(error, CHECK_VIOLATION, 'ck_diplomas_revocation_final')) throw alreadyRevoked();
      throw error;
    }
    return this.get(admin, id);
  }

  /** The holder's (or an admin's) credential as a VC-JWT; none yet: 404. */
  async jwt(viewer: Viewer, id: string): Promise<{ fileName: string; body: string }> {
    const row = await this.row(viewer, id);
    const jwt = await this.credentials.jwtFor(row.id);
    if (!jwt) throw notFound('diploma', 'This diploma has no credential.');
    return { fileName: `${row.number}.jwt`, body: jwt };
  }

  private async withExtras(r: DiplomaRow): Promise<MyDiplomaDto> {
    const d = toDiploma(r, this.config.PUBLIC_URL, false);
    return {
      ...d,
      qrDataUrl: await QRCode.toDataURL(d.verificationUrl, { margin: 1, width: 240 }),
      linkedInUrl: linkedInUrl(d, this.config.INSTITUTION_NAME),
    };
  }
}

const alreadyRevoked = () =>
  conflict('diploma.already_revoked', 'This diploma is revoked already; a revocation is final.');
