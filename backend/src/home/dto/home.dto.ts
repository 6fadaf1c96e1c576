import { ApiProperty } from '@nestjs/swagger';
import {
  INVITATION_STATUSES,
  type InvitationStatus,
  SESSION_KINDS,
  type SessionKind,
} from '../../scheduling';
import {
  MILESTONE_KINDS,
  type MilestoneKind,
  PROJECT_STATES,
  type ProjectState,
} from '../../projects';

/*
 * What each role's home page shows: the items that wait for the user, each with the route of
 * the page where it is handled. Lists are capped (HOME_LIMIT) and say how many there are in all.
 */

export class HomeCohortRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'the programme’s time zone (IANA)' }) timeZone: string;
}

export class HomeSessionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SESSION_KINDS }) kind: SessionKind;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: String, nullable: true }) room: string | null;
  @ApiProperty({ type: String, nullable: true }) onlineUrl: string | null;
  @ApiProperty({ type: [String], description: 'confirmed speakers of a guest talk' })
  speakers: string[];
  @ApiProperty({ description: 'the route of the session page' }) route: string;
}

export const SESSION_NEEDS = ['room', 'speaker', 'materials'] as const;
export type SessionNeed = (typeof SESSION_NEEDS)[number];

export class HomeStaffSessionDto extends HomeSessionDto {
  @ApiProperty({ type: HomeCohortRefDto }) cohort: HomeCohortRefDto;
  @ApiProperty({ description: 'the session is today (programme’s time zone)' }) today: boolean;
  @ApiProperty({ enum: SESSION_NEEDS, isArray: true, description: 'what it still needs' })
  needs: SessionNeed[];
}

export class HomeMilestoneDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind: MilestoneKind;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty() route: string;
}

export class HomeSynthesisTodoDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) heldAt: string;
  @ApiProperty({ description: 'a draft exists, not handed in yet' }) started: boolean;
  @ApiProperty() route: string;
}

export const NEXT_ACTORS = ['team', 'tutor', 'admin', 'none'] as const;
export type NextActor = (typeof NEXT_ACTORS)[number];

export class HomeProjectDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty({ format: 'date-time' }) stateChangedAt: string;
  @ApiProperty({ type: String, nullable: true }) tutor: string | null;
  @ApiProperty({ enum: NEXT_ACTORS, description: 'who must act next' }) nextActor: NextActor;
  @ApiProperty({
    description:
      'comments to address when sent back: the reason given, and the feedback posted since',
  })
  commentsToAddress: number;
  @ApiProperty() route: string;
}

export const FEEDBACK_SOURCES = ['project', 'synthesis'] as const;
export type FeedbackSource = (typeof FEEDBACK_SOURCES)[number];

export class HomeFeedbackDto {
  @ApiProperty({ enum: FEEDBACK_SOURCES }) source: FeedbackSource;
  @ApiProperty({ description: 'the milestone’s or the talk’s title' }) about: string;
  @ApiProperty() author: string;
  @ApiProperty({ description: 'the beginning of the text' }) excerpt: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() route: string;
}

/** Issue 8: grades released, attendance to sign or take, grades to release. */
export class HomeGradeReleasedDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) releasedAt: string;
  @ApiProperty() route: string;
}

export class HomeAttendanceDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() route: string;
}

export class HomeGradesToReleaseDto {
  @ApiProperty({ format: 'uuid' }) assessmentId: string;
  @ApiProperty() title: string;
  @ApiProperty() graded: number;
  @ApiProperty() route: string;
}

export class StudentHomeDto {
  @ApiProperty({ type: HomeCohortRefDto, nullable: true, description: 'null: not enrolled' })
  cohort: HomeCohortRefDto | null;
  @ApiProperty({ type: [HomeSessionDto], description: 'this week and next, the next first' })
  sessions: HomeSessionDto[];
  @ApiProperty({ type: [HomeMilestoneDto], description: 'not handed in, soonest due first' })
  milestones: HomeMilestoneDto[];
  @ApiProperty({ type: [HomeSynthesisTodoDto], description: 'held talks without a synthesis' })
  synthesesToWrite: HomeSynthesisTodoDto[];
  @ApiProperty({ type: HomeProjectDto, nullable: true }) project: HomeProjectDto | null;
  @ApiProperty({ type: [HomeFeedbackDto], description: 'the last 14 days, newest first' })
  feedback: HomeFeedbackDto[];
  @ApiProperty({ type: [HomeGradeReleasedDto], description: 'released in the last 14 days' })
  gradesReleased: HomeGradeReleasedDto[];
  @ApiProperty({ type: [HomeAttendanceDto], description: 'signing open now, not signed' })
  attendanceToSign: HomeAttendanceDto[];
}

export const INVITATION_ACTIONS = ['send', 'remind'] as const;
export type InvitationAction = (typeof INVITATION_ACTIONS)[number];

