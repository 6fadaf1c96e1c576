import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { badRequest, ProblemException } from '../common/problem';
import type { SeriesCreatedDto } from './dto/session-response.dto';
import type { CreateSeriesDto } from './dto/sessions.dto';
import { expandSeries, SeriesError } from './series';
import type { Viewer } from '../common/access';
import { type Booking, findConflicts, mappingConflicts } from './session-conflicts';
import { SessionInstructorEntity } from './session-instructor.entity';
import { SessionReadsService } from './session-reads.service';
import { checkReferences, checkWithinCohort, plannableCohort } from './session-refs';
import { SessionEntity } from './session.entity';
import { isRealDate } from './zoned-time';

/**
 * Creates a series of sessions (e.g. every Friday and Saturday of a month, 09:00–17:00 in the
 * programme's zone) in one transaction: all of them, or none and every conflict listed.
 */
@Injectable()
export class SeriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reads: SessionReadsService,
  ) {}

  async create(viewer: Viewer, dto: CreateSeriesDto): Promise<SeriesCreatedDto> {
    for (const field of ['from', 'to'] as const) {
      const value = dto[field];
      if (value !== undefined && !isRealDate(value)) throw this.invalid(field, 'not a real date');
    }
    const seriesId = randomUUID();
    const instructorIds = dto.instructorIds ?? [];
    let booking: Booking | undefined;
    const ids = await mappingConflicts(
      this.db.manager,
      () => booking,
      () =>
        this.db.transaction(async (m) => {
          const cohort = await plannableCohort(m, viewer, dto.cohortId);
          await checkReferences(m, cohort, dto);
          let slots;
          try {
            slots = expandSeries(dto, cohort.timeZone);
          } catch (error) {
            if (error instanceof SeriesError) throw this.invalid(error.field, error.message);
            throw error;
          }
          checkWithinCohort(cohort, slots);
          booking = {
            kind: dto.kind,
            slots,
            cohortId: cohort.id,
            roomId: dto.roomId ?? null,
            instructorIds,
            speakerIds: [],
            excludeSessionIds: [],
          };
          const conflicts = await findConflicts(m, booking);
          if (conflicts.length) {
            const dates = [...new Set(conflicts.map((c) => c.occurrence?.date))];
            throw new ProblemException(
              HttpStatus.CONFLICT,
              'session.series_conflict',
              `${dates.length} of the ${slots.length} dates clash with other sessions; nothing was created.`,
              { conflicts, occurrences: slots.length },
            );
          }
          const rows = await m.getRepository(SessionEntity).save(
            slots.map((slot) => ({
              cohortId: cohort.id,
              moduleId: dto.moduleId ?? null,
              title: dto.title,
              description: dto.description ?? '',
              kind: dto.kind,
              startsAt: slot.startsAt,
              endsAt: slot.endsAt,
              roomId: dto.roomId ?? null,
              onlineUrl: dto.onlineUrl ?? null,
              materials: dto.materials ?? [],
              seriesId,
              createdById: viewer.id,
            })),
            { chunk: 50 },
          );
          if (instructorIds.length) {
            await m
              .getRepository(SessionInstructorEntity)
              .insert(
                rows.flatMap((s) =>
                  instructorIds.map((instructorId) => ({ sessionId: s.id, instructorId })),
                ),
              );
          }
          return rows.map((r) => r.id);
        }),
    ).catch((error: unknown) => {
      // A concurrent booking slipped in: same answer as the check's, for the whole series.
      if (error instanceof ProblemException && error.code === 'session.conflict') {
        throw new ProblemException(
          HttpStatus.CONFLICT,
          'session.series_conflict',
          'Some dates clash with other sessions; nothing was created.',
          { ...error.extensions, occurrences: booking?.slots.length ?? 0 },
        );
      }
      throw error;
    });
    return { seriesId, items: await this.reads.byIds(viewer, ids, this.db.manager) };
  }

  private invalid(field: string, message: string) {
    return badRequest('validation', `The series is not valid: ${message}.`, [
      { field, code: 'series', message },
    ]);
  }
}
