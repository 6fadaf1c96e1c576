import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject, of, throwError } from 'rxjs';
import { CohortsApiService } from '../core/api/cohorts-api.service';
import {
  type Assessment,
  AssessmentsApiService,
  type GradeCell,
  type Gradebook,
} from './assessments-api.service';
import { GradebookPage } from './gradebook.page';

jest.setTimeout(20_000);

const assessment: Assessment = {
  id: 'a1',
  cohortId: 'c1',
  moduleId: 'm1',
  moduleCode: 'I',
  moduleTitle: 'Stratégie',
  modulePosition: 1,
  sessionId: null,
  sessionTitle: null,
  title: 'Examen',
  kind: 'exam',
  coefficient: 1,
  dueOn: null,
  counts: true,
  fromProjectGrades: false,
  releasedAt: null,
  releasedBy: null,
  gradeCount: 0,
  createdAt: '2026-11-01T09:00:00Z',
  updatedAt: '2026-11-01T09:00:00Z',
};

const book: Gradebook = {
  cohortId: 'c1',
  cohortName: 'Volée test',
  programme: { scale: 'CH_6', gradeStep: 0.5, min: 1, max: 6, pass: 4 },
  modules: [{ id: 'm1', code: 'I', title: 'Stratégie', position: 1 }],
  assessments: [assessment],
  students: [
    { id: 's1', displayName: 'Léa Müller', email: 'lea@example.ch', status: 'active' },
    { id: 's2', displayName: 'Tom Rey', email: 'tom@example.ch', status: 'active' },
  ],
  cells: [],
  computed: [],
};

const cellOf = (studentId: string, score: number, version: number): GradeCell => ({
  assessmentId: 'a1',
  studentId,
  attempt: 1,
  score,
  comment: null,
  version,
  gradedBy: { id: 'i1', displayName: 'Sophie Mercier' },
  updatedAt: '2026-11-02T09:00:00Z',
});

class FakeApi {
  readonly writes: {
    kind: 'set' | 'clear';
    studentId: string;
    body?: unknown;
    version?: number;
  }[] = [];
  next: Subject<GradeCell> | null = null;
  gradebook = jest.fn(() => of(JSON.parse(JSON.stringify(book)) as Gradebook));
  cohortProgress = jest.fn(() => throwError(() => new HttpErrorResponse({ status: 404 })));
  studentProgress = jest.fn(() => throwError(() => new HttpErrorResponse({ status: 404 })));
  exportUrl = () => '/export.csv';
  setGrade(_a: string, studentId: string, body: { score: number }) {
    this.writes.push({ kind: 'set', studentId, body });
    this.next = new Subject<GradeCell>();
    return this.next;
  }
  clearGrade(_a: string, studentId: string, _attempt: number, version: number) {
    this.writes.push({ kind: 'clear', studentId, version });
    return of(undefined);
  }
}

async function render() {
  const api = new FakeApi();
  TestBed.configureTestingModule({
    imports: [
      GradebookPage,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: AssessmentsApiService, useValue: api },
      {
        provide: CohortsApiService,
        useValue: { list: () => of({ items: [{ id: 'c1', name: 'Volée test' }], total: 1 }) },
      },
    ],
  });
  const fixture = TestBed.createComponent(GradebookPage);
  fixture.componentRef.setInput('cohort', 'c1');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const grid = () => element.querySelector<HTMLTableElement>('table[role="grid"]')!;
  const cell = (row: number, col: number) =>
    element.querySelector<HTMLElement>(`td[data-row="${row}"][data-col="${col}"]`)!;
  const key = async (target: HTMLElement, k: string, extra: KeyboardEventInit = {}) => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...extra }));
    await fixture.whenStable();
  };
  const editor = () => element.querySelector<HTMLInputElement>('input.editor');
  return { api, fixture, element, grid, cell, key, editor };
}

describe('GradebookPage', () => {
  it('starts editing on a typed digit and saves 4,5 as 4.5 on Enter, based on no version', async () => {
    const { api, fixture, cell, key, editor } = await render();
    await key(cell(0, 0), '4');
    const input = editor()!;
    input.value = '4,5';
    input.dispatchEvent(new Event('input'));
    await key(input, 'Enter');
    expect(api.writes).toEqual([
      { kind: 'set', studentId: 's1', body: { score: 4.5, attempt: 1, expectedVersion: null } },
    ]);
    api.next!.next(cellOf('s1', 4.5, 1));
    api.next!.complete();
    await fixture.whenStable();
    expect(cell(0, 0).textContent).toContain('4,5');
    expect(cell(0, 0).textContent).toContain('assessments.gradebook.stateSaved');
  });

  it('refuses a grade off the step without sending it', async () => {
    const { api, cell, key, editor } = await render();
    await key(cell(0, 0), 'Enter');
    const input = editor()!;
    input.value = '4,25';
    input.dispatchEvent(new Event('input'));
    await key(input, 'Enter');
    expect(api.writes).toEqual([]);
    expect(cell(0, 0).textContent).toContain('assessments.gradebook.stateInvalid');
  });

  it('cancels an edit on Escape', async () => {
    const { api, cell, key, editor } = await render();
    await key(cell(0, 0), '5');
    await key(editor()!, 'Escape');
    expect(editor()).toBeNull();
    expect(api.writes).toEqual([]);
  });

  it('shows a stale change in the cell with the other value and who set it', async () => {
    const { api, fixture, cell, key, editor } = await render();
    await key(cell(0, 0), '5');
    await key(editor()!, 'Enter');
    api.next!.error(
      new HttpErrorResponse({
        status: 409,
        error: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          code: 'grade.stale',
          current: cellOf('s1', 3, 2),
        },
      }),
    );
    await fixture.whenStable();
    expect(cell(0, 0).textContent).toContain('3');
    expect(cell(0, 0).textContent).toContain('assessments.gradebook.conflictCell');
  });

  it('undoes the last saved change with Ctrl+Z', async () => {
    const { api, fixture, cell, key, editor } = await render();
    await key(cell(0, 0), '5');
    await key(editor()!, 'Enter');
    api.next!.next(cellOf('s1', 5, 1));
    api.next!.complete();
    await fixture.whenStable();
    await key(cell(1, 0), 'z', { ctrlKey: true });
    expect(api.writes.at(-1)).toEqual({ kind: 'clear', studentId: 's1', version: 1 });
    await fixture.whenStable();
    expect(cell(0, 0).querySelector('.value')?.textContent).toBe('');
  });
});

describe('GradebookPage, typed fast', () => {
  it('keeps the keys typed before the editor has the focus', async () => {
    const { api, cell, key, editor } = await render();
    const td = cell(0, 0);
    td.dispatchEvent(new KeyboardEvent('keydown', { key: '4', bubbles: true }));
    td.dispatchEvent(new KeyboardEvent('keydown', { key: ',', bubbles: true }));
    td.dispatchEvent(new KeyboardEvent('keydown', { key: '5', bubbles: true }));
    await key(td, 'Enter');
    expect(editor()).toBeNull();
    expect(api.writes).toEqual([
      { kind: 'set', studentId: 's1', body: { score: 4.5, attempt: 1, expectedVersion: null } },
    ]);
  });
});
