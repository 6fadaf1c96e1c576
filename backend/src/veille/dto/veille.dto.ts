import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate } from '../../common/dates';
import { toQueryBool } from '../../common/input-query';
import { PageOf, PageParamsDto } from '../../common/paging';
import { trim, trimToNull } from '../../common/transforms';

export const POST_KINDS = ['link', 'question'] as const;
export type VeillePostKind = (typeof POST_KINDS)[number];
export const REACTION_KINDS = ['useful', 'insightful', 'debatable'] as const;
export type VeilleReactionKind = (typeof REACTION_KINDS)[number];
export const PREVIEW_STATUSES = ['none', 'pending', 'ok', 'failed'] as const;

export class VeillePersonDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
}

export class VeilleRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

// ---- inputs ---------------------------------------------------------------------------------

export class VeilleUrlDto {
  @ApiProperty({ example: 'https://www.example.org/article?utm_source=x', maxLength: 2048 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url: string;
}

export class CreateVeillePostDto {
  @ApiPropertyOptional({ enum: POST_KINDS, default: 'link', description: 'question: instructors' })
  @IsOptional()
  @IsIn(POST_KINDS)
  kind?: VeillePostKind;

  @ApiPropertyOptional({
    description: 'the shared page (kind link), http or https',
    maxLength: 2048,
  })
  @ValidateIf((dto: CreateVeillePostDto) => dto.kind !== 'question' || dto.url !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(2048)
  url?: string;

  @ApiPropertyOptional({
    description: "the post's title (a question's text); else the page's",
    maxLength: 300,
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiProperty({ description: 'what the author understood and why it matters', maxLength: 10000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  commentary: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsString()
  @MaxLength(2000)
  quote?: string | null;

  @ApiProperty({ type: [String], format: 'uuid', description: "one to six of the cohort's topics" })
  @IsArray()
  @ArrayMaxSize(6)
  @IsUUID('all', { each: true })
  topicIds: string[];

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: "post in my team's name",
  })
  @IsOptional()
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsUUID()
  teamId?: string | null;

  @ApiPropertyOptional({ default: true, description: 'shown on the public feeds (when published)' })
  @IsOptional()
  @IsBoolean()
  public?: boolean;
}

export class UpdateVeillePostDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  title?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(10_000)
  commentary?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @IsOptional()
  @Transform(trimToNull)
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsString()
  @MaxLength(2000)
  quote?: string | null;

  @ApiPropertyOptional({ type: [String], format: 'uuid' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @IsUUID('all', { each: true })
  topicIds?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  public?: boolean;
}

export class VeilleFeedQueryDto extends PageParamsDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  topicId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  authorId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  teamId?: string;

  @ApiPropertyOptional({
    format: 'date',
    description: 'posted on or after this day (programme zone)',
  })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'posted on or before this day' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'only my "to read" bookmarks' })
  @IsOptional()
  @Transform(toQueryBool)
  @IsBoolean()
  bookmarked?: boolean;
}

export class CreateVeilleCommentDto {
  @ApiProperty({ maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  body: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'a top-level comment',
  })
  @IsOptional()
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsUUID()
  parentId?: string | null;
}

export class VeillePinDto {
  @ApiProperty() @IsBoolean() pinned: boolean;
}

export class VeilleHideDto {
  @ApiProperty() @IsBoolean() hidden: boolean;

  @ApiPropertyOptional({ description: 'required to hide; the author sees it', maxLength: 1000 })
  @ValidateIf((dto: VeilleHideDto) => dto.hidden)
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class VeilleBookmarkDto {
  @ApiPropertyOptional({ description: 'true marks it read, false unread' })
  @IsOptional()
  @IsBoolean()
  read?: boolean;
}

export class UpdateVeilleSettingsDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 5000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(5000)
  minCommentaryChars?: number;

  @ApiPropertyOptional({ description: 'publishes the public page, Atom and RSS feeds' })
  @IsOptional()
  @IsBoolean()
  publicFeed?: boolean;

  @ApiPropertyOptional({ description: 'the weekly digest by mail' })
  @IsOptional()
  @IsBoolean()
  digestEnabled?: boolean;
}

export class CreateVeilleTopicDto {
  @ApiProperty({ maxLength: 60 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name: string;
}

export class UpdateVeilleTopicDto {
  @ApiPropertyOptional({ maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(60)
  name?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  archived?: boolean;
}

export class VeilleTeamMemberInputDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  studentId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsUUID()
  specialtyTopicId?: string | null;
}

export class CreateVeilleTeamDto {
  @ApiProperty({ maxLength: 80 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiProperty({ type: [VeilleTeamMemberInputDto], description: 'one to twelve students' })
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => VeilleTeamMemberInputDto)
  members: VeilleTeamMemberInputDto[];
}

export class UpdateVeilleTeamDto {
  @ApiPropertyOptional({ maxLength: 80 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(80)
  name?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  description?: string;

  @ApiPropertyOptional({ type: [VeilleTeamMemberInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => VeilleTeamMemberInputDto)
  members?: VeilleTeamMemberInputDto[];
}

export class VeillePublicationDto {
  @ApiProperty() @IsBoolean() publicFeed: boolean;
}

export class VeilleProfileInputDto {
  @ApiProperty({ type: String, nullable: true, maxLength: 80, description: 'null: the default' })
  @Transform(trimToNull)
  @ValidateIf((_dto: unknown, value: unknown) => value !== null)
  @IsString()
  @MaxLength(80)
  publicName: string | null;
}

export class VeillePeriodQueryDto {
  @ApiProperty({ format: 'date' }) @IsCalendarDate() from: string;
  @ApiProperty({ format: 'date' }) @IsCalendarDate() to: string;

  @ApiPropertyOptional({ enum: ['fr', 'en'], description: 'CSV headers language' })
  @IsOptional()
  @IsIn(['fr', 'en'])
  lang?: 'fr' | 'en';
}

// ---- outputs --------------------------------------------------------------------------------

export class VeillePreviewDto {
  @ApiProperty({ enum: PREVIEW_STATUSES }) status: (typeof PREVIEW_STATUSES)[number];
  @ApiProperty({ type: String, nullable: true, description: 'why it failed (veille.preview_*)' })
  error: string | null;
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'same-origin URL of the stored image' })
  imagePath: string | null;
}

export class VeilleLivePreviewDto {
  @ApiProperty({ description: 'the URL as it will be stored (tracking parameters removed)' })
  url: string;
  @ApiProperty({ type: VeillePreviewDto }) preview: VeillePreviewDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'already posted here' })
  existingPostId: string | null;
}

export class VeilleReactionCountDto {
  @ApiProperty({ enum: REACTION_KINDS }) kind: VeilleReactionKind;
  @ApiProperty() count: number;
  @ApiProperty({ description: 'the viewer reacted so' }) mine: boolean;
}

export class VeilleCommentDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) postId: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId: string | null;
  @ApiProperty({ type: VeillePersonDto }) author: VeillePersonDto;
  @ApiProperty({ description: 'empty once deleted' }) body: string;
  @ApiProperty() deleted: boolean;
  @ApiProperty() canDelete: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class VeillePostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty({ enum: POST_KINDS }) kind: VeillePostKind;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
  @ApiProperty({ description: "the post's title, else the page's" }) title: string;
  @ApiProperty() commentary: string;
  @ApiProperty({ type: String, nullable: true }) quote: string | null;
  @ApiProperty({ type: VeillePersonDto }) author: VeillePersonDto;
  @ApiProperty({ type: VeilleRefDto, nullable: true }) team: VeilleRefDto | null;
  @ApiProperty({ type: [VeilleRefDto] }) topics: VeilleRefDto[];
  @ApiProperty() public: boolean;
  @ApiProperty({ type: VeillePreviewDto }) preview: VeillePreviewDto;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) pinnedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) hiddenAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'seen by the author and managers' })
  hiddenReason: string | null;
  @ApiProperty() commentCount: number;
  @ApiProperty({ type: [VeilleReactionCountDto] }) reactions: VeilleReactionCountDto[];
  @ApiProperty({ description: 'in my "to read" list' }) bookmarked: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty() canEdit: boolean;
  @ApiProperty() canModerate: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class VeillePostPageDto extends PageOf(VeillePostDto) {}

export class VeillePostDetailDto extends VeillePostDto {
  @ApiProperty({
    type: [VeilleCommentDto],
    description: 'oldest first; replies after their parent',
  })
  comments: VeilleCommentDto[];
}

export class VeilleSettingsDto {
  @ApiProperty() minCommentaryChars: number;
  @ApiProperty() publicFeed: boolean;
  @ApiProperty({ type: String, nullable: true }) publicKey: string | null;
  @ApiProperty() digestEnabled: boolean;
}

export class VeilleTopicDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() position: number;
  @ApiProperty() archived: boolean;
  @ApiProperty() postCount: number;
}

export class VeilleTeamSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() memberCount: number;
  @ApiProperty() publicFeed: boolean;
  @ApiProperty({ type: String, nullable: true }) publicKey: string | null;
}

