import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { MAT_DIALOG_DATA, MatDialogRef } from '@angular/material/dialog';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of, throwError } from 'rxjs';
import { InvitationsApiService } from '../../core/api/invitations-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import { SpeakersApiService } from '../../core/api/speakers-api.service';
import { type Session } from '../../core/api/types';
import { InviteDialogComponent } from './invite-dialog.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

const DAY = 86_400_000;

/** A guest talk `inDays` from now that the viewer plans; `speakerId` already invited if given. */
function guestTalk(id: string, title: string, inDays: number, speakerId?: string): Session {
  const start = new Date(Date.now() + inDays * DAY);
  return {
    id,
    title,
    kind: 'guest_talk',
    status: 'scheduled',
    cohort: { id: 'cohort', name: 'MCMS 2026–2027' },
    programme: { id: 'p', code: 'MCMS', title: 'MCMS', timeZone: 'Europe/Zurich' },
    module: null,
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(),
    timeZone: 'Europe/Zurich',
    room: null,
    onlineUrl: null,
    instructors: [],
    speakers: speakerId
      ? [
          {
            invitationId: `inv-${id}`,
            speakerId,
            fullName: 'Anne Rochat',
            organisation: null,
            jobTitle: null,
            talkTitle: '',
            status: 'confirmed',
          },
        ]
      : [],
    materials: [],
    description: '',
    sequence: 0,
    seriesId: null,
    canManage: true,
    cancelledAt: null,
    cancellationReason: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  };
}

const conflict = new HttpErrorResponse({
  status: 409,
  error: {
    type: 'about:blank',
    title: 'Conflict',
    status: 409,
    code: 'session.conflict',
    detail: 'The speaker is busy then.',
    conflicts: [
      {
        clash: 'speaker',
        resource: { id: 'speaker', name: 'Anne Rochat' },
        session: {
          id: 'elsewhere',
          title: 'Ailleurs',
          startsAt: new Date(Date.now() + 21 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 21 * DAY + 3_600_000).toISOString(),
          cohort: { id: 'other', name: 'Autre promotion' },
        },
      },
    ],
  },
});

async function render(create: jest.Mock) {
  const close = jest.fn();
  const list = jest.fn(() =>
    of({
      items: [
        guestTalk('free', 'Conférence crise', 21),
        guestTalk('booked', 'Table ronde', 14, 'speaker'),
      ],
      from: '',
      to: '',
    }),
  );
  TestBed.configureTestingModule({
    imports: [
      InviteDialogComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      { provide: MAT_DIALOG_DATA, useValue: { speaker: { id: 'speaker', fullName: 'Anne' } } },
      { provide: MatDialogRef, useValue: { close } },
      { provide: SessionsApiService, useValue: { list } },
      { provide: InvitationsApiService, useValue: { create, transition: jest.fn() } },
      { provide: SpeakersApiService, useValue: { list: jest.fn() } },
    ],
  });
  const fixture = TestBed.createComponent(InviteDialogComponent);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const radio = (title: string) =>
    [...element.querySelectorAll<HTMLElement>('mat-radio-button')].find((r) =>
      r.textContent?.includes(title),
    );
  const draft = async () => {
    radio('Conférence crise')?.querySelector<HTMLInputElement>('input')?.click();
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('scheduling.invite.saveDraft'))
      ?.click();
    await fixture.whenStable();
  };
  return { fixture, element, radio, draft, list, close };
}

describe('InviteDialogComponent from a speaker’s page', () => {
  it('lists the upcoming guest talks soonest first, the one already booked disabled with why', async () => {
    const { radio, element, list } = await render(jest.fn());
    expect(list).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'guest_talk', includeCancelled: false }),
    );
    const titles = [...element.querySelectorAll('mat-radio-button .choice-title')].map((t) =>
      t.textContent?.trim(),
    );
    expect(titles).toEqual(['Table ronde', 'Conférence crise']);
    expect(radio('Table ronde')?.querySelector('input')?.disabled).toBe(true);
    expect(radio('Table ronde')?.textContent).toContain('scheduling.speakers.invite.taken');
    expect(radio('Conférence crise')?.querySelector('input')?.disabled).toBe(false);
  });

  it('invites the speaker to the chosen session and closes with the new invitation', async () => {
    const invitation = { id: 'new', session: { id: 'free' } };
    const create = jest.fn(() => of(invitation));
    const { draft, close } = await render(create);
    await draft();
    expect(create).toHaveBeenCalledWith('free', expect.objectContaining({ speakerId: 'speaker' }));
    expect(close).toHaveBeenCalledWith(invitation);
  });

  it('says in the dialog when the speaker is booked elsewhere then (409), and stays open', async () => {
    const { draft, close, element } = await render(jest.fn(() => throwError(() => conflict)));
    await draft();
    const alert = element.querySelector('[data-testid="session-conflict"]');
    expect(alert).not.toBeNull();
    expect(alert?.textContent).toContain('scheduling.speakers.invite.conflictHint');
    expect(close).not.toHaveBeenCalled();
  });

  it('asks for a session before inviting', async () => {
    const create = jest.fn();
    const { element, fixture } = await render(create);
    [...element.querySelectorAll<HTMLButtonElement>('button')]
      .find((b) => b.textContent?.includes('scheduling.invite.saveDraft'))
      ?.click();
    await fixture.whenStable();
    expect(create).not.toHaveBeenCalled();
    expect(element.textContent).toContain('scheduling.speakers.invite.sessionRequired');
  });
});
