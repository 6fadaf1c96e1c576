import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  FormArray,
  FormBuilder,
  type FormGroup,
  type FormControl,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import {
  type Observable,
  catchError,
  concat,
  defer,
  last,
  map,
  of,
  switchMap,
  tap,
  throwError,
} from 'rxjs';
import { PartnersApiService } from '../core/api/partners-api.service';
import { toProblem } from '../core/api/problem';
import {
  type Partner,
  type PartnerContact,
  type Problem,
  type ProblemFieldError,
} from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { detailLoader } from '../shared/detail-loader';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { FeedbackService } from '../shared/feedback.service';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import {
  type ContactRow,
  contactBody,
  contactChanges,
  contactField,
  contactRow,
} from './contact-changes';
import { PartnerActionsService } from './partner-actions.service';

type ContactGroup = FormGroup<{
  id: FormControl<string | null>;
  name: FormControl<string>;
  role: FormControl<string>;
  email: FormControl<string>;
  phone: FormControl<string>;
}>;

type LoadState =
  | { kind: 'new' }
  | { kind: 'loading' }
  | { kind: 'ready'; partner: Partner }
  | { kind: 'error'; problem: Problem };

const PHONE_PATTERN = /^\+?[0-9 ().-]{4,30}$/;
const WEBSITE_PATTERN = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;
const CODE_TO_FIELD: Readonly<Record<string, string>> = { 'partner.name_taken': 'name' };

/** Admin: create a partner organisation with its contacts, or edit one (`/admin/partners/:id`). */
@Component({
  selector: 'cq-partner-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
    LocaleNumberPipe,
  ],
  providers: [PartnerActionsService],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partner-form.page.html',
  styleUrls: ['../shared/form-page.scss', './partner-form.page.scss'],
})
export class PartnerFormPage {
  private readonly api = inject(PartnersApiService);
  private readonly router = inject(Router);
  private readonly feedback = inject(FeedbackService);
  private readonly actions = inject(PartnerActionsService);
  private readonly fb = inject(FormBuilder);
  private readonly injector = inject(Injector);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly addContactButton = viewChild('addContactButton', {
    read: ElementRef<HTMLButtonElement>,
  });

  /** The partner's id (route parameter); none when creating. */
  readonly id = input<string>();

  private readonly loader = detailLoader({
    key: () => this.id(),
    load: (id) => this.api.get(id),
  });
  protected readonly state = computed<LoadState>(() => {
    const loaded = this.loader.state();
    switch (loaded.kind) {
      case 'idle':
        return { kind: 'new' };
      case 'ready':
        return { kind: 'ready', partner: loaded.value };
      case 'not-found':
      case 'error':
        return { kind: 'error', problem: loaded.problem };
      default:
        return { kind: 'loading' };
    }
  });
  protected readonly pending = signal(false);
  protected readonly formErrors = signal<(Problem | ServerError)[]>([]);
  /** The contacts as last saved (to know what to add, update and remove). */
  private readonly savedContacts = signal<PartnerContact[]>([]);

