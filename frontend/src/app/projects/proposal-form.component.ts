import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormBuilder,
  ReactiveFormsModule,
  type ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { startWith } from 'rxjs';
import { toProblem } from '../core/api/problem';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type CreateProjectRequest, type ProjectDetail, type MyProgramme } from '../core/api/types';
import { applyProblemToForm, type ServerError } from '../core/forms/problem-form-errors';
import { ControlErrorsComponent } from '../shared/control-errors.component';
import { ErrorMessagePipe } from '../shared/error-message.pipe';

/** http(s) addresses only, as the API takes them. */
const WEB_URL = /^https?:\/\/[^\s/$.?#].[^\s]*$/i;

/** A mentor's details need the mentor's name. */
function mentorNamed(group: AbstractControl): ValidationErrors | null {
  const v = group.value as {
    mentorName: string;
    mentorRole: string;
    mentorEmail: string;
    mentorPhone: string;
  };
  const any = [v.mentorRole, v.mentorEmail, v.mentorPhone].some((x) => x.trim());
  return any && !v.mentorName.trim() ? { mentorNameMissing: true } : null;
}

/**
 * A student proposes a project in their cohort: title, the partner's problem, the partner
 * (their employer or another organisation, typed in), the mentor there, a preferred tutor and
 * classmates in the team.
 */
@Component({
  selector: 'cq-proposal-form',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    TranslocoPipe,
    ControlErrorsComponent,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './proposal-form.component.html',
  styleUrl: './proposal-form.component.scss',
})
export class ProposalFormComponent {
  readonly programme = input.required<MyProgramme>();
  readonly proposed = output<ProjectDetail>();

  private readonly api = inject(ProjectsApiService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly pending = signal(false);
  protected readonly formErrors = signal<ServerError[]>([]);
  protected readonly employer = computed(() => this.programme().enrolment.employer);

  protected readonly form = inject(FormBuilder).nonNullable.group(
    {
      title: ['', [Validators.required, Validators.maxLength(200)]],
      brief: ['', [Validators.maxLength(20000)]],
      partnerChoice: ['new' as 'employer' | 'new'],
      partnerName: ['', [Validators.maxLength(200)]],
      partnerSector: ['', [Validators.maxLength(200)]],
      partnerWebsite: ['', [Validators.maxLength(500), Validators.pattern(WEB_URL)]],
      mentorName: ['', [Validators.maxLength(200)]],
      mentorRole: ['', [Validators.maxLength(200)]],
      mentorEmail: ['', [Validators.email, Validators.maxLength(320)]],
      mentorPhone: ['', [Validators.maxLength(50)]],
      tutorId: [null as string | null],
      memberIds: [[] as string[]],
    },
    { validators: mentorNamed },
  );

  protected readonly partnerChoice = toSignal(
    this.form.controls.partnerChoice.valueChanges.pipe(
      startWith(this.form.controls.partnerChoice.value),
    ),
    { requireSync: true },
  );

  protected submit(): void {
    if (this.pending()) return;
    const v = this.form.getRawValue();
    const newPartner = v.partnerChoice === 'new';
    const name = this.form.controls.partnerName;
    if (newPartner && !v.partnerName.trim()) name.setErrors({ required: true });
    this.form.markAllAsTouched();
    if (this.form.invalid) {
      this.focusFirstInvalid();
      return;
    }

    const employer = this.employer();
    const body: CreateProjectRequest = {
      cohortId: this.programme().cohort.id,
      title: v.title.trim(),
      brief: v.brief.trim(),
      ...(newPartner || !employer
        ? {
            newPartner: {
              name: v.partnerName.trim(),
              sector: v.partnerSector.trim() || null,
              website: v.partnerWebsite.trim() || null,
            },
          }
        : { partnerId: employer.id }),
      ...(v.mentorName.trim()
        ? {
            newMentor: {
              name: v.mentorName.trim(),
              role: v.mentorRole.trim() || null,
              email: v.mentorEmail.trim() || null,
              phone: v.mentorPhone.trim() || null,
            },
          }
        : {}),
      ...(v.tutorId ? { tutorId: v.tutorId } : {}),
      ...(v.memberIds.length ? { memberIds: v.memberIds } : {}),
    };
    this.pending.set(true);
    this.formErrors.set([]);
    this.api.create(body).subscribe({
      next: (project) => {
        this.pending.set(false);
        this.proposed.emit(project);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.formErrors.set(applyProblemToForm(this.form, toProblem(error)));
      },
    });
  }

  /** Takes the keyboard (and the eye) to the first field to fix. */
  private focusFirstInvalid(): void {
    // After the next rendering, which marks the fields invalid.
    setTimeout(() =>
      this.host.nativeElement
        .querySelector<HTMLElement>('input.ng-invalid, textarea.ng-invalid, mat-select.ng-invalid')
        ?.focus(),
    );
  }
}
