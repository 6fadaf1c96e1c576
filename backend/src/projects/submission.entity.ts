import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { numeric } from '../common/numeric';
import { UserEntity } from '../identity';
import { MilestoneEntity } from './milestone.entity';

/**
 * One uploaded version of a milestone's deliverable; never overwritten. `dueAt` is the due
 * date in force when it arrived, and `late` is computed from it (the database checks both
 * agree), so a later extension does not rewrite history.
 */
@Entity('project_submissions')
@Unique('uq_project_submissions_milestone_version', ['milestoneId', 'version'])
@Unique('uq_project_submissions_id_milestone', ['id', 'milestoneId'])
@Unique('uq_project_submissions_storage_key', ['storageKey'])
@Index('ix_project_submissions_project', ['projectId', 'submittedAt'])
@Check('ck_project_submissions_version', `"version" > 0`)
@Check('ck_project_submissions_size', `"size_bytes" > 0`)
@Check('ck_project_submissions_sha256', `"sha256" ~ '^[0-9a-f]{64}$'`)
@Check('ck_project_submissions_late', `"late" = ("submitted_at" > "due_at")`)
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  milestoneId: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'RESTRICT' })
  @JoinColumn([
    {
      name: 'milestone_id',
      referencedColumnName: 'id',
      foreignKeyConstraintName: 'fk_project_submissions_milestone',
    },
    { name: 'project_id', referencedColumnName: 'projectId' },
  ])
  milestone?: MilestoneEntity;

  /** 1, 2, 3… per milestone. */
  @Column({ type: 'integer' })
  version: number;

  /** The file store's generated key; never derived from the uploaded name. */
  @Column({ type: 'text' })
  storageKey: string;

  /** The uploader's name for the file, sanitised: shown and used for downloads only. */
  @Column({ type: 'text' })
  originalName: string;

  /** Detected from the content, not taken from the browser. */
  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'bigint', transformer: numeric })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'uploaded_by_id',
    foreignKeyConstraintName: 'fk_project_submissions_uploaded_by',
  })
  uploadedBy?: UserEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  submittedAt: Date;

  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'boolean' })
  late: boolean;
}
