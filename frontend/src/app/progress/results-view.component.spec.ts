import { registerLocaleData } from '@angular/common';
import localeFrCh from '@angular/common/locales/fr-CH';
import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type StudentProgressDetails } from './progress-api.service';
import { ResultsViewComponent } from './results-view.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);
registerLocaleData(localeFrCh, 'fr-CH');

const DETAILS: StudentProgressDetails = {
  cohort: { id: 'c1', name: 'MCMS 2026–2027', startsOn: '2026-09-01', endsOn: '2027-06-30' },
  programme: {
    id: 'p1',
    code: 'MCMS',
    title: 'Management de communautés',
    scale: 'CH_6',
    gradeStep: 0.5,
    pass: 4,
    min: 1,
    max: 6,
    weighting: 'coefficient',
    finalRounding: 0.5,
    compensation: true,
  },
  periods: [],
  groups: [],
  modules: [
    {
      id: 'm1',
      code: 'I',
      title: 'Stratégie',
      kind: 'course',
      position: 1,
      ects: 5,
      coefficient: 1,
      periodId: null,
      groupId: null,
    },
    {
      id: 'm2',
      code: 'II',
      title: 'Contenus',
      kind: 'course',
      position: 2,
      ects: 5,
      coefficient: 2,
      periodId: null,
      groupId: null,
    },
  ],
  rules: [],
  student: {
    studentId: 's1',
    displayName: 'Camille Rochat',
    modules: [
      {
        moduleId: 'm1',
        average: 3.5,
        passed: false,
        compensated: true,
        complete: true,
        kept: false,
      },
      { moduleId: 'm2', average: 5, passed: true, compensated: false, complete: true, kept: false },
    ],
    periods: [],
    groups: [],
    projectGrade: null,
    attendanceRate: 72,
    overallAverage: 4.5,
    overallComplete: true,
    rules: [
      {
        ruleId: 'r1',
        kind: 'attendance',
        met: false,
        reason: { code: 'attendance.not_met', params: { value: 72, threshold: 80 } },
      },
      {
        ruleId: null,
        kind: 'modules_passed',
        met: true,
        reason: { code: 'modules_passed.compensated', params: { pass: 4, count: 1 } },
      },
    ],
    outcome: 'not_met',
  },
  grades: [
    {
      assessmentId: 'a1',
      moduleId: 'm1',
      title: 'Examen écrit',
      kind: 'exam',
      coefficient: 2,
      dueOn: null,
      firstScore: 3.5,
      resitScore: null,
      score: 3.5,
    },
  ],
};

describe('ResultsViewComponent', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [
        ResultsViewComponent,
        TranslocoTestingModule.forRoot({
          langs: { fr: {} },
          translocoConfig: { defaultLang: 'fr' },
        }),
      ],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const fixture = TestBed.createComponent(ResultsViewComponent);
    fixture.componentRef.setInput('details', DETAILS);
    await fixture.whenStable();
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  // The test module renders translation keys (the texts themselves: the e2e journey).
  it('says which requirement is missing and which is met, numbers in French', async () => {
    const rules = [...(await render()).querySelectorAll('ul.rules li')].map(
      (li) => li.textContent ?? '',
    );
    expect(rules[0]).toContain('progress.rules.notMet');
    expect(rules[0]).toContain('progress.reason.attendance.not_met');
    expect(rules[1]).toContain('progress.rules.met');
    expect(rules[1]).toContain('progress.reason.modules_passed.compensated');
  });

  it('shows the outcome, the overall average and the attendance in the locale', async () => {
    const el = await render();
    expect(el.querySelector('.outcome')?.className).toContain('not_met');
    expect(el.querySelector('.summary')?.textContent).toMatch(/4,5[\s\S]*72 %/);
  });

  it('shows each module with its state and its released grades with their coefficient', async () => {
    const el = await render();
    const modules = [...el.querySelectorAll('li.module')].map((li) => li.textContent ?? '');
    expect(modules[0]).toContain('I Stratégie');
    expect(modules[0]).toContain('progress.moduleState.compensated');
    expect(modules[0]).toContain('Examen écrit');
    expect(modules[0]).toContain('3,5');
    expect(modules[1]).toContain('progress.moduleState.passed');
    expect(modules[1]).toContain('progress.modules.noGrades');
    const link = el.querySelector('a[download]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/api/cohorts/c1/students/s1/transcript.pdf?lang=fr');
  });
});
