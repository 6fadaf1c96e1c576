import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { roomEditable, type Viewer } from '../common/access';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import {
  collated,
  type Page,
  pageOfQuery,
  pageOrder,
  type SortColumns,
  toPage,
} from '../common/paging';
import { matchesAny, searchParams } from '../common/search';
import { badRequest, conflict, notFound, ProblemException } from '../common/problem';
import { namedQuery } from '../common/sql';
import type {
  CreateRoomDto,
  ROOM_SORTS,
  RoomDto,
  RoomQueryDto,
  UpdateRoomDto,
} from './dto/rooms.dto';
import { RoomEntity } from './room.entity';

const SORTS: SortColumns<(typeof ROOM_SORTS)[number]> = {
  name: collated('r.name'),
  capacity: 'r.capacity',
  createdAt: 'r.created_at',
};

export const toRoom = (r: RoomEntity): RoomDto => ({
  id: r.id,
  name: r.name,
  address: r.address,
  capacity: r.capacity,
  notes: r.notes,
  archivedAt: r.archivedAt?.toISOString() ?? null,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});

const nameTaken = (name: string) =>
  conflict('room.name_taken', `A room named ${name} already exists.`);

const notEditable = () =>
  new ProblemException(
    HttpStatus.FORBIDDEN,
    'room.not_editable',
    'Cohorts you do not teach use this room: only an administrator may change it.',
  );

/**
 * The shared directory of rooms: every planner reads and adds to it; who changes or deletes a
 * room comes from the access policy (`roomEditable`).
 */
@Injectable()
export class RoomsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of rooms, optionally only those free for a slot; two queries. */
  async list(query: RoomQueryDto): Promise<Page<RoomDto>> {
    const qb = this.db.getRepository(RoomEntity).createQueryBuilder('r');
    if (!query.includeArchived) qb.andWhere('r.archived_at IS NULL');
    if (query.q) qb.andWhere(matchesAny(['r.name', 'r.address']), searchParams(query.q));
    if (query.freeFrom || query.freeTo) {
      if (!query.freeFrom || !query.freeTo || query.freeTo <= query.freeFrom) {
        throw badRequest('validation', 'Give freeFrom and a later freeTo.', [
          { field: 'freeTo', code: 'isAfter', message: 'freeTo must be after freeFrom' },
        ]);
      }
      qb.andWhere(
        `NOT EXISTS (SELECT 1 FROM sessions fs WHERE fs.room_id = r.id AND fs.status <> 'cancelled'
           AND tstzrange(fs.starts_at, fs.ends_at) && tstzrange(:freeFrom, :freeTo))`,
        { freeFrom: query.freeFrom, freeTo: query.freeTo },
      );
    }
    const order = pageOrder(query.sort, SORTS, 'name', 'r.id');
    const { rows, total } = await pageOfQuery(qb, query, order, (page) => page.getMany());
    return toPage(rows.map(toRoom), total, query);
  }

  async get(id: string): Promise<RoomDto> {
    const room = await this.db.getRepository(RoomEntity).findOneBy({ id });
    if (!room) throw notFound('room');
    return toRoom(room);
  }

  async create(dto: CreateRoomDto): Promise<RoomDto> {
    const repo = this.db.getRepository(RoomEntity);
    try {
      return toRoom(await repo.save(repo.create({ ...dto })));
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_rooms_name')) throw nameTaken(dto.name);
      throw error;
    }
  }

  async update(viewer: Viewer, id: string, dto: UpdateRoomDto): Promise<RoomDto> {
    try {
      return await this.db.transaction(async (manager) => {
        await this.lockEditable(manager, viewer, id);
        const repo = manager.getRepository(RoomEntity);
        const room = await repo.findOneByOrFail({ id });
        const { archived, ...fields } = dto;
        Object.assign(room, fields);
        if (archived !== undefined)
          room.archivedAt = archived ? (room.archivedAt ?? new Date()) : null;
        return toRoom(await repo.save(room));
      });
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_rooms_name')) throw nameTaken(dto.name ?? '');
      throw error;
    }
  }

  /** Only a room no session ever used; otherwise archive it. */
  async remove(viewer: Viewer, id: string): Promise<void> {
    try {
      await this.db.transaction(async (manager) => {
        await this.lockEditable(manager, viewer, id);
        await manager.getRepository(RoomEntity).delete({ id });
      });
    } catch (error) {
      if (pgError(error, FOREIGN_KEY_VIOLATION)) {
        throw conflict(
          'room.in_use',
          'Sessions were held or are planned in this room: archive it instead.',
        );
      }
      throw error;
    }
  }

  /**
   * Locks the room's row, so no session is booked into it while it changes, and checks the
   * viewer may change it: 404 if there is no such room, 403 if it is another's to change.
   */
  private async lockEditable(manager: EntityManager, viewer: Viewer, id: string): Promise<void> {
    const editable = roomEditable(viewer);
    const [row] = await namedQuery<{ can_edit: boolean }>(
      manager,
      `SELECT COALESCE((${editable.sql}), FALSE) AS can_edit FROM rooms r WHERE r.id = :id
         FOR UPDATE OF r`,
      { ...editable.params, id },
    );
    if (!row) throw notFound('room');
    if (!row.can_edit) throw notEditable();
  }
}
