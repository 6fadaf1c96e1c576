import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { TranslocoPipe } from '@jsverse/transloco';
import { debounceTime, distinctUntilChanged, map } from 'rxjs';
import { SpeakersApiService } from '../core/api/speakers-api.service';
import { type Speaker, type SpeakerSort } from '../core/api/types';
import { LocaleNumberPipe } from '../shared/locale-date.pipe';
import { PagedList } from '../shared/paged-list';
import { ListFrameComponent } from '../shared/list/list-frame.component';
import { ListSearchComponent } from '../shared/list/list-search.component';

interface SpeakerFilters {
  topic?: string;
  organisation?: string;
  includeArchived: boolean;
}

/** The guest speakers: searched by name, topic and organisation; with their number of talks. */
@Component({
  selector: 'cq-speakers-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './speakers.page.html',
  styleUrls: ['../shared/list-page.scss', './speakers.page.scss'],
})
export class SpeakersPage {
  private readonly api = inject(SpeakersApiService);

  protected readonly columns = ['fullName', 'organisation', 'topics', 'talkCount'];
  protected readonly topic = new FormControl('', { nonNullable: true });
  protected readonly organisation = new FormControl('', { nonNullable: true });

  protected readonly list = new PagedList<Speaker, SpeakerSort, SpeakerFilters>({
    sortable: ['fullName', 'talkCount', 'createdAt'],
    initialSort: { active: 'fullName', direction: 'asc' },
    filters: { includeArchived: false },
    load: (query) => this.api.list(query),
  });

  constructor() {
    for (const [name, control] of [
      ['topic', this.topic],
      ['organisation', this.organisation],
    ] as const) {
      control.valueChanges
        .pipe(
          map((value) => value.trim()),
          debounceTime(300),
          distinctUntilChanged(),
          takeUntilDestroyed(),
        )
        .subscribe((value) => this.list.setFilters({ [name]: value || undefined }));
    }
  }

  /** A topic chip narrows the list to that topic. */
  protected filterTopic(topic: string): void {
    this.topic.setValue(topic);
  }
}
