import {
  DEFAULT_INVITATION_FILTERS,
  emptyListKey,
  lastChange,
  sessionWhen,
  toInvitationQuery,
} from './invitation-list';

/** Intl may put narrow no-break spaces before AM/PM. */
const plain = (text: string) => text.replace(/\s/gu, ' ');

describe('invitation list', () => {
  it('asks for upcoming invitations of every status by default', () => {
    expect(toInvitationQuery({ ...DEFAULT_INVITATION_FILTERS, page: 1, size: 25 })).toEqual({
      page: 1,
      size: 25,
      upcoming: true,
    });
  });

  it('sends the status, the trimmed search and no upcoming flag when it is off', () => {
    expect(
      toInvitationQuery({ status: 'invited', upcoming: false, page: 2, size: 10, q: '  droit ' }),
    ).toEqual({ page: 2, size: 10, status: 'invited', q: 'droit' });
  });

  it('leaves a blank search out', () => {
    expect(
      toInvitationQuery({ status: 'all', upcoming: false, page: 1, size: 25, q: '  ' }),
    ).toEqual({ page: 1, size: 25 });
  });

  it('words the empty list after what narrows it', () => {
    expect(emptyListKey({ status: 'all', upcoming: false }, '')).toBe(
      'scheduling.invitations.empty',
    );
    expect(emptyListKey({ status: 'all', upcoming: true }, '')).toBe(
      'scheduling.invitations.noneUpcoming',
    );
    expect(emptyListKey({ status: 'held', upcoming: true }, '')).toBe(
      'scheduling.invitations.noMatch',
    );
    expect(emptyListKey({ status: 'all', upcoming: false }, 'x')).toBe(
      'scheduling.invitations.noMatch',
    );
  });

  it('shows the session on the wall clock of its zone, whatever the browser zone', () => {
    const session = {
      startsAt: '2026-09-04T12:00:00Z',
      endsAt: '2026-09-04T14:00:00Z',
      timeZone: 'Europe/Zurich',
    };
    expect(plain(sessionWhen(session, 'fr'))).toBe('4 sept. 2026, 14:00–16:00');
    expect(plain(sessionWhen(session, 'en'))).toBe('4 Sept 2026, 14:00–16:00');
    expect(plain(sessionWhen({ ...session, timeZone: 'America/New_York' }, 'en'))).toBe(
      '4 Sept 2026, 08:00–10:00',
    );
  });

  it('shows a session across days with both dates', () => {
    const when = sessionWhen(
      { startsAt: '2026-09-04T20:00:00Z', endsAt: '2026-09-05T08:00:00Z', timeZone: 'UTC' },
      'en',
    );
    expect(plain(when)).toBe('4 Sept 2026, Fri 4 Sept, 20:00 – Sat 5 Sept, 08:00');
  });

  it('dates the last change in the session zone', () => {
    expect(
      plain(
        lastChange(
          {
            updatedAt: '2026-09-01T22:30:00Z',
            session: { timeZone: 'Europe/Zurich' } as never,
          },
          'fr',
        ),
      ),
    ).toBe('2 sept. 2026, 00:30');
  });
});
