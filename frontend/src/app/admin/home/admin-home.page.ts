import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { TranslocoPipe } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { HOME_LINKS } from '../../shared/home-links';
import { HomeLinksComponent } from '../../shared/home-links.component';
import { WelcomeCardComponent } from '../../shared/welcome-card.component';

@Component({
  selector: 'cq-admin-home-page',
  imports: [WelcomeCardComponent, HomeLinksComponent, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <h1>{{ 'home.title' | transloco }}</h1>
      @if (auth.me(); as me) {
        <cq-welcome-card [me]="me">
          <p>{{ 'home.admin.intro' | transloco }}</p>
        </cq-welcome-card>
      }
      <cq-home-links heading="home.admin.linksTitle" [links]="links" />
    </div>
  `,
})
export class AdminHomePage {
  protected readonly auth = inject(AuthService);
  protected readonly links = HOME_LINKS.admin;
}
