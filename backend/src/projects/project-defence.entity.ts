import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, Unique } from 'typeorm';
import { Timestamped } from '../common/timestamps';
import { UserEntity } from '../identity';
import { SessionEntity } from '../scheduling';
import { ProjectEntity } from './project.entity';

/**
 * A project's defence: a session of kind `defence` (so the room, cohort and instructor
 * exclusion constraints of scheduling apply), whose instructors are the jury; the partner's
 * mentor may be invited to it.
 */
@Entity('project_defences')
@Unique('uq_project_defences_session', ['sessionId'])
export class ProjectDefenceEntity extends Timestamped {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_project_defences' })
  projectId: string;

  @OneToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_defences_project' })
  project?: ProjectEntity;

  @Column({ type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => SessionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'session_id', foreignKeyConstraintName: 'fk_project_defences_session' })
  session?: SessionEntity;

  @Column({ type: 'boolean', default: false })
  mentorAttends: boolean;

  @Column({ type: 'uuid' })
  scheduledById: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'scheduled_by_id',
    foreignKeyConstraintName: 'fk_project_defences_scheduled_by',
  })
  scheduledBy?: UserEntity;
}
