import { moveItem, renumber, sameOrder, targetIndex } from './module-order';

const ids = (items: { id: string }[]) => items.map((i) => i.id).join('');
const list = ['a', 'b', 'c', 'd'].map((id, i) => ({ id, position: i + 1 }));

describe('moveItem', () => {
  it('moves an item down and up without touching the original list', () => {
    expect(ids(moveItem(list, 0, 2))).toBe('bcad');
    expect(ids(moveItem(list, 3, 0))).toBe('dabc');
    expect(ids(list)).toBe('abcd');
  });

  it('clamps indexes outside the list', () => {
    expect(ids(moveItem(list, 1, 10))).toBe('acdb');
    expect(ids(moveItem(list, -3, 1))).toBe('bacd');
  });

  it('returns an equal copy when the item stays in place', () => {
    const moved = moveItem(list, 2, 2);
    expect(moved).not.toBe(list);
    expect(sameOrder(moved, list)).toBe(true);
  });
});

describe('targetIndex', () => {
  it('moves one place up or down', () => {
    expect(targetIndex(2, -1, 4)).toBe(1);
    expect(targetIndex(2, 1, 4)).toBe(3);
  });

  it('cannot move the first item up nor the last item down', () => {
    expect(targetIndex(0, -1, 4)).toBeNull();
    expect(targetIndex(3, 1, 4)).toBeNull();
  });
});

describe('sameOrder', () => {
  it('tells a changed order from an unchanged one', () => {
    expect(sameOrder(list, [...list])).toBe(true);
    expect(sameOrder(list, moveItem(list, 0, 1))).toBe(false);
    expect(sameOrder(list, list.slice(1))).toBe(false);
  });
});

describe('renumber', () => {
  it('numbers positions from 1 in list order, keeping unchanged items as they are', () => {
    const moved = renumber(moveItem(list, 3, 0));
    expect(moved.map((m) => `${m.id}${m.position}`).join(' ')).toBe('d1 a2 b3 c4');
    expect(renumber(list)[0]).toBe(list[0]);
  });
});
