import { labelCardCells } from './card-labels';

function table(html: string): HTMLElement {
  const element = document.createElement('table');
  element.innerHTML = html;
  return element;
}

describe('labelCardCells', () => {
  it('labels each cell with the header text of its column', () => {
    const element = table(`
      <thead><tr>
        <th class="mat-mdc-header-cell mat-column-name">
          Nom <span aria-hidden="true"></span>
        </th>
        <th class="mat-mdc-header-cell mat-column-status">Statut</th>
      </tr></thead>
      <tbody><tr>
        <td class="mat-mdc-cell mat-column-name">Élodie</td>
        <td class="mat-mdc-cell mat-column-status">Confirmée</td>
      </tr></tbody>
    `);
    labelCardCells(element);
    const cells = Array.from(element.querySelectorAll('td'));
    expect(cells.map((cell) => cell.getAttribute('data-label'))).toEqual(['Nom', 'Statut']);
  });

  it('leaves no label on a cell whose column has no header text', () => {
    const element = table(`
      <thead><tr><th class="mat-column-actions"></th></tr></thead>
      <tbody><tr>
        <td class="mat-column-actions" data-label="stale">…</td>
        <td class="empty" colspan="3">Aucun résultat</td>
      </tr></tbody>
    `);
    labelCardCells(element);
    const cells = Array.from(element.querySelectorAll('td'));
    expect(cells.map((cell) => cell.hasAttribute('data-label'))).toEqual([false, false]);
  });

  it('follows a header whose text changed (a language switch)', () => {
    const element = table(`
      <thead><tr><th class="mat-column-name">Nom</th></tr></thead>
      <tbody><tr><td class="mat-column-name">Léa</td></tr></tbody>
    `);
    labelCardCells(element);
    element.querySelector('th')!.textContent = 'Name';
    labelCardCells(element);
    expect(element.querySelector('td')!.getAttribute('data-label')).toBe('Name');
  });
});
