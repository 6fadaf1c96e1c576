import { expect, type Locator, type Page } from '@playwright/test';

/** A stroke across a signature canvas, as a finger or a mouse would draw it. */
export async function drawSignature(page: Page, canvas: Locator): Promise<void> {
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no signature canvas');
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.6);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) {
    await page.mouse.move(
      box.x + box.width * (0.15 + i * 0.055),
      box.y + box.height * (0.5 + (i % 2 ? -0.2 : 0.15)),
    );
  }
  await page.mouse.up();
}

export interface DecisionInput {
  decision: 'awarded' | 'deferred' | 'refused';
  /** The honours' label as the list shows it, e.g. "Mention très bien". */
  honours?: string;
  exemptionReason?: string;
  remainingItems?: ('resit' | 'project' | 'attendance' | 'work_period' | 'other')[];
  remaining?: string;
  correctionReason?: string;
}

/**
 * The admin's jury screens (French): the list at /admin/juries and the board at
 * /admin/juries/:id. The diplomas journey reuses it to hold and sign the demo cohort's jury.
 */
export class JuryPage {
  constructor(private readonly page: Page) {}

  async openList(): Promise<void> {
    await this.page.goto('/admin/juries');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Jurys' })).toBeVisible();
  }

  /** Opens a new jury for the cohort (today), with members by name (externals); ends on its board. */
  async create(cohortName: string, members: { name: string; role?: string }[]): Promise<string> {
    await this.page.getByTestId('jury-new').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('jury-cohort').click();
    await this.page.getByRole('option', { name: cohortName, exact: true }).click();
    for (const [i, m] of members.entries()) {
      await dialog.getByTestId('add-external').click();
      await dialog.getByTestId(`member-name-${i}`).fill(m.name);
      if (m.role) await dialog.getByTestId(`member-role-${i}`).fill(m.role);
    }
    await dialog.getByTestId('jury-create-submit').click();
    await expect(this.page).toHaveURL(/\/admin\/juries\/[0-9a-f-]{36}$/);
    await expect(this.page.getByTestId('jury-status')).toHaveText('En délibération');
    return this.page.url().split('/').pop() ?? '';
  }

  /** A student's row (desktop) or card (phone). */
  student(studentId: string): Locator {
    return this.page.getByTestId(`student-${studentId}`);
  }

  async awardEligible(): Promise<void> {
    await this.page.getByTestId('award-eligible').click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Décerner' }).click();
    await expect(this.page.getByText(/diplôme\(s\) décerné\(s\)/)).toBeVisible();
  }

  async decide(studentId: string, input: DecisionInput): Promise<void> {
    await this.student(studentId).getByTestId('student-decide').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId(`decision-${input.decision}`).click();
    if (input.honours) {
      await dialog.getByTestId('decision-honours').click();
      await this.page.getByRole('option', { name: new RegExp(`^${input.honours}`) }).click();
    }
    if (input.exemptionReason)
      await dialog.getByTestId('decision-exemption').fill(input.exemptionReason);
    for (const item of input.remainingItems ?? [])
      await dialog.getByTestId(`remaining-${item}`).click();
    if (input.remaining) await dialog.getByTestId('decision-remaining').fill(input.remaining);
    if (input.correctionReason)
      await dialog.getByTestId('decision-correction').fill(input.correctionReason);
    await dialog.getByTestId('decision-submit').click();
    await expect(dialog).toBeHidden();
  }

  /** The president signs the minutes with a drawn signature. */
  async signOff(presidentName: string): Promise<void> {
    await this.page.getByTestId('jury-sign').click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByTestId('sign-president').click();
    await this.page.getByRole('option', { name: presidentName, exact: true }).click();
    await drawSignature(this.page, dialog.getByTestId('signature-canvas'));
    await dialog.getByTestId('sign-submit').click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('jury-status')).toHaveText('Signé');
  }

  /** Downloads the minutes; resolves to the file's path. */
  async minutes(): Promise<string> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByTestId('jury-minutes').click(),
    ]);
    return (await download.path()) ?? '';
  }
}
