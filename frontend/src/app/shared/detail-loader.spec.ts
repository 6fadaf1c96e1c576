import { HttpErrorResponse } from '@angular/common/http';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, type Observable } from 'rxjs';
import { type DetailLoader, detailLoader } from './detail-loader';

interface Record {
  id: string;
  name: string;
}

/** A fake API whose answers the test sends, one pending request per call. */
class FakeApi {
  readonly requests: { id: string; answer: Subject<Record> }[] = [];

  get(id: string): Observable<Record> {
    const answer = new Subject<Record>();
    this.requests.push({ id, answer });
    return answer;
  }

  answer(index: number, record: Record): void {
    this.requests[index].answer.next(record);
    this.requests[index].answer.complete();
  }

  fail(index: number, status: number): void {
    this.requests[index].answer.error(
      new HttpErrorResponse({
        status,
        error: {
          type: 'about:blank',
          title: 'x',
          status,
          code: status === 404 ? 'x.not_found' : 'internal',
        },
      }),
    );
  }
}

function setUp(initial: string | null) {
  const id = signal<string | null>(initial);
  const api = new FakeApi();
  const loader: DetailLoader<string, Record> = TestBed.runInInjectionContext(() =>
    detailLoader({ key: () => id(), load: (key) => api.get(key) }),
  );
  TestBed.tick();
  return { id, api, loader };
}

describe('detailLoader', () => {
  it('shows the loading state, then the record', () => {
    const { api, loader } = setUp('a');
    expect(loader.state().kind).toBe('loading');
    expect(loader.loading()).toBe(true);

    api.answer(0, { id: 'a', name: 'Alice' });

    expect(loader.value()).toEqual({ id: 'a', name: 'Alice' });
    expect(loader.loading()).toBe(false);
  });

  it('ignores a slow answer for the previous record arriving after the current one', () => {
    const { id, api, loader } = setUp('a');
    id.set('b');
    TestBed.tick();

    api.answer(1, { id: 'b', name: 'Bruno' });
    api.answer(0, { id: 'a', name: 'Alice' });

    expect(api.requests.map((r) => r.id)).toEqual(['a', 'b']);
    expect(loader.value()).toEqual({ id: 'b', name: 'Bruno' });
  });

  it('clears the previous record while the next one loads', () => {
    const { id, api, loader } = setUp('a');
    api.answer(0, { id: 'a', name: 'Alice' });

    id.set('b');
    TestBed.tick();

    expect(loader.value()).toBeNull();
    expect(loader.state().kind).toBe('loading');
  });

  it('turns a 404 into the not-found state', () => {
    const { api, loader } = setUp('gone');

    api.fail(0, 404);

    expect(loader.state().kind).toBe('not-found');
    expect(loader.notFound()).toBe(true);
    expect(loader.problem()?.code).toBe('x.not_found');
    expect(loader.value()).toBeNull();
  });

  it('turns another failure into the error state, and a retry can load the record', () => {
    const { api, loader } = setUp('a');
    api.fail(0, 500);
    expect(loader.state().kind).toBe('error');
    expect(loader.notFound()).toBe(false);

    loader.reload();
    expect(loader.state().kind).toBe('loading');
    api.answer(1, { id: 'a', name: 'Alice' });

    expect(loader.value()?.name).toBe('Alice');
    expect(loader.problem()).toBeNull();
  });

  it('reloads the same record after a mutation, keeping it on screen until the answer', () => {
    const { api, loader } = setUp('a');
    api.answer(0, { id: 'a', name: 'Alice' });

    loader.reload();

    expect(api.requests.map((r) => r.id)).toEqual(['a', 'a']);
    expect(loader.value()?.name).toBe('Alice');
    expect(loader.refreshing()).toBe(true);
    expect(loader.loading()).toBe(true);
    api.answer(1, { id: 'a', name: 'Alice Martin' });
    expect(loader.value()?.name).toBe('Alice Martin');
    expect(loader.refreshing()).toBe(false);
  });

  it('cancels a pending reload when the record changes', () => {
    const { id, api, loader } = setUp('a');
    api.answer(0, { id: 'a', name: 'Alice' });
    loader.reload();
    id.set('b');
    TestBed.tick();

    api.answer(2, { id: 'b', name: 'Bruno' });
    api.answer(1, { id: 'a', name: 'Alice Martin' });

    expect(loader.value()?.name).toBe('Bruno');
  });

  it('shows what a mutation returned without asking again', () => {
    const { api, loader } = setUp('a');
    api.answer(0, { id: 'a', name: 'Alice' });

    loader.update((record) => ({ ...record, name: 'Alicia' }));

    expect(loader.value()?.name).toBe('Alicia');
    expect(api.requests).toHaveLength(1);
  });

  it('asks nothing without a key (a new record) and says so', () => {
    const { api, loader } = setUp(null);

    expect(loader.state().kind).toBe('idle');
    expect(loader.loading()).toBe(false);
    expect(api.requests).toHaveLength(0);
  });

  describe('with keys that can name the same record (sameRecord)', () => {
    interface Copy {
      id: string;
      version: number;
    }

    function setUpCopies(initial: Copy) {
      const key = signal<Copy>(initial);
      const api = new FakeApi();
      const loader: DetailLoader<Copy, Record> = TestBed.runInInjectionContext(() =>
        detailLoader({
          key: () => key(),
          load: (copy) => api.get(copy.id),
          sameRecord: (previous, next) => previous.id === next.id,
        }),
      );
      TestBed.tick();
      return { key, api, loader };
    }

    it('reloads on a newer copy of the same record, keeping it on screen until the answer', () => {
      const { key, api, loader } = setUpCopies({ id: 'a', version: 1 });
      api.answer(0, { id: 'a', name: 'Alice' });

      key.set({ id: 'a', version: 2 });
      TestBed.tick();

      expect(api.requests.map((r) => r.id)).toEqual(['a', 'a']);
      expect(loader.value()?.name).toBe('Alice');
      expect(loader.refreshing()).toBe(true);
      api.answer(1, { id: 'a', name: 'Alice Martin' });
      expect(loader.value()?.name).toBe('Alice Martin');
      expect(loader.refreshing()).toBe(false);
    });

    it('ignores the answer for an older copy arriving after the newer one', () => {
      const { key, api, loader } = setUpCopies({ id: 'a', version: 1 });
      api.answer(0, { id: 'a', name: 'Alice' });
      key.set({ id: 'a', version: 2 });
      TestBed.tick();
      key.set({ id: 'a', version: 3 });
      TestBed.tick();

      api.answer(2, { id: 'a', name: 'Alice Martin' });
      api.answer(1, { id: 'a', name: 'Alice (old)' });

      expect(loader.value()?.name).toBe('Alice Martin');
    });

    it('still clears the record shown when the key names another record', () => {
      const { key, api, loader } = setUpCopies({ id: 'a', version: 1 });
      api.answer(0, { id: 'a', name: 'Alice' });

      key.set({ id: 'b', version: 1 });
      TestBed.tick();

      expect(loader.value()).toBeNull();
      expect(loader.state().kind).toBe('loading');
    });
  });
});
