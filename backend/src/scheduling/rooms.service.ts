import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FOREIGN_KEY_VIOLATION, pgError, UNIQUE_VIOLATION } from '../common/db-errors';
import { likePattern, type Page, resolveSort } from '../common/paging';
import { badRequest, conflict, notFound } from '../common/problem';
import type { CreateRoomDto, RoomDto, RoomQueryDto, UpdateRoomDto } from './dto/rooms.dto';
import { RoomEntity } from './room.entity';

const SORTS = { name: 'r.name', capacity: 'r.capacity', createdAt: 'r.created_at' };

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

@Injectable()
export class RoomsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A page of rooms, optionally only those free for a slot; two queries. */
  async list(query: RoomQueryDto): Promise<Page<RoomDto>> {
    const [column, direction] = resolveSort(query.sort, SORTS, ['r.name', 'ASC']);
    const qb = this.db.getRepository(RoomEntity).createQueryBuilder('r');
    if (!query.includeArchived) qb.andWhere('r.archived_at IS NULL');
    if (query.q) {
      qb.andWhere("(r.name ILIKE :q ESCAPE '\\' OR r.address ILIKE :q ESCAPE '\\')", {
        q: likePattern(query.q),
      });
    }
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
    const total = await qb.getCount();
    const rows = await qb
      .orderBy(column, direction)
      .addOrderBy('r.id', 'ASC')
      .offset((query.page - 1) * query.size)
      .limit(query.size)
      .getMany();
    return { items: rows.map(toRoom), total, page: query.page, size: query.size };
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

  async update(id: string, dto: UpdateRoomDto): Promise<RoomDto> {
    const repo = this.db.getRepository(RoomEntity);
    const room = await repo.findOneBy({ id });
    if (!room) throw notFound('room');
    const { archived, ...fields } = dto;
    Object.assign(room, fields);
    if (archived !== undefined) room.archivedAt = archived ? (room.archivedAt ?? new Date()) : null;
    try {
      return toRoom(await repo.save(room));
    } catch (error) {
      if (pgError(error, UNIQUE_VIOLATION, 'uq_rooms_name')) throw nameTaken(room.name);
      throw error;
    }
  }

  /** Only a room no session ever used; otherwise archive it. */
  async remove(id: string): Promise<void> {
    try {
      const result = await this.db.getRepository(RoomEntity).delete({ id });
      if (!result.affected) throw notFound('room');
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
}
