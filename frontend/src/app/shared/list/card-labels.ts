/**
 * Narrow screens show each table row as a card: a cell then needs the name of its column,
 * which CSS prints from `data-label`. The labels come from the header row (Material tags the
 * header and the body cells of a column with the same `mat-column-<name>` class), so a table
 * needs nothing extra and a language switch relabels on the next pass.
 */
export function labelCardCells(table: HTMLElement): void {
  const labels = new Map<string, string>();
  for (const header of Array.from(table.querySelectorAll<HTMLElement>('th'))) {
    const column = columnClass(header);
    const text = header.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (column && text) labels.set(column, text);
  }
  for (const cell of Array.from(table.querySelectorAll<HTMLElement>('td'))) {
    const column = columnClass(cell);
    const label = column ? labels.get(column) : undefined;
    if (label === undefined) cell.removeAttribute('data-label');
    else if (cell.getAttribute('data-label') !== label) cell.setAttribute('data-label', label);
  }
}

function columnClass(cell: HTMLElement): string | undefined {
  return Array.from(cell.classList).find((name) => name.startsWith('mat-column-'));
}
