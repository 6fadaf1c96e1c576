import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { SynthesesApiService } from '../../core/api/syntheses-api.service';
import { type SessionSyntheses, type Synthesis } from '../../core/api/types';
import { SynthesesReviewComponent } from './syntheses-review.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

function synthesis(sessionId: string, student: string): Synthesis {
  return {
    id: `${sessionId}-${student}`,
    sessionId,
    student: { id: `${student}-id`, displayName: student },
    bodyHtml: `<p>Synthèse de ${student}</p>`,
    wordCount: 3,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    submittedAt: '2026-11-20T09:00:00Z',
    feedback: null,
    feedbackAt: null,
    feedbackBy: null,
  };
}

function syntheses(sessionId: string, student: string, missing: string): SessionSyntheses {
  return {
    submitted: [synthesis(sessionId, student)],
    missing: [{ id: `${missing}-id`, displayName: missing }],
  };
}

/** The syntheses API with one pending answer per request, sent by the test. */
class FakeSynthesesApi {
  readonly requests: { sessionId: string; answer: Subject<SessionSyntheses> }[] = [];

  forSession(sessionId: string): Subject<SessionSyntheses> {
    const answer = new Subject<SessionSyntheses>();
    this.requests.push({ sessionId, answer });
    return answer;
  }

  answer(index: number, data: SessionSyntheses): void {
    this.requests[index].answer.next(data);
    this.requests[index].answer.complete();
  }
}

async function render(sessionId: string) {
  const api = new FakeSynthesesApi();
  TestBed.configureTestingModule({
    imports: [
      SynthesesReviewComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: SynthesesApiService, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(SynthesesReviewComponent);
  fixture.componentRef.setInput('sessionId', sessionId);
  fixture.componentRef.setInput('timeZone', 'Europe/Zurich');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const select = async (next: string) => {
    fixture.componentRef.setInput('sessionId', next);
    await fixture.whenStable();
  };
  return { api, fixture, element, select };
}

describe('SynthesesReviewComponent', () => {
  it('shows the syntheses of the session selected last when the previous answer comes late', async () => {
    const { api, fixture, element, select } = await render('session-a');
    await select('session-b');

    api.answer(1, syntheses('session-b', 'Léa Favre', 'Yann Rochat'));
    api.answer(0, syntheses('session-a', 'Élodie Chappuis', 'Lucas Morel'));
    await fixture.whenStable();

    expect(api.requests.map((r) => r.sessionId)).toEqual(['session-a', 'session-b']);
    expect(element.textContent).toContain('Léa Favre');
    expect(element.textContent).toContain('Yann Rochat');
    expect(element.textContent).not.toContain('Élodie Chappuis');
    expect(element.textContent).not.toContain('Lucas Morel');
  });

  it('hides the previous session’s syntheses while the next one loads', async () => {
    const { api, fixture, element, select } = await render('session-a');
    api.answer(0, syntheses('session-a', 'Élodie Chappuis', 'Lucas Morel'));
    await fixture.whenStable();
    expect(element.textContent).toContain('Élodie Chappuis');

    await select('session-b');

    expect(element.textContent).not.toContain('Élodie Chappuis');
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
  });

  it('says why the list failed to load and loads it again on retry', async () => {
    const { api, fixture, element } = await render('session-a');
    api.requests[0].answer.error(
      new HttpErrorResponse({
        status: 503,
        error: { type: 'about:blank', title: 'Unavailable', status: 503, code: 'x.unavailable' },
      }),
    );
    await fixture.whenStable();
    const retry = element.querySelector<HTMLButtonElement>('[role="alert"] button');
    expect(retry).not.toBeNull();

    retry?.click();
    api.answer(1, syntheses('session-a', 'Élodie Chappuis', 'Lucas Morel'));
    await fixture.whenStable();

    expect(element.querySelector('[role="alert"]')).toBeNull();
    expect(element.textContent).toContain('Élodie Chappuis');
  });
});
