import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { type Me } from '../core/api/types';

/** Greets the signed-in user with their name and role. */
@Component({
  selector: 'cq-welcome-card',
  imports: [MatCardModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-card appearance="outlined" data-testid="welcome-card">
      <mat-card-header>
        <mat-icon mat-card-avatar class="avatar">waving_hand</mat-icon>
        <h2 mat-card-title>{{ 'home.welcome' | transloco: { name: me().displayName } }}</h2>
        <p mat-card-subtitle>
          {{ 'home.signedInAs' | transloco: { role: ('role.' + me().role | transloco) } }}
        </p>
      </mat-card-header>
      <mat-card-content>
        <ng-content />
      </mat-card-content>
    </mat-card>
  `,
  styles: `
    .avatar {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
    mat-card-content {
      padding-top: 8px;
    }
  `,
})
export class WelcomeCardComponent {
  readonly me = input.required<Me>();
}
