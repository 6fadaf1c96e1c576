import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { WelcomeCardComponent } from '../../shared/welcome-card.component';

@Component({
  selector: 'cq-admin-home-page',
  imports: [
    WelcomeCardComponent,
    MatCardModule,
    MatButtonModule,
    MatIconModule,
    RouterLink,
    TranslocoPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <h1>{{ 'home.title' | transloco }}</h1>
      <div class="cards">
        @if (auth.me(); as me) {
          <cq-welcome-card [me]="me">
            <p>{{ 'home.admin.intro' | transloco }}</p>
          </cq-welcome-card>
        }
        <mat-card appearance="outlined">
          <mat-card-header>
            <mat-icon mat-card-avatar class="avatar">group</mat-icon>
            <h2 mat-card-title>{{ 'home.admin.usersTitle' | transloco }}</h2>
          </mat-card-header>
          <mat-card-content>
            <p>{{ 'home.admin.usersText' | transloco }}</p>
          </mat-card-content>
          <mat-card-actions>
            <a mat-flat-button routerLink="/admin/users">{{
              'home.admin.usersLink' | transloco
            }}</a>
          </mat-card-actions>
        </mat-card>
      </div>
    </div>
  `,
  styles: `
    .cards {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr));
    }
    .avatar {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class AdminHomePage {
  protected readonly auth = inject(AuthService);
}