export class VeilleMeDto {
  @ApiProperty() canManage: boolean;
  @ApiProperty() canPost: boolean;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) teamId: string | null;
}

export class VeilleCohortDto {
  @ApiProperty({ type: VeilleRefDto }) cohort: VeilleRefDto;
  @ApiProperty({ type: VeilleSettingsDto }) settings: VeilleSettingsDto;
  @ApiProperty({ type: [VeilleTopicDto], description: 'by position' }) topics: VeilleTopicDto[];
  @ApiProperty({ type: [VeilleTeamSummaryDto] }) teams: VeilleTeamSummaryDto[];
  @ApiProperty({ type: [VeillePersonDto], description: 'active students, for filters and teams' })
  students: VeillePersonDto[];
  @ApiProperty({ type: VeilleMeDto }) me: VeilleMeDto;
}

export class VeilleCohortRefDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() programmeName: string;
}

export class VeilleTeamMemberDto {
  @ApiProperty({ type: VeillePersonDto }) student: VeillePersonDto;
  @ApiProperty({ type: VeilleRefDto, nullable: true }) specialty: VeilleRefDto | null;
}

export class VeilleTeamDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) cohortId: string;
  @ApiProperty() cohortName: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: [VeilleTeamMemberDto] }) members: VeilleTeamMemberDto[];
  @ApiProperty() publicFeed: boolean;
  @ApiProperty({ type: String, nullable: true }) publicKey: string | null;
  @ApiProperty() postCount: number;
  @ApiProperty() commentCount: number;
  @ApiProperty() canEdit: boolean;
  @ApiProperty() canPublish: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class VeilleProfileDto {
  @ApiProperty({ type: String, nullable: true }) publicName: string | null;
  @ApiProperty({ description: 'shown when publicName is null' }) defaultName: string;
}

