import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslocoPipe } from '@jsverse/transloco';
import { ApiStatusService } from './api-status.service';

/** A banner across the top while the API is unreachable or after a server error. */
@Component({
  selector: 'cq-api-status-banner',
  imports: [MatButtonModule, MatIconModule, TranslocoPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div role="alert" class="live">
      @switch (apiStatus.status()) {
        @case ('unreachable') {
          <div class="banner" data-testid="api-status-banner">
            <mat-icon>cloud_off</mat-icon>
            <p>{{ 'apiStatus.unreachable' | transloco }}</p>
            <button mat-button type="button" (click)="apiStatus.dismiss()">
              {{ 'common.close' | transloco }}
            </button>
          </div>
        }
        @case ('server-error') {
          <div class="banner" data-testid="api-status-banner">
            <mat-icon>error</mat-icon>
            <p>
              {{ 'apiStatus.serverError' | transloco }}
              @if (apiStatus.requestId(); as requestId) {
                <span class="request-id">
                  {{ 'apiStatus.requestId' | transloco: { requestId } }}
                </span>
              }
            </p>
            <button mat-button type="button" (click)="apiStatus.dismiss()">
              {{ 'common.close' | transloco }}
            </button>
          </div>
        }
      }
    </div>
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 4px 8px 4px 16px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      --mat-button-text-label-text-color: var(--mat-sys-on-error-container);
    }
    p {
      flex: 1;
      margin: 8px 0;
    }
    .request-id {
      display: block;
      font: var(--mat-sys-body-small);
    }
  `,
})
export class ApiStatusBannerComponent {
  protected readonly apiStatus = inject(ApiStatusService);
}
