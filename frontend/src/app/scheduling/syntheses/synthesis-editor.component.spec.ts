import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { SynthesesApiService } from '../../core/api/syntheses-api.service';
import { type Synthesis } from '../../core/api/types';
import { SynthesisEditorComponent } from './synthesis-editor.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

function draft(sessionId: string, text: string): Synthesis {
  return {
    id: `${sessionId}-synthesis`,
    sessionId,
    student: { id: 'lea-id', displayName: 'Léa Favre' },
    bodyHtml: `<p>${text}</p>`,
    wordCount: text.split(' ').length,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    submittedAt: null,
    feedback: null,
    feedbackAt: null,
    feedbackBy: null,
  };
}

function problem(status: number, code: string): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    error: { type: 'about:blank', title: code, status, code },
  });
}

/** The syntheses API with one pending answer per request, sent by the test. */
class FakeSynthesesApi {
  readonly requests: { sessionId: string; answer: Subject<Synthesis> }[] = [];
  readonly saves: { sessionId: string; answer: Subject<Synthesis> }[] = [];

  mine(sessionId: string): Subject<Synthesis> {
    const answer = new Subject<Synthesis>();
    this.requests.push({ sessionId, answer });
    return answer;
  }

  save(sessionId: string): Subject<Synthesis> {
    const answer = new Subject<Synthesis>();
    this.saves.push({ sessionId, answer });
    return answer;
  }

  answer(index: number, synthesis: Synthesis): void {
    this.requests[index].answer.next(synthesis);
    this.requests[index].answer.complete();
  }
}

async function render(sessionId: string) {
  const api = new FakeSynthesesApi();
  TestBed.configureTestingModule({
    imports: [
      SynthesisEditorComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: SynthesesApiService, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(SynthesisEditorComponent);
  fixture.componentRef.setInput('sessionId', sessionId);
  fixture.componentRef.setInput('timeZone', 'Europe/Zurich');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    api,
    fixture,
    element,
    editor: () => element.querySelector<HTMLTextAreaElement>('textarea'),
    alerts: () => [...element.querySelectorAll('[role="alert"]')],
    select: async (next: string) => {
      fixture.componentRef.setInput('sessionId', next);
      await fixture.whenStable();
    },
  };
}

describe('SynthesisEditorComponent', () => {
  it('edits the synthesis of the session selected last when the previous answer comes late', async () => {
    const { api, fixture, editor, select } = await render('session-a');
    await select('session-b');

    api.answer(1, draft('session-b', 'Les communs numériques'));
    api.answer(0, draft('session-a', 'La modération bienveillante'));
    await fixture.whenStable();

    expect(api.requests.map((r) => r.sessionId)).toEqual(['session-a', 'session-b']);
    expect(editor()?.value).toBe('Les communs numériques');
  });

  it('opens an empty editor when the student has not written yet (404), not the previous draft', async () => {
    const { api, fixture, editor, alerts, select } = await render('session-a');
    api.answer(0, draft('session-a', 'La modération bienveillante'));
    await fixture.whenStable();
    expect(editor()?.value).toBe('La modération bienveillante');

    await select('session-b');
    api.requests[1].answer.error(problem(404, 'synthesis.not_found'));
    await fixture.whenStable();

    expect(editor()?.value).toBe('');
    expect(alerts()).toHaveLength(0);
  });

  it('keeps the editor hidden after a failed load, then loads the draft on retry', async () => {
    const { api, fixture, element, editor, alerts } = await render('session-a');
    api.requests[0].answer.error(problem(503, 'x.unavailable'));
    await fixture.whenStable();

    expect(alerts()).toHaveLength(1);
    expect(editor()).toBeNull();
    element.querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    api.answer(1, draft('session-a', 'La modération bienveillante'));
    await fixture.whenStable();

    expect(alerts()).toHaveLength(0);
    expect(editor()?.value).toBe('La modération bienveillante');
  });

  it('says why a save failed, keeping the text typed', async () => {
    const { api, fixture, element, editor, alerts } = await render('session-a');
    api.requests[0].answer.error(problem(404, 'synthesis.not_found'));
    await fixture.whenStable();
    const textarea = editor();
    if (!textarea) throw new Error('no editor');
    textarea.value = 'Mon brouillon';
    textarea.dispatchEvent(new Event('input'));

    const saveDraft = [...element.querySelectorAll<HTMLButtonElement>('.editor-actions button')][0];
    saveDraft.click();
    api.saves[0].answer.error(problem(409, 'synthesis.closed'));
    await fixture.whenStable();

    expect(api.saves.map((s) => s.sessionId)).toEqual(['session-a']);
    expect(alerts()).toHaveLength(1);
    expect(editor()?.value).toBe('Mon brouillon');
  });
});
