import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { type Observable, filter } from 'rxjs';
import { toProblem } from '../../core/api/problem';
import { RoomsApiService } from '../../core/api/rooms-api.service';
import { type Problem, type Room, type RoomSort } from '../../core/api/types';
import {
  ConfirmDialogComponent,
  type ConfirmDialogData,
} from '../../shared/confirm-dialog.component';
import { LocaleNumberPipe } from '../../shared/locale-date.pipe';
import { PagedList } from '../../shared/paged-list';
import { ListFrameComponent } from '../../shared/list/list-frame.component';
import { ListSearchComponent } from '../../shared/list/list-search.component';
import { RoomDialogComponent } from './room-dialog.component';

/** Rooms: searched, paged; created and edited in a dialog; archived rather than deleted once used. */
@Component({
  selector: 'cq-rooms-page',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    TranslocoPipe,
    ListFrameComponent,
    ListSearchComponent,
    LocaleNumberPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rooms.page.html',
  styleUrls: ['../../shared/list-page.scss', './rooms.page.scss'],
})
export class RoomsPage {
  private readonly api = inject(RoomsApiService);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly transloco = inject(TranslocoService);

  protected readonly columns = ['name', 'address', 'capacity', 'actions'];
  protected readonly busy = signal(false);
  protected readonly actionProblem = signal<Problem | null>(null);

  protected readonly list = new PagedList<Room, RoomSort, { includeArchived: boolean }>({
    sortable: ['name', 'capacity', 'createdAt'],
    initialSort: { active: 'name', direction: 'asc' },
    filters: { includeArchived: false },
    load: (query) => this.api.list(query),
  });

  protected edit(room: Room | null): void {
    this.dialog
      .open(RoomDialogComponent, {
        data: { room },
        width: '520px',
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .subscribe((saved?: Room) => {
        if (!saved) return;
        this.notify(room ? 'scheduling.rooms.saved' : 'scheduling.rooms.created', saved.name);
        this.list.reload();
      });
  }

  protected setArchived(room: Room, archived: boolean): void {
    this.run(this.api.update(room.id, { archived }), () => {
      this.notify(archived ? 'scheduling.rooms.archived' : 'scheduling.rooms.restored', room.name);
    });
  }

  protected remove(room: Room): void {
    this.dialog
      .open<ConfirmDialogComponent, ConfirmDialogData, boolean>(ConfirmDialogComponent, {
        data: {
          title: 'scheduling.rooms.deleteTitle',
          message: 'scheduling.rooms.deleteMessage',
          confirm: 'scheduling.rooms.delete',
          params: { name: room.name },
        },
        maxWidth: 'calc(100vw - 24px)',
      })
      .afterClosed()
      .pipe(filter(Boolean))
      .subscribe(() =>
        this.run(this.api.remove(room.id), () =>
          this.notify('scheduling.rooms.deleted', room.name),
        ),
      );
  }

  private run(request: Observable<unknown>, done: () => void): void {
    this.busy.set(true);
    this.actionProblem.set(null);
    request.subscribe({
      next: () => {
        this.busy.set(false);
        done();
        this.list.reload();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.actionProblem.set(toProblem(error));
      },
    });
  }

  private notify(key: string, name: string): void {
    this.snackBar.open(this.transloco.translate(key, { name }), undefined, { duration: 4000 });
  }
}
