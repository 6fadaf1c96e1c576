import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { type HomeLink } from './home-links';

/** A home page's section of shortcut cards: an h2, then one card (h3, one line, link) each. */
@Component({
  selector: 'cq-home-links',
  imports: [MatButtonModule, MatCardModule, MatIconModule, RouterLink, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section aria-labelledby="home-links-title">
      <h2 id="home-links-title">{{ heading() | transloco }}</h2>
      <ul class="cards">
        @for (link of links(); track link.path) {
          <li>
            <mat-card appearance="outlined">
              <mat-card-header>
                <mat-icon mat-card-avatar class="avatar" aria-hidden="true">{{
                  link.icon
                }}</mat-icon>
                <h3 mat-card-title>{{ link.key + '.title' | transloco }}</h3>
              </mat-card-header>
              <mat-card-content>
                <p>{{ link.key + '.text' | transloco }}</p>
              </mat-card-content>
              <mat-card-actions>
                <a mat-button [routerLink]="link.path">
                  {{ link.key + '.action' | transloco }}
                  <mat-icon iconPositionEnd aria-hidden="true">arrow_forward</mat-icon>
                </a>
              </mat-card-actions>
            </mat-card>
          </li>
        }
      </ul>
    </section>
  `,
  styles: `
    section {
      margin-top: 24px;
    }
    .cards {
      display: grid;
      gap: 16px;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 260px), 1fr));
      margin: 0;
      padding: 0;
      list-style: none;
    }
    mat-card {
      height: 100%;
    }
    mat-card-content {
      flex: 1;
      padding-top: 8px;
    }
    mat-card-content p {
      margin: 0;
    }
    .avatar {
      font-size: 40px;
      width: 40px;
      height: 40px;
      color: var(--mat-sys-primary);
    }
  `,
})
export class HomeLinksComponent {
  /** Translation key of the section's h2. */
  readonly heading = input.required<string>();
  readonly links = input.required<readonly HomeLink[]>();
}