  protected readonly form = this.fb.nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(200)]],
    sector: ['', [Validators.maxLength(120)]],
    website: ['', [Validators.maxLength(500), Validators.pattern(WEBSITE_PATTERN)]],
    address: ['', [Validators.maxLength(500)]],
    contacts: new FormArray<ContactGroup>([]),
  });

  protected readonly editing = computed(() => this.id() !== undefined);
  protected readonly partner = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.partner : null;
  });

  constructor() {
    // Not loading: the loaded partner fills the form.
    effect(() => {
      const partner = this.loader.value();
      if (partner) untracked(() => this.fill(partner));
    });
  }

  protected get contacts(): FormArray<ContactGroup> {
    return this.form.controls.contacts;
  }

  protected addContact(): void {
    this.contacts.push(this.contactGroup({ id: null, name: '', role: '', email: '', phone: '' }));
    const index = this.contacts.length - 1;
    afterNextRender(
      () =>
        this.host.nativeElement.querySelector<HTMLInputElement>(`#contact-${index}-name`)?.focus(),
      { injector: this.injector },
    );
  }

  protected removeContact(index: number): void {
    this.contacts.removeAt(index);
    afterNextRender(
      () => {
        const next = Math.min(index, this.contacts.length - 1);
        const target =
          next >= 0
            ? this.host.nativeElement.querySelector<HTMLInputElement>(`#contact-${next}-name`)
            : this.addContactButton()?.nativeElement;
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  protected remove(partner: Partner): void {
    this.actions.remove(partner).subscribe(() => void this.router.navigate(['/admin/partners']));
  }

  protected submit(): void {
    if (this.pending()) return;
    this.form.markAllAsTouched();
    if (this.form.invalid) return;
    const value = this.form.getRawValue();
    const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
    const fields = {
      name: value.name.trim(),
      sector: orNull(value.sector),
      website: orNull(value.website),
      address: orNull(value.address),
    };
    const partner = this.partner();
    this.pending.set(true);
    this.formErrors.set([]);
    const save: Observable<Partner> = partner
      ? this.api.update(partner.id, fields).pipe(
          switchMap(() => this.saveContacts(partner.id, value.contacts)),
          switchMap(() => this.api.get(partner.id)),
        )
      : this.api.create({ ...fields, contacts: value.contacts.map(contactBody) });
    save.subscribe({
      next: (saved) => {
        this.pending.set(false);
        this.feedback.notify(partner ? 'partners.form.saved' : 'partners.form.created', {
          name: saved.name,
        });
        void this.router.navigate(['/admin/partners']);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.showProblem(error instanceof ContactProblem ? error.problem : toProblem(error));
      },
    });
  }

  /**
   * Adds, updates and removes contacts one after the other. Each success is recorded at once
   * (a new row gets its id), so saving again after an error sends only what is left.
   */
  private saveContacts(partnerId: string, rows: ContactRow[]): Observable<void> {
    const changes = contactChanges(this.savedContacts(), rows);
    const steps: Observable<unknown>[] = [
      ...changes.remove.map((contactId) =>
        defer(() => this.api.removeContact(partnerId, contactId)).pipe(
          tap(() => this.savedContacts.update((list) => list.filter((c) => c.id !== contactId))),
        ),
      ),
      ...changes.update.map(({ index, id, body }) =>
        defer(() => this.api.updateContact(partnerId, id, body)).pipe(
          tap((contact) => this.recordContact(contact)),
          catchError((error: unknown) => throwError(() => new ContactProblem(index, error))),
        ),
      ),
      ...changes.add.map(({ index, body }) =>
        defer(() => this.api.addContact(partnerId, body)).pipe(
          tap((contact) => {
            this.recordContact(contact);
            this.contacts.at(index)?.controls.id.setValue(contact.id);
          }),
          catchError((error: unknown) => throwError(() => new ContactProblem(index, error))),
        ),
      ),
    ];
    return concat(...steps, of(null)).pipe(
      last(),
      map(() => undefined),
    );
  }

  private recordContact(contact: PartnerContact): void {
    this.savedContacts.update((list) => [...list.filter((c) => c.id !== contact.id), contact]);
  }

  private showProblem(problem: Problem): void {
    const rest: ProblemFieldError[] = [];
    for (const error of problem.errors ?? []) {
      const target = contactField(error.field);
      const control = target ? this.contacts.at(target.index)?.get(target.name) : null;
      if (control) {
        control.setErrors({
          ...(control.errors ?? {}),
          server: { code: error.code, message: error.message },
        });
        control.markAsTouched();
      } else {
        rest.push(error);
      }
    }
    const remaining: Problem = { ...problem, errors: problem.errors ? rest : undefined };
    if (problem.errors && rest.length === 0) {
      this.formErrors.set([]);
      return;
    }
    this.formErrors.set(applyProblemToForm(this.form, remaining, CODE_TO_FIELD));
  }

  private fill(partner: Partner): void {
    this.form.reset({
      name: partner.name,
      sector: partner.sector ?? '',
      website: partner.website ?? '',
      address: partner.address ?? '',
    });
    this.contacts.clear();
    for (const contact of partner.contacts)
      this.contacts.push(this.contactGroup(contactRow(contact)));
    this.savedContacts.set(partner.contacts);
  }

  private contactGroup(row: ContactRow): ContactGroup {
    return this.fb.group({
      id: this.fb.control<string | null>(row.id),
      name: this.fb.nonNullable.control(row.name, [Validators.required, Validators.maxLength(120)]),
      role: this.fb.nonNullable.control(row.role, [Validators.maxLength(120)]),
      email: this.fb.nonNullable.control(row.email, [Validators.email, Validators.maxLength(320)]),
      phone: this.fb.nonNullable.control(row.phone, [Validators.pattern(PHONE_PATTERN)]),
    });
  }
}

/** A contact call failed: its field errors (e.g. `email`) are given the row, `contacts.<i>.email`. */
class ContactProblem {
  readonly problem: Problem;

  constructor(index: number, error: unknown) {
    const problem = toProblem(error);
    this.problem = {
      ...problem,
      errors: problem.errors?.map((e) => ({ ...e, field: `contacts.${index}.${e.field}` })),
    };
  }
}
