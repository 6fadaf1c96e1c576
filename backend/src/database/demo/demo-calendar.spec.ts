import { DateTime } from 'luxon';
import { DEMO_TIME_ZONE, DemoCalendar } from './demo-calendar';
import { defaultTemplate } from '../../projects/milestone-template';
import { projectsAsOf } from './demo-projects';
import { SESSIONS, sessionTimes } from './demo-sessions';
import { invitationsAsOf } from './demo-speakers';

const local = (d: Date) => DateTime.fromJSDate(d, { zone: DEMO_TIME_ZONE });

/** Each "today" is a wall-clock moment in Zurich; the cases cover the whole academic cycle. */
const TODAYS: [string, string][] = [
  ['the opening Thursday, early September', '2027-09-02T11:00'],
  ['mid-December', '2026-12-15T08:30'],
  ['late May', '2027-05-28T18:00'],
  ['July, after the year', '2027-07-10T10:00'],
  ['the last day of the year, after the defences', '2027-06-26T09:00'],
  ['the spring DST change day', '2027-03-28T03:30'],
  ['the autumn DST change day', '2026-10-25T02:30'],
  ['a leap-year winter', '2028-02-29T12:00'],
];

describe.each(TODAYS)('the demo calendar on %s', (_name, wallClock) => {
  const now = DateTime.fromISO(wallClock, { zone: DEMO_TIME_ZONE }).toJSDate();
  const calendar = new DemoCalendar(now);
  const today = local(now).toISODate() ?? '';
  const sessions = SESSIONS.map((s) => ({ ...s, ...sessionTimes(calendar, s) }));
  const sessionOf = (key: string) => sessions.find((s) => s.key === key);

  it('opens the academic year on the Wednesday from 27 August to 2 September and ends it in June', () => {
    const opening = DateTime.fromISO(calendar.startsOn);
    expect(opening.weekday).toBe(3);
    expect(opening.toFormat('MM-dd') >= '08-27' && opening.toFormat('MM-dd') <= '09-02').toBe(true);
    const end = DateTime.fromISO(calendar.endsOn);
    expect(end.month).toBe(6);
    expect(end.year).toBe(opening.year + 1);
    expect(calendar.academicYear).toBe(`${opening.year}–${opening.year + 1}`);
  });

  it('is the year that contains today, or the next one once this one is over', () => {
    expect(today < calendar.endsOn).toBe(true);
    expect(
      DateTime.fromISO(calendar.startsOn).diff(DateTime.fromISO(today), 'days').days,
    ).toBeLessThan(70);
    expect(calendar.cohortStatus).toBe(today >= calendar.startsOn ? 'running' : 'planned');
  });

  it('keeps every course day on its weekday and at its local time, inside the cohort dates', () => {
    const moduleOne = sessions.filter((s) => s.module === 'I').map((s) => local(s.startsAt));
    expect([...new Set(moduleOne.map((d) => d.toFormat('ccc')))]).toEqual([
      'Wed',
      'Thu',
      'Fri',
      'Sat',
    ]);
    for (const s of sessions) {
      expect(local(s.startsAt).toFormat('HH:mm')).toBe(s.from);
      expect(local(s.endsAt).toFormat('HH:mm')).toBe(s.to);
      const day = local(s.startsAt).toISODate() ?? '';
      expect(day >= calendar.startsOn && day <= calendar.endsOn).toBe(true);
    }
  });

  it('has sessions ahead of today, and sessions already held once the year has opened', () => {
    const held = sessions.filter((s) => s.endsAt <= now);
    const ahead = sessions.filter((s) => s.startsAt > now);
    expect(ahead.length).toBeGreaterThan(0);
    expect(held.length > 0).toBe(now >= sessions[0].endsAt);
  });

  it('holds no talk in the future and leaves no invitation unanswered once its talk has begun', () => {
    for (const { invitation, status, moves, createdAt, link } of invitationsAsOf(calendar)) {
      const session = sessionOf(invitation.session);
      if (!session) throw new Error(`no session ${invitation.session}`);
      expect(createdAt <= now).toBe(true);
      expect(moves.every((m) => m.at <= now && m.at >= createdAt)).toBe(true);
      expect(moves.map((m) => m.at)).toEqual([...moves.map((m) => m.at)].sort((a, b) => +a - +b));
      if (status === 'held') expect(session.endsAt <= now).toBe(true);
      if (status === 'invited' || status === 'draft') expect(session.startsAt > now).toBe(true);
      for (const m of moves.filter((x) => x.to === 'held'))
        expect(m.at >= session.endsAt).toBe(true);
      for (const m of moves.filter((x) => x.to === 'confirmed' || x.to === 'declined'))
        expect(m.at < session.startsAt).toBe(true);
      if (link?.used) expect(link.used <= now).toBe(true);
    }
  });

  it('moves each project only up to today, and no proposal is still open once the intermediate report is due', () => {
    const [proposal, intermediate] = defaultTemplate(calendar.startsOn, calendar.endsOn);
    expect(proposal.dueOn > calendar.startsOn).toBe(true);
    for (const p of projectsAsOf(calendar)) {
      expect(p.proposedAt <= now).toBe(true);
      expect(p.moves.every((m) => m.at <= now && m.at > p.proposedAt)).toBe(true);
      expect(p.feedback.every((f) => f.at <= now)).toBe(true);
      if (today > intermediate.dueOn) expect(['in_progress', 'submitted']).toContain(p.state);
      if (p.state !== 'proposed' && p.state !== 'sent_back') expect(p.tutor).not.toBeNull();
    }
    if (today < calendar.startsOn) expect(projectsAsOf(calendar)).toEqual([]);
  });
});

describe('the demo calendar in early December', () => {
  const calendar = new DemoCalendar(
    DateTime.fromISO('2026-12-01T10:00', { zone: DEMO_TIME_ZONE }).toJSDate(),
  );

  it('shows invitations in every state and projects at every step of approval', () => {
    expect(new Set(invitationsAsOf(calendar).map((i) => i.status))).toEqual(
      new Set(['held', 'confirmed', 'invited', 'declined', 'draft']),
    );
    expect(projectsAsOf(calendar).map((p) => p.state)).toEqual([
      'in_progress',
      'approved',
      'proposed',
      'sent_back',
    ]);
  });

  it('runs the 2026–2027 cohort from Wednesday 2 September to Saturday 26 June', () => {
    expect([calendar.startsOn, calendar.endsOn, calendar.academicYear]).toEqual([
      '2026-09-02',
      '2027-06-26',
      '2026–2027',
    ]);
  });
});
