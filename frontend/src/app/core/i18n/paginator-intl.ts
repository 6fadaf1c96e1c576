import { formatNumber } from '@angular/common';
import { DestroyRef, Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatPaginatorIntl } from '@angular/material/paginator';
import { TranslocoService } from '@jsverse/transloco';
import { switchMap } from 'rxjs';
import { isLanguage, LOCALE_BY_LANGUAGE } from './language';

/** Translates mat-paginator's texts and follows language changes. */
@Injectable()
export class TranslatedPaginatorIntl extends MatPaginatorIntl {
  private readonly transloco = inject(TranslocoService);

  constructor() {
    super();
    this.transloco.langChanges$
      .pipe(
        switchMap(() => this.transloco.selectTranslation()),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe(() => {
        const lang = this.transloco.getActiveLang();
        const locale = isLanguage(lang) ? LOCALE_BY_LANGUAGE[lang] : 'en';
        const n = (value: number) => formatNumber(value, locale, '1.0-0');
        const t = (key: string, params?: Record<string, unknown>) =>
          this.transloco.translate(`paginator.${key}`, params);
        this.itemsPerPageLabel = t('itemsPerPage');
        this.nextPageLabel = t('next');
        this.previousPageLabel = t('previous');
        this.firstPageLabel = t('first');
        this.lastPageLabel = t('last');
        this.getRangeLabel = (page: number, pageSize: number, length: number) => {
          if (length === 0 || pageSize === 0) return t('rangeEmpty', { length: n(length) });
          const start = page * pageSize + 1;
          const end = Math.min((page + 1) * pageSize, length);
          return t('range', { start: n(start), end: n(end), length: n(length) });
        };
        this.changes.next();
      });
  }
}
