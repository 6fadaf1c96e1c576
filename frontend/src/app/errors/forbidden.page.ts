import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ErrorPageComponent } from './error-page.component';

/** 403: the signed-in user's role may not open the page. */
@Component({
  selector: 'cq-forbidden-page',
  imports: [ErrorPageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cq-error-page
      icon="block"
      titleKey="errors.forbidden.title"
      messageKey="errors.forbidden.message"
      [status]="403"
    />
  `,
})
export class ForbiddenPage {}
