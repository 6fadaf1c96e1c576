import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { Subject } from 'rxjs';
import { ProjectsApiService } from '../core/api/projects-api.service';
import {
  type Milestone,
  type MilestoneDetail,
  type ProjectPermissions,
  type Submission,
} from '../core/api/types';
import { MilestoneCardComponent } from './milestone-card.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

const MILESTONE: Milestone = {
  id: 'proposal',
  title: 'Proposition de projet',
  kind: 'proposal',
  position: 1,
  expectations: '',
  dueAt: '2026-11-20T22:59:00Z',
  originalDueAt: '2026-11-20T22:59:00Z',
  extended: false,
  status: 'submitted',
  submissionCount: 1,
  feedbackCount: 0,
  latestVersion: 1,
  latestSubmittedAt: '2026-11-19T10:00:00Z',
};

const READER: ProjectPermissions = {
  canComment: false,
  canEdit: false,
  canEditTeam: false,
  canGrade: false,
  canManageMentorLink: false,
  canManageMilestones: false,
  canUpload: false,
  isTeamMember: false,
  isTutor: false,
  transitions: [],
};

function version(milestone: Milestone, n: number): Submission {
  return {
    id: `${milestone.id}-v${n}`,
    milestoneId: milestone.id,
    version: n,
    originalName: `proposition-v${n}.pdf`,
    contentType: 'application/pdf',
    sizeBytes: 1024,
    sha256: 'a'.repeat(64),
    downloadUrl: `/api/submissions/${milestone.id}-v${n}/file`,
    dueAt: milestone.dueAt,
    late: false,
    submittedAt: '2026-11-19T10:00:00Z',
    uploadedBy: 'Léa Favre',
  };
}

function detail(milestone: Milestone, versions: number): MilestoneDetail {
  return {
    ...milestone,
    projectId: 'project',
    extensions: [],
    feedback: [],
    submissions: Array.from({ length: versions }, (_, i) => version(milestone, versions - i)),
  };
}

/** The projects API with one pending answer per request, sent by the test. */
class FakeProjectsApi {
  readonly requests: { id: string; answer: Subject<MilestoneDetail> }[] = [];

  milestone(id: string): Subject<MilestoneDetail> {
    const answer = new Subject<MilestoneDetail>();
    this.requests.push({ id, answer });
    return answer;
  }

  answer(index: number, value: MilestoneDetail): void {
    this.requests[index].answer.next(value);
    this.requests[index].answer.complete();
  }
}

async function render() {
  const api = new FakeProjectsApi();
  TestBed.configureTestingModule({
    imports: [
      MilestoneCardComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: ProjectsApiService, useValue: api },
    ],
  });
  const fixture = TestBed.createComponent(MilestoneCardComponent);
  fixture.componentRef.setInput('milestone', MILESTONE);
  fixture.componentRef.setInput('permissions', READER);
  fixture.componentRef.setInput('timeZone', 'Europe/Zurich');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    api,
    fixture,
    /** The file names of the versions listed. */
    versions: () => (element.textContent?.match(/proposition-v\d\.pdf/g) ?? []).sort(),
    progressBar: () => element.querySelector('mat-progress-bar'),
    handIn: async (milestone: Milestone) => {
      fixture.componentRef.setInput('milestone', milestone);
      await fixture.whenStable();
    },
  };
}

describe('MilestoneCardComponent', () => {
  it('keeps the versions on screen while it reloads a newer copy of the milestone', async () => {
    const { api, fixture, versions, progressBar, handIn } = await render();
    api.answer(0, detail(MILESTONE, 1));
    await fixture.whenStable();
    expect(versions()).toEqual(['proposition-v1.pdf']);

    const newer = { ...MILESTONE, submissionCount: 2, latestVersion: 2 };
    await handIn(newer);

    expect(api.requests.map((r) => r.id)).toEqual(['proposal', 'proposal']);
    expect(versions()).toEqual(['proposition-v1.pdf']);
    expect(progressBar()).toBeNull();
    api.answer(1, detail(newer, 2));
    await fixture.whenStable();
    expect(versions()).toEqual(['proposition-v1.pdf', 'proposition-v2.pdf']);
  });

  it('shows the newest copy’s details when the answer for an older copy comes late', async () => {
    const { api, fixture, versions, handIn } = await render();
    api.answer(0, detail(MILESTONE, 1));
    await fixture.whenStable();

    await handIn({ ...MILESTONE, submissionCount: 2 });
    const newest = { ...MILESTONE, submissionCount: 3 };
    await handIn(newest);
    api.answer(2, detail(newest, 3));
    api.answer(1, detail(MILESTONE, 2));
    await fixture.whenStable();

    expect(versions()).toEqual(['proposition-v1.pdf', 'proposition-v2.pdf', 'proposition-v3.pdf']);
  });

  it('shows the progress bar only until the details first arrive', async () => {
    const { api, fixture, versions, progressBar } = await render();
    expect(progressBar()).not.toBeNull();
    expect(versions()).toEqual([]);

    api.answer(0, detail(MILESTONE, 1));
    await fixture.whenStable();

    expect(progressBar()).toBeNull();
  });
});
