import { DOCUMENT } from '@angular/common';
import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  effect,
  inject,
  input,
} from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslocoPipe } from '@jsverse/transloco';
import { type components } from '../../core/api/schema';
import { DateFormatPipe } from '../../core/i18n/date-format.pipe';
import { detailLoader } from '../../shared/detail-loader';
import { LoadFailureComponent } from '../../shared/load-failure.component';

type PublicFeed = components['schemas']['VeillePublicFeedDto'];

/** A published veille (cohort or team) for anyone, with its Atom and RSS feeds. */
@Component({
  selector: 'cq-veille-public-page',
  imports: [
    MatIconModule,
    MatProgressBarModule,
    TranslocoPipe,
    DateFormatPipe,
    LoadFailureComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './veille-public.page.html',
  styleUrl: './veille-public.page.scss',
})
export class VeillePublicPage {
  readonly key = input.required<string>();

  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);
  protected readonly loader = detailLoader({
    key: () => this.key(),
    load: (key) => this.http.get<PublicFeed>(`/api/public/veille/${encodeURIComponent(key)}`),
  });

  constructor() {
    // Feed readers find the feeds from the page itself.
    const links: HTMLLinkElement[] = [];
    effect(() => {
      const feed = this.loader.value();
      links.splice(0).forEach((l) => l.remove());
      if (!feed) return;
      for (const [type, href] of [
        ['application/atom+xml', feed.atomUrl],
        ['application/rss+xml', feed.rssUrl],
      ]) {
        const link = this.document.createElement('link');
        link.rel = 'alternate';
        link.type = type;
        link.title = feed.title;
        link.href = href;
        this.document.head.appendChild(link);
        links.push(link);
      }
    });
    inject(DestroyRef).onDestroy(() => links.forEach((l) => l.remove()));
  }
}
