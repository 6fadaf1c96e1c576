import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { programmeReadable, type Viewer } from '../common/access';
import { badRequest, notFound } from '../common/problem';
import { namedQuery } from '../common/sql';
import { type GradingScale, SCALES } from '../programmes';
import type { HonoursDto, SetHonoursDto } from './dto/juries.dto';
import { DEFAULT_HONOURS } from './honours';

/** A programme's honours levels: its own, or the scale's defaults until it sets them. */
@Injectable()
export class HonoursService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async get(viewer: Viewer, programmeId: string): Promise<HonoursDto> {
    const access = programmeReadable(viewer, 'p.id');
    const [row] = await namedQuery<{ scale: GradingScale; levels: HonoursDto['levels'] | null }>(
      this.db.manager,
      `SELECT p.grading_scale AS scale, ph.levels FROM programmes p
         LEFT JOIN programme_honours ph ON ph.programme_id = p.id
        WHERE p.id = :programmeId AND ${access.sql}`,
      { ...access.params, programmeId },
    );
    if (!row) throw notFound('programme');
    return {
      programmeId,
      custom: row.levels !== null,
      levels: row.levels ?? DEFAULT_HONOURS[row.scale],
    };
  }

  /** Replaces the levels (admins); keys unique, grades on the scale, kept in grade order. */
  async set(viewer: Viewer, programmeId: string, dto: SetHonoursDto): Promise<HonoursDto> {
    const [programme] = await namedQuery<{ scale: GradingScale }>(
      this.db.manager,
      `SELECT grading_scale AS scale FROM programmes WHERE id = :programmeId`,
      { programmeId },
    );
    if (!programme) throw notFound('programme');
    const scale = SCALES[programme.scale];
    const keys = new Set<string>();
    dto.levels.forEach((level, i) => {
      const invalid = (message: string) =>
        badRequest('jury.honours_levels_invalid', message, [
          { field: `levels.${i}`, code: 'jury.honours_levels_invalid', message },
        ]);
      if (keys.has(level.key)) throw invalid('each key once');
      keys.add(level.key);
      if (level.minGrade < scale.pass || level.minGrade > scale.max)
        throw invalid(`between the pass mark ${scale.pass} and ${scale.max}`);
    });
    const levels = [...dto.levels].sort((a, b) => a.minGrade - b.minGrade);
    await namedQuery(
      this.db.manager,
      `INSERT INTO programme_honours (programme_id, levels, updated_by_id) VALUES (:programmeId, CAST(:levels AS jsonb), :me)
       ON CONFLICT (programme_id) DO UPDATE SET levels = EXCLUDED.levels, updated_by_id = EXCLUDED.updated_by_id, updated_at = now()`,
      { programmeId, levels: JSON.stringify(levels), me: viewer.id },
    );
    return this.get(viewer, programmeId);
  }
}
