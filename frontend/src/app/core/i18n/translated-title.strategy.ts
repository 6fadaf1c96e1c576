import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { type RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, of, switchMap } from 'rxjs';

const APP_NAME = 'Clique';

/** Route `title`s are translation keys; the document title follows the language. */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly transloco = inject(TranslocoService);
  private readonly title = inject(Title);
  private readonly key$ = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    combineLatest([this.key$, this.transloco.langChanges$])
      .pipe(
        switchMap(([key]) => (key ? this.transloco.selectTranslate<string>(key) : of(null))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((text) => this.title.setTitle(text ? `${text} · ${APP_NAME}` : APP_NAME));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key$.next(this.buildTitle(snapshot));
  }
}
