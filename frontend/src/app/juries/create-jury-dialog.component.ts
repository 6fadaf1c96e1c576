import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslocoPipe } from '@jsverse/transloco';
import { toProblem } from '../core/api/problem';
import { type Cohort, type Problem, type UserSummary } from '../core/api/types';
import { UsersApiService } from '../core/api/users-api.service';
import { ErrorMessagePipe } from '../shared/error-message.pipe';
import { type JuryBoard, JuriesApiService } from './juries-api.service';

export interface CreateJuryDialogData {
  cohorts: Cohort[];
  cohortId: string | null;
  today: string;
}

interface MemberRow {
  userId: string | null;
  name: string;
  role: string;
}

/** A new jury: cohort, date, members (staff picked from a list, externals by name). */
@Component({
  selector: 'cq-create-jury-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSelectModule,
    TranslocoPipe,
    ErrorMessagePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'juries.create.title' | transloco }}</h2>
    <form (ngSubmit)="save()" #form="ngForm">
      <mat-dialog-content class="content">
        <mat-form-field appearance="outline">
          <mat-label>{{ 'juries.cohort' | transloco }}</mat-label>
          <mat-select name="cohort" [(ngModel)]="cohortId" required data-testid="jury-cohort">
            @for (c of data.cohorts; track c.id) {
              <mat-option [value]="c.id">{{ c.name }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ 'juries.heldOn' | transloco }}</mat-label>
          <input
            matInput
            type="date"
            name="heldOn"
            [(ngModel)]="heldOn"
            required
            data-testid="jury-date"
          />
        </mat-form-field>

        <h3 id="cq-jury-members">{{ 'juries.members' | transloco }}</h3>
        <ul class="members" aria-labelledby="cq-jury-members">
          @for (m of members(); track $index; let i = $index) {
            <li class="member">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="name">
                <mat-label>{{ 'juries.create.name' | transloco }}</mat-label>
                <input
                  matInput
                  [name]="'name' + i"
                  [(ngModel)]="m.name"
                  [readonly]="!!m.userId"
                  required
                  maxlength="200"
                  [attr.data-testid]="'member-name-' + i"
                />
                @if (m.userId) {
                  <mat-hint>{{ 'juries.create.internal' | transloco }}</mat-hint>
                }
              </mat-form-field>
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="role">
                <mat-label>{{ 'juries.create.role' | transloco }}</mat-label>
                <input
                  matInput
                  [name]="'role' + i"
                  [(ngModel)]="m.role"
                  maxlength="200"
                  [attr.data-testid]="'member-role-' + i"
                />
              </mat-form-field>
              <button
                mat-icon-button
                type="button"
                (click)="remove(i)"
                [attr.aria-label]="'juries.create.remove' | transloco: { name: m.name }"
              >
                <mat-icon>delete</mat-icon>
              </button>
            </li>
          }
        </ul>
        <div class="add">
          <mat-form-field appearance="outline" subscriptSizing="dynamic" class="staff">
            <mat-label>{{ 'juries.create.addStaff' | transloco }}</mat-label>
            <mat-select (valueChange)="addStaff($event)" [value]="null" data-testid="add-staff">
              @for (u of staff(); track u.id) {
                <mat-option [value]="u">{{ u.displayName }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
          <button
            mat-stroked-button
            type="button"
            (click)="addExternal()"
            data-testid="add-external"
          >
            <mat-icon>person_add</mat-icon> {{ 'juries.create.addExternal' | transloco }}
          </button>
        </div>
        @if (problem(); as problem) {
          <p class="cq-form-error" role="alert">
            <mat-icon>error</mat-icon><span>{{ problem | cqErrorMessage: 'juries' }}</span>
          </p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'common.cancel' | transloco }}</button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="pending() || !members().length"
          data-testid="jury-create-submit"
        >
          {{ 'juries.create.submit' | transloco }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .content {
      display: flex;
      flex-direction: column;
      gap: 4px;
      min-width: min(560px, calc(100vw - 80px));
    }
    .members {
      list-style: none;
      padding: 0;
      margin: 0 0 8px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .member {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .name,
    .role {
      flex: 1 1 200px;
    }
    .add {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    .staff {
      flex: 1 1 220px;
    }
    h3 {
      margin: 8px 0 4px;
    }
  `,
})
export class CreateJuryDialogComponent {
  protected readonly data = inject<CreateJuryDialogData>(MAT_DIALOG_DATA);
  private readonly ref = inject(MatDialogRef<CreateJuryDialogComponent, JuryBoard>);
  private readonly api = inject(JuriesApiService);
  private readonly users = inject(UsersApiService);

  protected cohortId = this.data.cohortId ?? this.data.cohorts[0]?.id ?? '';
  protected heldOn = this.data.today;
  protected readonly members = signal<MemberRow[]>([]);
  protected readonly staff = signal<UserSummary[]>([]);
  protected readonly pending = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  constructor() {
    for (const role of ['instructor', 'admin'] as const) {
      this.users.list({ page: 1, size: 100, role }).subscribe({
        next: ({ items }) => this.staff.update((s) => [...s, ...items]),
        error: (error: unknown) => this.problem.set(toProblem(error)),
      });
    }
  }

  protected addStaff(user: UserSummary | null): void {
    if (!user || this.members().some((m) => m.userId === user.id)) return;
    this.members.update((m) => [...m, { userId: user.id, name: user.displayName, role: '' }]);
  }

  protected addExternal(): void {
    this.members.update((m) => [...m, { userId: null, name: '', role: '' }]);
  }

  protected remove(index: number): void {
    this.members.update((m) => m.filter((_, i) => i !== index));
  }

  protected save(): void {
    if (!this.cohortId || !this.heldOn) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .create({
        cohortId: this.cohortId,
        heldOn: this.heldOn,
        members: this.members().map((m) =>
          m.userId
            ? { userId: m.userId, role: m.role.trim() || null }
            : { name: m.name.trim(), role: m.role.trim() || null },
        ),
      })
      .subscribe({
        next: (board) => this.ref.close(board),
        error: (error: unknown) => {
          this.pending.set(false);
          this.problem.set(toProblem(error));
        },
      });
  }
}
