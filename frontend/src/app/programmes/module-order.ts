/** Reordering a programme's modules: pure helpers for drag and drop and the move buttons. */

/** A copy of the list with the item at `from` moved to `to` (both clamped to the list). */
export function moveItem<T>(items: readonly T[], from: number, to: number): T[] {
  const copy = [...items];
  if (copy.length === 0) return copy;
  const clamp = (i: number) => Math.max(0, Math.min(copy.length - 1, i));
  const source = clamp(from);
  const target = clamp(to);
  if (source === target) return copy;
  const [item] = copy.splice(source, 1);
  copy.splice(target, 0, item);
  return copy;
}

/** Whether two lists of items hold the same ids in the same order. */
export function sameOrder(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  return a.length === b.length && a.every((item, i) => item.id === b[i].id);
}

/** Where the item moves with a "move up" (-1) or "move down" (+1): null at either end. */
export function targetIndex(index: number, delta: -1 | 1, length: number): number | null {
  const target = index + delta;
  return target < 0 || target >= length ? null : target;
}

/** The list with each item's `position` set from its place (1-based), as the API numbers them. */
export function renumber<T extends { position: number }>(items: readonly T[]): T[] {
  return items.map((item, i) => (item.position === i + 1 ? item : { ...item, position: i + 1 }));
}
