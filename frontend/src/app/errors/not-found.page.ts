import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ErrorPageComponent } from './error-page.component';

/** 404: no route matches the address. */
@Component({
  selector: 'cq-not-found-page',
  imports: [ErrorPageComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cq-error-page
      icon="explore_off"
      titleKey="errors.notFound.title"
      messageKey="errors.notFound.message"
      [status]="404"
    />
  `,
})
export class NotFoundPage {}
