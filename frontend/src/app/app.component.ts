import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { ApiStatusBannerComponent } from './core/errors/api-status-banner.component';

/** The root: the API status banner above whatever the route shows. */
@Component({
  selector: 'cq-root',
  imports: [RouterOutlet, ApiStatusBannerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cq-api-status-banner />
    <router-outlet />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100%;
      height: 100%;
    }
  `,
})
export class AppComponent {}
