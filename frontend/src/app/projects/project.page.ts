import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ProjectDetailComponent } from './project-detail.component';

/** `…/projects/:id`: one project, with a way back to the list it was opened from. */
@Component({
  selector: 'cq-project-page',
  imports: [ProjectDetailComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cq-page">
      <cq-project-detail [projectId]="id()" [backLink]="back()" [backLabel]="backLabel()" />
    </div>
  `,
})
export class ProjectPage {
  /** Route parameter. */
  readonly id = input.required<string>();
  /** Route data: the list to go back to and its label's key. */
  readonly back = input<string | null>(null);
  readonly backLabel = input('projects.back');
}
