import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { NEVER, Subject, of } from 'rxjs';
import { PartnersApiService } from '../core/api/partners-api.service';
import { SpeakersApiService } from '../core/api/speakers-api.service';
import {
  type CreateSpeakerRequest,
  type SpeakerDetail,
  type SpeakerMatch,
} from '../core/api/types';
import { SpeakerFormPage, twinsOf } from './speaker-form.page';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class BlankPage {}

/** The speakers API with one pending answer per creation, sent by the test. */
class FakeSpeakersApi {
  readonly created: {
    body: CreateSpeakerRequest;
    confirmDistinct: boolean;
    answer: Subject<SpeakerDetail>;
  }[] = [];

  create(body: CreateSpeakerRequest, confirmDistinct = false): Subject<SpeakerDetail> {
    const answer = new Subject<SpeakerDetail>();
    this.created.push({ body, confirmDistinct, answer });
    return answer;
  }

  get() {
    return NEVER;
  }
}

const FREDERIC: SpeakerMatch = {
  id: 'speaker-frederic',
  fullName: 'Frédéric Müller',
  organisation: 'RTS',
  email: 'f.muller@rts.example',
  archived: false,
};

const conflict = (code: string, existing: SpeakerMatch[]) =>
  new HttpErrorResponse({
    status: 409,
    error: { type: 'about:blank', title: 'Conflict', status: 409, code, detail: 'x', existing },
  });

async function render() {
  const api = new FakeSpeakersApi();
  TestBed.configureTestingModule({
    imports: [
      SpeakerFormPage,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
    providers: [
      provideRouter([
        {
          path: 'speakers',
          children: [
            { path: 'new', component: SpeakerFormPage },
            { path: ':id', component: BlankPage },
          ],
        },
      ]),
      { provide: SpeakersApiService, useValue: api },
      {
        provide: PartnersApiService,
        useValue: { list: () => of({ items: [], total: 0, page: 1, size: 200 }) },
      },
    ],
  });
  const harness = await RouterTestingHarness.create();
  await harness.navigateByUrl('/speakers/new', SpeakerFormPage);
  const fixture = harness.fixture;
  await fixture.whenStable();
  const element = harness.routeNativeElement as HTMLElement;
  const type = async (name: string, value: string) => {
    const input = element.querySelector<HTMLInputElement>(`input[formcontrolname="${name}"]`);
    if (!input) throw new Error(`no input ${name}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    element.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  };
  const refuse = async (index: number, error: HttpErrorResponse) => {
    api.created[index]?.answer.error(error);
    await fixture.whenStable();
  };
  const offer = () => element.querySelector<HTMLElement>('[data-testid="speaker-twins"]');
  const distinct = () =>
    element.querySelector<HTMLButtonElement>('[data-testid="speaker-twin-distinct"]');
  return { api, fixture, element, type, submit, refuse, offer, distinct };
}

describe('SpeakerFormPage: twins', () => {
  it('offers the speaker of the same name, with a link to their page, and moves the focus there', async () => {
    const { api, element, type, submit, refuse, offer } = await render();
    await type('fullName', 'frederic muller');
    await submit();
    await refuse(0, conflict('speaker.possible_duplicate', [FREDERIC]));

    expect(api.created).toHaveLength(1);
    expect(api.created[0]?.confirmDistinct).toBe(false);
    const section = offer();
    expect(section?.textContent).toContain('Frédéric Müller');
    expect(section?.textContent).toContain('RTS · f.muller@rts.example');
    const use = section?.querySelector<HTMLAnchorElement>('[data-testid="speaker-twin-use"]');
    expect(use?.getAttribute('href')).toBe('/speakers/speaker-frederic');
    expect(document.activeElement).toBe(section?.querySelector('h2'));
    // The offer is not shown as an error of the form.
    expect(element.querySelector('.cq-form-error')).toBeNull();
  });

  it('creates the speaker anyway when told it is a different person', async () => {
    const { api, fixture, type, submit, refuse, distinct, offer } = await render();
    await type('fullName', 'Frédéric Müller');
    await submit();
    await refuse(0, conflict('speaker.possible_duplicate', [FREDERIC]));

    distinct()?.click();
    await fixture.whenStable();

    expect(api.created).toHaveLength(2);
    expect(api.created[1]).toMatchObject({
      confirmDistinct: true,
      body: { fullName: 'Frédéric Müller' },
    });
    expect(offer()).toBeNull();
  });

  it('offers the speaker with the same e-mail, with no way to make a twin of them', async () => {
    const { element, type, submit, refuse, offer, distinct } = await render();
    await type('fullName', 'F. Muller');
    await type('email', 'F.Muller@rts.example');
    await submit();
    await refuse(0, conflict('speaker.email_taken', [FREDERIC]));

    expect(offer()?.textContent).toContain('scheduling.speakers.twins.sameEmailTitle');
    expect(offer()?.querySelector('[data-testid="speaker-twin-use"]')).not.toBeNull();
    expect(distinct()).toBeNull();
    expect(
      element.querySelector('input[formcontrolname="email"]')?.getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('withdraws the offer once the name is changed, so the flag cannot confirm another name', async () => {
    const { type, submit, refuse, offer } = await render();
    await type('fullName', 'Frédéric Müller');
    await submit();
    await refuse(0, conflict('speaker.possible_duplicate', [FREDERIC]));
    expect(offer()).not.toBeNull();

    await type('fullName', 'Frédéric Müller-Fontaine');

    expect(offer()).toBeNull();
  });
});

describe('twinsOf', () => {
  const problem = (status: number, code: string, existing?: SpeakerMatch[]) => ({
    type: 'about:blank',
    title: 'x',
    status,
    code,
    existing,
  });

  it('reads the speakers of a twin 409, and nothing from another problem', () => {
    expect(twinsOf(problem(409, 'speaker.possible_duplicate', [FREDERIC]))).toEqual({
      sameEmail: false,
      existing: [FREDERIC],
    });
    expect(twinsOf(problem(409, 'speaker.email_taken', [FREDERIC]))?.sameEmail).toBe(true);
    // A 409 that names no one (an edit's e-mail clash): the plain e-mail error then.
    expect(twinsOf(problem(409, 'speaker.email_taken', []))).toBeNull();
    expect(twinsOf(problem(409, 'speaker.in_use', [FREDERIC]))).toBeNull();
    expect(twinsOf(problem(400, 'validation'))).toBeNull();
  });
});
