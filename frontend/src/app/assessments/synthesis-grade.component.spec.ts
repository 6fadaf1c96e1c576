import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { of } from 'rxjs';
import { AssessmentsApiService, type SessionSynthesisGrades } from './assessments-api.service';
import { SynthesisGradeComponent, SynthesisGradesStore } from './synthesis-grade.component';

jest.setTimeout(20_000);

const grades = (withAssessment: boolean): SessionSynthesisGrades => ({
  assessment: withAssessment
    ? ({ id: 'a1', title: 'Synthèse', kind: 'synthesis' } as SessionSynthesisGrades['assessment'])
    : null,
  programme: { scale: 'CH_6', gradeStep: 0.5, min: 1, max: 6, pass: 4 },
  cells: [
    {
      assessmentId: 'a1',
      studentId: 's1',
      attempt: 1,
      score: 4.5,
      comment: null,
      version: 3,
      gradedBy: { id: 'i1', displayName: 'Sophie Mercier' },
      updatedAt: '2026-11-02T09:00:00Z',
    },
  ],
});

async function render(data: SessionSynthesisGrades) {
  const api = {
    synthesisGrades: jest.fn(() => of(data)),
    setGrade: jest.fn(() => of({ ...data.cells[0], score: 5, version: 4 })),
  };
  TestBed.configureTestingModule({
    imports: [
      SynthesisGradeComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: AssessmentsApiService, useValue: api },
      SynthesisGradesStore,
    ],
  });
  const fixture = TestBed.createComponent(SynthesisGradeComponent);
  fixture.componentRef.setInput('sessionId', `talk-${Math.random()}`);
  fixture.componentRef.setInput('studentId', 's1');
  fixture.componentRef.setInput('studentName', 'Léa Müller');
  await fixture.whenStable();
  return { api, fixture, element: fixture.nativeElement as HTMLElement };
}

describe('SynthesisGradeComponent', () => {
  it('shows the student’s grade and saves a new one on its version', async () => {
    const { api, fixture, element } = await render(grades(true));
    const input = element.querySelector<HTMLInputElement>('input')!;
    expect(input.value).toBe('4,5');
    input.value = '5';
    input.dispatchEvent(new Event('input'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
    expect(api.setGrade).toHaveBeenCalledWith('a1', 's1', {
      score: 5,
      attempt: 1,
      expectedVersion: 3,
    });
    expect(element.textContent).toContain('assessments.synthesis.saved');
  });

  it('says how to grade when the talk has no synthesis assessment', async () => {
    const { element } = await render(grades(false));
    expect(element.querySelector('input')).toBeNull();
    expect(element.textContent).toContain('assessments.synthesis.none');
  });
});
