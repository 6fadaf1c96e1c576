import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject, of, throwError } from 'rxjs';
import { CohortsApiService } from '../../core/api/cohorts-api.service';
import { ProgrammesApiService } from '../../core/api/programmes-api.service';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { SessionsApiService } from '../../core/api/sessions-api.service';
import { type Session } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { provideAppDateAdapter } from '../../core/i18n/date-adapter';
import { SessionFormPage } from './session-form.page';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

function session(id: string, title: string): Session {
  return {
    id,
    title,
    kind: 'lecture',
    status: 'scheduled',
    cohort: { id: 'cohort', name: 'Volée 2026' },
    programme: { id: 'programme', code: 'CAS-CM', title: 'CAS Community management' },
    module: null,
    startsAt: '2026-12-04T08:30:00Z',
    endsAt: '2026-12-04T12:00:00Z',
    timeZone: 'Europe/Zurich',
    room: null,
    onlineUrl: 'https://meet.example.org/cm',
    instructors: [],
    speakers: [],
    materials: [],
    description: '',
    sequence: 1,
    seriesId: null,
    canManage: true,
    cancelledAt: null,
    cancellationReason: null,
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
  };
}

/** The sessions API with one pending answer per request, sent by the test. */
class FakeSessionsApi {
  readonly requests: { id: string; answer: Subject<Session> }[] = [];

  get(id: string): Subject<Session> {
    const answer = new Subject<Session>();
    this.requests.push({ id, answer });
    return answer;
  }

  answer(index: number, value: Session): void {
    this.requests[index].answer.next(value);
    this.requests[index].answer.complete();
  }
}

const EMPTY_PAGE = of({ items: [], total: 0, page: 1, size: 100 });

async function render(id: string) {
  const api = new FakeSessionsApi();
  TestBed.configureTestingModule({
    imports: [
      SessionFormPage,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      provideAppDateAdapter(),
      { provide: SessionsApiService, useValue: api },
      { provide: CohortsApiService, useValue: { list: () => EMPTY_PAGE } },
      { provide: RoomsApiService, useValue: { list: () => EMPTY_PAGE } },
      { provide: ProgrammesApiService, useValue: { get: () => throwError(() => new Error('x')) } },
      { provide: AuthService, useValue: { role: signal('instructor'), me: signal(null) } },
    ],
  });
  const fixture = TestBed.createComponent(SessionFormPage);
  fixture.componentRef.setInput('id', id);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    api,
    fixture,
    element,
    title: () => element.querySelector<HTMLInputElement>('input[formcontrolname="title"]'),
    open: async (next: string) => {
      fixture.componentRef.setInput('id', next);
      await fixture.whenStable();
    },
  };
}

describe('SessionFormPage', () => {
  it('edits the session opened last when the previous one’s answer comes late', async () => {
    const { api, fixture, title, open } = await render('session-a');
    await open('session-b');

    api.answer(1, session('session-b', 'Atelier modération'));
    api.answer(0, session('session-a', 'Cours inaugural'));
    await fixture.whenStable();

    expect(api.requests.map((r) => r.id)).toEqual(['session-a', 'session-b']);
    expect(title()?.value).toBe('Atelier modération');
  });

  it('says why the session failed to load instead of an empty form, and retries', async () => {
    const { api, fixture, element, title } = await render('session-a');
    api.requests[0].answer.error(
      new HttpErrorResponse({
        status: 503,
        error: { type: 'about:blank', title: 'x', status: 503, code: 'x.unavailable' },
      }),
    );
    await fixture.whenStable();
    expect(element.querySelector('cq-load-failure [role="alert"]')).not.toBeNull();
    expect(title()).toBeNull();

    element.querySelector<HTMLButtonElement>('cq-load-failure button')?.click();
    api.answer(1, session('session-a', 'Cours inaugural'));
    await fixture.whenStable();

    expect(element.querySelector('cq-load-failure')).toBeNull();
    expect(title()?.value).toBe('Cours inaugural');
  });
});
