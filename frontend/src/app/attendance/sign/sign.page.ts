import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { toProblem } from '../../core/api/problem';
import { type Problem } from '../../core/api/types';
import { AuthService } from '../../core/auth/auth.service';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { DateFormatService } from '../../core/i18n/date-format.service';
import { detailLoader } from '../../shared/detail-loader';
import { ErrorMessagePipe } from '../../shared/error-message.pipe';
import { LoadFailureComponent } from '../../shared/load-failure.component';
import {
  AttendanceApiService,
  type AttendanceMark,
  type AttendancePartNo,
} from '../attendance-api.service';
import { markOf } from '../roster-counts';
import { SignaturePadComponent } from '../signature-pad.component';

/**
 * Where the room's QR code leads (`/sign/:sessionId?t=<code>`), and the online session's sign
 * button: the signed-in student draws their signature, or confirms without drawing (keyboard,
 * screen reader), while the part's window is open; clear words when it is closed, already
 * signed, or the code is stale.
 */
@Component({
  selector: 'cq-sign-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    ErrorMessagePipe,
    LoadFailureComponent,
    SignaturePadComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign.page.html',
  styleUrl: './sign.page.scss',
})
export class SignPage {
  private readonly api = inject(AttendanceApiService);
  private readonly auth = inject(AuthService);
  private readonly dates = inject(DateFormatService);
  private readonly transloco = inject(TranslocoService);

  /** Route `:sessionId`. */
  readonly sessionId = input.required<string>();
  /** Query `t`: the room's code. */
  readonly t = input<string | undefined>(undefined);

  private readonly pad = viewChild(SignaturePadComponent);
  protected readonly loader = detailLoader({
    key: () => this.sessionId(),
    load: (id) => this.api.mine(id),
  });
  protected readonly mine = this.loader.value;
  protected readonly name = computed(() => this.auth.me()?.displayName ?? '');
  protected readonly part = computed(() => {
    const mine = this.mine();
    return mine ? (mine.currentPart ?? null) : null;
  });
  protected readonly mark = computed(() => {
    const mine = this.mine();
    const part = this.part();
    return mine && part !== null ? markOf(mine.marks, part) : null;
  });
  protected readonly nextOpening = computed(() => {
    const mine = this.mine();
    if (!mine) return null;
    const now = Date.now();
    return mine.parts.find((p) => new Date(p.opensAt).getTime() > now)?.opensAt ?? null;
  });
  protected readonly missingCode = computed(() => !!this.mine()?.tokenRequired && !this.t());
  protected readonly signed = signal<AttendanceMark | null>(null);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly pending = signal(false);
  protected readonly empty = signal(false);

  protected time(instant: string): string {
    return this.dates.format(instant, 'time', this.mine()?.session.timeZone);
  }

  protected status(mark: AttendanceMark): string {
    return this.transloco.translate(`attendance.status.${mark.status ?? 'none'}`);
  }

  protected signDrawn(): void {
    const signature = this.pad()?.dataUrl() ?? null;
    this.empty.set(!signature);
    if (signature) this.send('drawn', signature);
  }

  protected confirm(): void {
    this.empty.set(false);
    this.send('confirmed');
  }

  private send(method: 'drawn' | 'confirmed', signature?: string): void {
    const part = this.part();
    if (part === null) return;
    this.pending.set(true);
    this.problem.set(null);
    this.api
      .sign({
        sessionId: this.sessionId(),
        part: part as AttendancePartNo,
        method,
        ...(this.t() ? { token: this.t() } : {}),
        ...(signature ? { signature } : {}),
      })
      .subscribe({
        next: (mark) => {
          this.pending.set(false);
          this.signed.set(mark);
        },
        error: (error: unknown) => {
          this.pending.set(false);
          const problem = toProblem(error);
          this.problem.set(problem);
          if (problem.code === 'attendance.already_signed') this.loader.reload();
        },
      });
  }
}