export class VeilleParticipationRowDto {
  @ApiProperty({ type: VeillePersonDto }) student: VeillePersonDto;
  @ApiProperty() posts: number;
  @ApiProperty() comments: number;
  @ApiProperty() reactions: number;
  @ApiProperty() topicsCovered: number;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastActivityAt: string | null;
}

export class VeilleParticipationDto {
  @ApiProperty({ format: 'date' }) from: string;
  @ApiProperty({ format: 'date' }) to: string;
  @ApiProperty({ type: [VeilleParticipationRowDto] }) students: VeilleParticipationRowDto[];
}

export class VeillePublicPreviewDto {
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, nullable: true }) siteName: string | null;
  @ApiProperty({ type: String, nullable: true }) imageUrl: string | null;
}

export class VeillePublicPostDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() url: string;
  @ApiProperty() title: string;
  @ApiProperty() commentary: string;
  @ApiProperty({ type: String, nullable: true }) quote: string | null;
  @ApiProperty() authorName: string;
  @ApiProperty({ type: [String] }) topics: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: VeillePublicPreviewDto }) preview: VeillePublicPreviewDto;
}

export class VeillePublicFeedDto {
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['cohort', 'team'] }) kind: 'cohort' | 'team';
  @ApiProperty() description: string;
  @ApiProperty() atomUrl: string;
  @ApiProperty() rssUrl: string;
  @ApiProperty({ type: [VeillePublicPostDto] }) items: VeillePublicPostDto[];
}

export class VeilleReactionDto {
  @ApiProperty({ enum: REACTION_KINDS }) @IsIn(REACTION_KINDS) kind: VeilleReactionKind;
  @ApiProperty({ description: 'true adds my reaction, false takes it back' })
  @IsBoolean()
  on: boolean;
}

export class VeilleBookmarkSetDto extends VeilleBookmarkDto {
  @ApiProperty({ description: 'true keeps it in my "to read" list, false removes it' })
  @IsBoolean()
  on: boolean;
}
