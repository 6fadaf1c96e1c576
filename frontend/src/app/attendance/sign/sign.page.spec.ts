import { HttpErrorResponse, provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type Observable, of, throwError } from 'rxjs';
import {
  AttendanceApiService,
  type AttendanceMark,
  type MyAttendance,
  type SignAttendanceRequest,
} from '../attendance-api.service';
import { SignaturePadComponent } from '../signature-pad.component';
import { SignPage } from './sign.page';

jest.setTimeout(20_000);

/** The pad draws on a canvas jsdom does not have: a stand-in with nothing drawn. */
@Component({
  selector: 'cq-signature-pad',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class NoCanvasPad {
  readonly label = input('');
  readonly name = input('');
}

const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

function mine(overrides: Partial<MyAttendance> = {}): MyAttendance {
  return {
    session: {
      id: 's1',
      title: 'Stratégie de contenu',
      startsAt: minutes(-5),
      endsAt: minutes(60),
      cancelled: false,
      online: false,
      roomName: 'Salle Gutenberg',
      cohortId: 'c1',
      cohortName: 'MCMS',
      programmeTitle: 'MCMS',
      moduleTitle: null,
      timeZone: 'Europe/Zurich',
    },
    parts: [
      {
        part: 0,
        startsAt: minutes(-5),
        endsAt: minutes(60),
        opensAt: minutes(-20),
        closesAt: minutes(60),
        open: true,
        held: false,
        taken: false,
        certifications: [],
      },
    ],
    currentPart: 0,
    tokenRequired: true,
    marks: [{ part: 0, status: null, excuseReason: null, signedAt: null, signatureMethod: null }],
    ...overrides,
  };
}

class FakeApi {
  signs: SignAttendanceRequest[] = [];
  answer: () => Observable<AttendanceMark> = () =>
    of({
      part: 0,
      status: 'present',
      excuseReason: null,
      signedAt: new Date().toISOString(),
      signatureMethod: 'confirmed',
    });
  constructor(private readonly state: MyAttendance) {}
  mine() {
    return of(this.state);
  }
  sign(body: SignAttendanceRequest) {
    this.signs.push(body);
    return this.answer();
  }
}

async function render(state: MyAttendance, token?: string) {
  const api = new FakeApi(state);
  TestBed.configureTestingModule({
    imports: [
      SignPage,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideRouter([]),
      provideHttpClient(),
      provideHttpClientTesting(),
      { provide: AttendanceApiService, useValue: api },
    ],
  });
  TestBed.overrideComponent(SignPage, {
    remove: { imports: [SignaturePadComponent] },
    add: { imports: [NoCanvasPad] },
  });
  const fixture = TestBed.createComponent(SignPage);
  fixture.componentRef.setInput('sessionId', 's1');
  if (token) fixture.componentRef.setInput('t', token);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  const find = (id: string) => element.querySelector(`[data-testid="${id}"]`);
  return { api, fixture, element, find };
}

describe('the sign page', () => {
  it('says when signing is closed, and offers nothing to sign', async () => {
    const { find } = await render(
      mine({ currentPart: null, parts: [{ ...mine().parts[0], open: false }] }),
      'code',
    );
    expect(find('sign-closed')).not.toBeNull();
    expect(find('sign-confirm')).toBeNull();
  });

  it('asks to scan the room’s code when it came without one', async () => {
    const { find } = await render(mine());
    expect(find('sign-no-code')).not.toBeNull();
    expect(find('sign-submit')).toBeNull();
  });

  it('says it is already signed', async () => {
    const signedAt = minutes(-2);
    const { find } = await render(
      mine({
        marks: [
          { part: 0, status: 'present', excuseReason: null, signedAt, signatureMethod: 'drawn' },
        ],
      }),
      'code',
    );
    expect(find('sign-already')).not.toBeNull();
  });

  it('confirms without drawing, with the room’s code (keyboard path)', async () => {
    const { api, fixture, find } = await render(mine(), 'the-code');
    (find('sign-confirm') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(api.signs).toEqual([
      { sessionId: 's1', part: 0, method: 'confirmed', token: 'the-code' },
    ]);
    expect(find('sign-done')).not.toBeNull();
  });

  it('shows why a stale code is refused', async () => {
    const { api, fixture, find } = await render(mine(), 'old');
    api.answer = () =>
      throwError(
        () =>
          new HttpErrorResponse({
            status: 400,
            error: {
              type: 'about:blank',
              title: 'Bad Request',
              status: 400,
              code: 'attendance.token_invalid',
            },
          }),
      );
    (find('sign-confirm') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(find('sign-problem')).not.toBeNull();
    expect(find('sign-done')).toBeNull();
  });
});
