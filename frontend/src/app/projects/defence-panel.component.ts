import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { filter } from 'rxjs';
import { ProjectsApiService } from '../core/api/projects-api.service';
import { type ProjectDefence, type ProjectDetail } from '../core/api/types';
import { DateFormatPipe } from '../core/i18n/date-format.pipe';
import { DefenceDialogComponent, type DefenceDialogData } from './defence-dialog.component';
import { ProjectMessagesService } from './project-messages.service';

/** The defence: when, where, who sits on the jury; the tutor schedules, moves or cancels it. */
@Component({
  selector: 'cq-defence-panel',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe, DateFormatPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (project().defence; as d) {
      <dl class="facts">
        <dt>{{ 'projects.defence.when' | transloco }}</dt>
        <dd>
          {{ [d.startsAt, d.endsAt] | cqDate: 'dateTimeRange' : d.timeZone }}
        </dd>
        <dt>{{ 'projects.defence.where' | transloco }}</dt>
        <dd>
          @if (d.room) {
            {{ d.room.name }}, {{ d.room.address }}
          }
          @if (d.onlineUrl) {
            <a [href]="d.onlineUrl" target="_blank" rel="noopener">{{
              'projects.defence.online' | transloco
            }}</a>
          }
          @if (!d.room && !d.onlineUrl) {
            {{ 'projects.defence.placeTbd' | transloco }}
          }
        </dd>
        <dt>{{ 'projects.defence.jury' | transloco }}</dt>
        <dd>
          @for (j of d.jury; track j.id) {
            {{ j.displayName }}{{ $last ? '' : ', ' }}
          }
          @if (d.mentorAttends && d.mentorName) {
            · {{ 'projects.defence.withMentor' | transloco: { name: d.mentorName } }}
          }
        </dd>
      </dl>
    } @else {
      <p>{{ 'projects.defence.none' | transloco }}</p>
    }
    @if (canSchedule()) {
      <div class="actions">
        <button mat-stroked-button type="button" (click)="schedule()">
          <mat-icon>event</mat-icon>
          {{
            (project().defence ? 'projects.defence.move' : 'projects.defence.schedule') | transloco
          }}
        </button>
        @if (project().defence) {
          <button mat-button type="button" (click)="cancel()">
            <mat-icon>event_busy</mat-icon>{{ 'projects.defence.cancel' | transloco }}
          </button>
        }
      </div>
    }
  `,
  styles: `
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 4px 16px;
      margin: 0 0 12px;
    }
    dt {
      font-weight: 500;
    }
    dd {
      margin: 0;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
  `,
})
export class DefencePanelComponent {
  readonly project = input.required<ProjectDetail>();
  readonly canSchedule = input(false);
  readonly changed = output<void>();

  private readonly api = inject(ProjectsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly messages = inject(ProjectMessagesService);

  protected schedule(): void {
    const p = this.project();
    this.dialog
      .open<DefenceDialogComponent, DefenceDialogData, ProjectDefence>(DefenceDialogComponent, {
        data: {
          projectId: p.id,
          cohortId: p.cohort.id,
          tutorId: p.tutor?.id ?? null,
          mentorName: p.mentor?.name ?? null,
          defence: p.defence,
          timeZone: p.timeZone,
        },
        width: '600px',
        maxWidth: 'calc(100vw - 32px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() => {
        this.messages.notify('projects.defence.scheduled');
        this.changed.emit();
      });
  }

  protected cancel(): void {
    this.messages
      .confirm({
        title: 'projects.defence.cancelTitle',
        message: 'projects.defence.cancelMessage',
        confirm: 'projects.defence.cancel',
      })
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.api.cancelDefence(this.project().id).subscribe({
          next: () => {
            this.messages.notify('projects.defence.cancelled');
            this.changed.emit();
          },
          error: (error: unknown) => this.messages.error(error),
        }),
      );
  }
}
