import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Readable } from 'node:stream';
import type { Viewer } from '../common/access';
import { conflict, forbidden, notFound } from '../common/problem';
import {
  extensionsFor,
  attachmentDisposition,
  downloadName,
  FILE_STORE,
  FileMissingError,
  type FileStore,
  type FileSource,
  UploadsService,
} from '../storage';
import type { ProjectSubmissionDto } from './dto/milestones.dto';
import { MentorMailService } from './mentor-mail.service';
import { ProjectAccessService } from './project-access';
import { loadSubmissions, submissionUrl } from './project-reads';
import { UPLOAD_STATES } from './projects.service';

/** A file ready to stream to the client. */
export interface Download {
  stream: Readable;
  contentType: string;
  disposition: string;
  size: number;
  sha256: string;
}

interface StoredRow {
  project_id: string;
  storage_key: string;
  original_name: string;
  content_type: string;
  size_bytes: string;
  sha256: string;
}

/** Versioned uploads per milestone, and their downloads. */
@Injectable()
export class SubmissionsService {
  private readonly logger = new Logger(SubmissionsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(FILE_STORE) private readonly store: FileStore,
    private readonly uploads: UploadsService,
    private readonly access: ProjectAccessService,
    private readonly mentorMail: MentorMailService,
  ) {}

  /**
   * A team member uploads a new version. Permissions are checked before the body is read;
   * the file is stored whole, then the row is written under a lock on the milestone (so two
   * uploads at once get versions n and n+1), with `late` judged against the due date in force
   * at that moment. If the row cannot be written, the stored file is removed.
   */
  async upload(
    viewer: Viewer,
    milestoneId: string,
    source: FileSource,
  ): Promise<ProjectSubmissionDto> {
    const access = await this.access.loadByMilestone(viewer, milestoneId);
    if (!access.isMember) throw forbidden('Only the project’s team uploads versions.');
    if (!UPLOAD_STATES.includes(access.state)) {
      throw conflict(
        'project.not_accepting_submissions',
        `The project is ${access.state}: it takes no new version.`,
      );
    }
    const received = await this.uploads.receive(source);
    let id: string;
    try {
      id = await this.db.transaction(async (manager) => {
        // Still in the team, and the project still open to uploads, now that the file is here.
        const again = await this.access.loadByMilestone(viewer, milestoneId, manager);
        if (!again.isMember || !UPLOAD_STATES.includes(again.state)) {
          throw conflict(
            'project.not_accepting_submissions',
            'The project stopped taking versions during the upload.',
          );
        }
        await manager.query('SELECT 1 FROM project_milestones WHERE id = $1 FOR UPDATE', [
          milestoneId,
        ]);
        const [row] = await manager.query<{ id: string }[]>(
          `INSERT INTO project_submissions
             (milestone_id, project_id, version, storage_key, original_name, content_type, size_bytes, sha256,
              uploaded_by_id, submitted_at, due_at, late)
           SELECT ms.id, ms.project_id,
                  (SELECT coalesce(max(s.version), 0) + 1 FROM project_submissions s WHERE s.milestone_id = ms.id),
                  $2, $3, $4, $5, $6, $7, now(), ms.due_at, now() > ms.due_at
             FROM project_milestones ms WHERE ms.id = $1
           RETURNING id`,
          [
            milestoneId,
            received.key,
            received.originalName,
            received.type.mime,
            received.size,
            received.sha256,
            viewer.id,
          ],
        );
        await this.mentorMail.versionSubmitted(manager, row.id);
        return row.id;
      });
    } catch (error) {
      await this.uploads.discard(received.key);
      throw error;
    }
    const [dto] = await loadSubmissions(this.db.manager, 'submission', id, submissionUrl);
    return dto;
  }

  /** A version's file, for whoever may read the project (404 otherwise). */
  async download(viewer: Viewer, submissionId: string): Promise<Download> {
    const row = await this.stored(submissionId);
    if (!row) throw notFound('submission');
    try {
      await this.access.load(viewer, row.project_id);
    } catch {
      throw notFound('submission');
    }
    return this.open(row);
  }

  /** A version's file for the mentor of `projectId` (404 for another project's). */
  async downloadForProject(projectId: string, submissionId: string): Promise<Download> {
    const row = await this.stored(submissionId);
    if (!row || row.project_id !== projectId) throw notFound('submission');
    return this.open(row);
  }

  private async stored(submissionId: string): Promise<StoredRow | undefined> {
    const [row] = await this.db.query<StoredRow[]>(
      `SELECT project_id, storage_key, original_name, content_type, size_bytes, sha256
         FROM project_submissions WHERE id = $1`,
      [submissionId],
    );
    return row;
  }

  private async open(row: StoredRow): Promise<Download> {
    let stream: Readable;
    try {
      stream = await this.store.get(row.storage_key);
    } catch (error) {
      if (!(error instanceof FileMissingError)) throw error;
      this.logger.error({ key: row.storage_key }, 'A submitted file is missing from the store');
      throw notFound('submission', 'The file of this version is missing from the store.');
    }
    const extensions = extensionsFor(row.content_type);
    return {
      stream,
      contentType: row.content_type,
      disposition: attachmentDisposition(downloadName(row.original_name, extensions)),
      size: Number(row.size_bytes),
      sha256: row.sha256,
    };
  }
}
