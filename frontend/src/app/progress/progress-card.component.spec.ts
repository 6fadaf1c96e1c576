import { registerLocaleData } from '@angular/common';
import localeFrCh from '@angular/common/locales/fr-CH';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { ProgressCardComponent } from './progress-card.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);
registerLocaleData(localeFrCh, 'fr-CH');

describe('ProgressCardComponent', () => {
  async function render() {
    TestBed.configureTestingModule({
      imports: [
        ProgressCardComponent,
        TranslocoTestingModule.forRoot({
          langs: { fr: {} },
          translocoConfig: { defaultLang: 'fr' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: AuthService, useValue: { me: signal({ id: 's1' }) } },
      ],
    });
    const fixture = TestBed.createComponent(ProgressCardComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, http: TestBed.inject(HttpTestingController) };
  }

  it("loads the signed-in student's progress in her cohort and says what is missing", async () => {
    const { fixture, http } = await render();
    http.expectOne('/api/me/programme').flush({ cohort: { id: 'c1' } });
    http.expectOne('/api/cohorts/c1/progress/students/s1').flush({
      studentId: 's1',
      overallAverage: 4.5,
      attendanceRate: 72,
      outcome: 'not_met',
      rules: [
        {
          ruleId: 'r1',
          kind: 'attendance',
          met: false,
          reason: { code: 'attendance.not_met', params: { value: 72, threshold: 80 } },
        },
        {
          ruleId: 'r2',
          kind: 'project_grade',
          met: null,
          reason: { code: 'project_grade.pending', params: { threshold: 4 } },
        },
      ],
    });
    await fixture.whenStable();
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('progress.outcome.not_met');
    expect(text).toContain('progress.reason.attendance.not_met');
    expect(text).toContain('progress.card.toCome');
    const link = (fixture.nativeElement as HTMLElement).querySelector('a');
    expect(link?.getAttribute('href')).toBe('/student/results');
  });

  it('shows nothing to a student enrolled nowhere', async () => {
    const { fixture, http } = await render();
    http.expectOne('/api/me/programme').flush({}, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).querySelector('mat-card')).toBeNull();
  });
});
