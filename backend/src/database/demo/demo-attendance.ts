import { crc32, deflateSync } from 'node:zlib';
import type { EntityManager } from 'typeorm';
import type { DemoCalendar } from './demo-calendar';

/**
 * Attendance of the MCMS demo cohort at its held sessions (the parts of the
 * `attendance_parts` view that ended by the calendar's today): mostly present with a drawn or
 * confirmed signature, a few late, one excused with a reason, one absent; Théo Girard misses
 * enough to sit just above the 80 % limit. Each held part's sheet is certified by its
 * instructor. Runs inside loadDemoData's transaction, after scheduling.
 */
export async function loadDemoAttendance(
  manager: EntityManager,
  cohortName: string,
  calendar: DemoCalendar,
): Promise<void> {
  const now = calendar.now.toJSDate();
  const parts = await manager.query<
    {
      session_id: string;
      part: number;
      starts_at: Date;
      minutes: number;
      instructor_id: string | null;
    }[]
  >(
    `SELECT ap.session_id, ap.part, ap.starts_at, ap.minutes,
            (SELECT si.instructor_id FROM session_instructors si
              WHERE si.session_id = ap.session_id ORDER BY si.instructor_id LIMIT 1) AS instructor_id
       FROM attendance_parts ap
       JOIN cohorts c ON c.id = ap.cohort_id
       JOIN sessions s ON s.id = ap.session_id
      WHERE c.name = $1 AND s.status <> 'cancelled' AND ap.ends_at <= $2
      ORDER BY ap.starts_at, ap.part`,
    [cohortName, now],
  );
  if (parts.length === 0) return;
  const students = await manager.query<{ id: string; email: string }[]>(
    `SELECT u.id, u.email FROM enrolments e JOIN cohorts c ON c.id = e.cohort_id
       JOIN users u ON u.id = e.student_id
      WHERE c.name = $1 AND e.withdrawn_at IS NULL ORDER BY u.email`,
    [cohortName],
  );
  const rows: unknown[][] = [];
  const near = { attended: 0, counted: 0 };
  parts.forEach((p, index) => {
    students.forEach((s, n) => {
      const status =
        s.email === NEAR_THE_LIMIT
          ? nearTheLimit(near, p.minutes, index)
          : demoStatus(s.email, index);
      const signed = status === 'present' || status === 'late';
      const minutes = status === 'late' ? 22 + (n % 5) : -8 + (n % 7);
      const drawn = signed && (n + index) % 3 !== 0;
      rows.push([
        p.session_id,
        s.id,
        p.part,
        status,
        status === 'excused' ? 'Rendez-vous médical (certificat transmis)' : null,
        signed ? new Date(p.starts_at.getTime() + minutes * 60_000) : null,
        signed ? (drawn ? 'drawn' : 'confirmed') : null,
        drawn ? signaturePng(n) : null,
        signed ? s.id : p.instructor_id,
      ]);
    });
  });
  for (let i = 0; i < rows.length; i += 200) {
    const chunk = rows.slice(i, i + 200);
    await manager.query(
      `INSERT INTO attendance_records
              (session_id, student_id, part, status, excuse_reason, signed_at, signature_method,
               signature_png, recorded_by_id)
       VALUES ${chunk.map((_, k) => `(${Array.from({ length: 9 }, (_, j) => `$${k * 9 + j + 1}`).join(', ')})`).join(', ')}`,
      chunk.flat(),
    );
  }
  const certified = parts.filter((p) => p.instructor_id);
  for (const p of certified) {
    await manager.query(
      `INSERT INTO attendance_certifications (session_id, part, instructor_id, signature_png, signed_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        p.session_id,
        p.part,
        p.instructor_id,
        signaturePng(99),
        new Date(p.starts_at.getTime() + 3_600_000),
      ],
    );
  }
}

/** Théo misses a part whenever his rate stays at 81 % or more: always just above the limit. */
const NEAR_THE_LIMIT = 'theo.girard@clique.test';

function nearTheLimit(
  so: { attended: number; counted: number },
  minutes: number,
  index: number,
): string {
  so.counted += minutes;
  if (index >= 2 && so.attended / so.counted >= 0.81) return 'absent';
  so.attended += minutes;
  return index % 9 === 7 ? 'late' : 'present';
}

/** The demo's story, part by part (index in time order). */
function demoStatus(email: string, index: number): string {
  switch (email) {
    case 'lea.muller@clique.test':
      return index === 1 ? 'excused' : 'present';
    case 'manon.perret@clique.test':
      return index === 2 ? 'absent' : 'present';
    case 'lucas.favre@clique.test':
      return index % 5 === 3 ? 'late' : 'present';
    case 'hugo.blanc@clique.test':
      return index === 5 ? 'late' : 'present';
    default:
      return 'present';
  }
}

/** A small hand-drawn-looking signature (a wavy stroke), PNG grey + alpha, 200×60. */
export function signaturePng(seed: number): Buffer {
  const width = 200;
  const height = 60;
  const alpha = new Uint8Array(width * height);
  const a = 8 + (seed % 5) * 2;
  const f = 0.05 + (seed % 7) * 0.008;
  for (let x = 12; x < width - 12; x++) {
    const y = Math.round(
      height / 2 + a * Math.sin(x * f + seed) * Math.cos(x * 0.013 * (1 + (seed % 3))),
    );
    for (let dy = -1; dy <= 1; dy++) {
      const yy = y + dy;
      if (yy >= 0 && yy < height) alpha[yy * width + x] = 255;
    }
  }
  const raw = Buffer.alloc((width * 2 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 2 + 1);
    raw[row] = 0; // no filter
    for (let x = 0; x < width; x++) {
      raw[row + 1 + x * 2] = 0x1a; // ink
      raw[row + 2 + x * 2] = alpha[y * width + x];
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body) >>> 0, body.length + 4);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 4; // grey + alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