export class HomeInvitationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: INVITATION_STATUSES }) status: InvitationStatus;
  @ApiProperty({ enum: INVITATION_ACTIONS }) action: InvitationAction;
  @ApiProperty() speaker: string;
  @ApiProperty() sessionTitle: string;
  @ApiProperty({ format: 'date-time' }) sessionStartsAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'when sent' })
  sentAt: string | null;
  @ApiProperty({ type: HomeCohortRefDto }) cohort: HomeCohortRefDto;
  @ApiProperty() route: string;
}

export class HomeProjectItemDto {
  @ApiProperty({ format: 'uuid' }) projectId: string;
  @ApiProperty() projectTitle: string;
  @ApiProperty({ type: String, nullable: true, description: 'the milestone, when about one' })
  milestone: string | null;
  @ApiProperty({ format: 'date-time', description: 'proposed, submitted or due at' }) at: string;
  @ApiProperty({ type: HomeCohortRefDto }) cohort: HomeCohortRefDto;
  @ApiProperty() route: string;
}

export class HomeSynthesesWaitingDto {
  @ApiProperty({ format: 'uuid' }) sessionId: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'date-time' }) heldAt: string;
  @ApiProperty() waiting: number;
  @ApiProperty({ type: HomeCohortRefDto }) cohort: HomeCohortRefDto;
  @ApiProperty() route: string;
}

export class InstructorHomeDto {
  @ApiProperty({ type: [HomeStaffSessionDto], description: 'today and the rest of this week' })
  sessions: HomeStaffSessionDto[];
  @ApiProperty({ type: [HomeInvitationDto], description: 'drafts to send, answers overdue' })
  invitations: HomeInvitationDto[];
  @ApiProperty({ description: 'an invitation unanswered after this many days asks a reminder' })
  noAnswerDays: number;
  @ApiProperty({ type: [HomeProjectItemDto] }) proposals: HomeProjectItemDto[];
  @ApiProperty({ type: [HomeProjectItemDto] }) submissions: HomeProjectItemDto[];
  @ApiProperty({ type: [HomeProjectItemDto] }) overdueMilestones: HomeProjectItemDto[];
  @ApiProperty({ type: [HomeSynthesesWaitingDto] }) synthesesToReview: HomeSynthesesWaitingDto[];
  @ApiProperty({ type: [HomeAttendanceDto], description: 'begun in the last 7 days, not taken' })
  attendanceToTake: HomeAttendanceDto[];
  @ApiProperty({ type: [HomeGradesToReleaseDto], description: 'graded, not released' })
  gradesToRelease: HomeGradesToReleaseDto[];
}

export class HomeFigureDto {
  @ApiProperty() value: number;
  @ApiProperty({ description: 'the route of the list behind the figure' }) route: string;
}

export class HomeProjectStateCountDto {
  @ApiProperty({ enum: PROJECT_STATES }) state: ProjectState;
  @ApiProperty() count: number;
}

export class HomeCohortHealthDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() programmeCode: string;
  @ApiProperty() programmeTitle: string;
  @ApiProperty({ format: 'date' }) startsOn: string;
  @ApiProperty({ format: 'date' }) endsOn: string;
  @ApiProperty({ type: HomeFigureDto }) activeEnrolments: HomeFigureDto;
  @ApiProperty({ type: HomeFigureDto }) withdrawnEnrolments: HomeFigureDto;
  @ApiProperty({ type: HomeFigureDto, description: 'distinct days with a session' })
  courseDaysPlanned: HomeFigureDto;
  @ApiProperty({ type: HomeFigureDto, description: 'of them, days already held' })
  courseDaysHeld: HomeFigureDto;
  @ApiProperty({ type: HomeFigureDto }) guestTalksConfirmed: HomeFigureDto;
  @ApiProperty({ type: HomeFigureDto, description: 'guest talks without a confirmed speaker' })
  guestTalksPending: HomeFigureDto;
  @ApiProperty({ type: [HomeProjectStateCountDto] }) projectsByState: HomeProjectStateCountDto[];
  @ApiProperty({ description: 'the route of the cohort’s projects' }) projectsRoute: string;
  @ApiProperty({
    type: HomeFigureDto,
    description: 'active students without a password whose set-password link is unused',
  })
  passwordLinksUnused: HomeFigureDto;
  @ApiProperty({
    type: HomeFigureDto,
    description: 'active students without a password whose link expired, or who have none',
  })
  passwordLinksExpired: HomeFigureDto;
  @ApiProperty({
    type: HomeFigureDto,
    nullable: true,
    description: 'awarded by a signed jury, diploma not issued yet',
  })
  eligibleForDiploma: HomeFigureDto | null;
}

export class AdminHomeDto {
  @ApiProperty({ type: [HomeCohortHealthDto], description: 'running cohorts, latest start first' })
  cohorts: HomeCohortHealthDto[];
}
