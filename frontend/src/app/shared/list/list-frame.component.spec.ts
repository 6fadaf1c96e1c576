import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { type Problem } from '../../core/api/types';
import { ListFrameComponent, type ListFrameState } from './list-frame.component';

function fakeList() {
  return {
    items: signal<unknown[]>([]),
    total: signal(0),
    pageIndex: signal(0),
    pageSize: signal(25),
    loading: signal(true),
    problem: signal<Problem | null>(null),
    searching: signal(false),
    reload: jest.fn(),
    onPage: jest.fn(),
  } satisfies ListFrameState;
}

async function render(list: ListFrameState) {
  TestBed.configureTestingModule({
    imports: [
      ListFrameComponent,
      TranslocoTestingModule.forRoot({ langs: { fr: {} }, translocoConfig: { defaultLang: 'fr' } }),
    ],
  });
  const fixture = TestBed.createComponent(ListFrameComponent);
  fixture.componentRef.setInput('list', list);
  fixture.componentRef.setInput('label', 'Pagination');
  fixture.componentRef.setInput('empty', 'Aucune salle pour l’instant.');
  fixture.componentRef.setInput('noMatch', 'Aucune salle ne correspond.');
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  return {
    fixture,
    status: () => element.querySelector('[role="status"].cq-list-status')?.textContent?.trim(),
  };
}

describe('ListFrameComponent', () => {
  it('says nothing while the first page loads', async () => {
    const { status } = await render(fakeList());
    expect(status()).toBe('');
  });

  it('says the list is empty, or that the search matches nothing', async () => {
    const list = fakeList();
    const { fixture, status } = await render(list);
    list.loading.set(false);
    await fixture.whenStable();
    expect(status()).toBe('Aucune salle pour l’instant.');
    list.searching.set(true);
    await fixture.whenStable();
    expect(status()).toBe('Aucune salle ne correspond.');
  });

  it('shows no empty state beside rows, and an error banner whose button retries', async () => {
    const list = fakeList();
    const { fixture, status } = await render(list);
    list.loading.set(false);
    list.items.set([{ id: 'a' }]);
    await fixture.whenStable();
    expect(status()).toBe('');
    list.items.set([]);
    list.problem.set({
      type: 'about:blank',
      title: 'Service indisponible',
      status: 503,
      code: 'unavailable',
    });
    await fixture.whenStable();
    expect(status()).toBe('');
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert).not.toBeNull();
    alert?.querySelector('button')?.click();
    expect(list.reload).toHaveBeenCalledTimes(1);
  });
});
