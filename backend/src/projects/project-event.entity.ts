import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../identity';
import type { ProjectState } from './project-states';
import { ProjectEntity } from './project.entity';

/** One move of a project's state: who, when, from, to, and why. Never changed. */
@Entity('project_events')
@Index('ix_project_events_project', ['projectId', 'createdAt'])
export class ProjectEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'fk_project_events_project' })
  project?: ProjectEntity;

  /** Null for the creation of the project. */
  @Column({ type: 'text', nullable: true })
  fromState: ProjectState | null;

  @Column({ type: 'text' })
  toState: ProjectState;

  @Column({ type: 'uuid' })
  actorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_project_events_actor' })
  actor?: UserEntity;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
