import { expect, type Page } from '@playwright/test';

/** The toolbar's bell and the notifications list under it (French UI). */
export class NotificationsPage {
  constructor(private readonly page: Page) {}

  bell() {
    return this.page.getByTestId('notification-bell');
  }

  /** The bell says its count in its accessible name: "Notifications, 3 non lue(s)". */
  async expectUnread(count: number): Promise<void> {
    await expect(this.bell()).toHaveAccessibleName(
      count ? `Notifications, ${count} non lue(s)` : 'Notifications',
    );
  }

  async unread(): Promise<number> {
    const name = (await this.bell().getAttribute('aria-label')) ?? '';
    return Number(/(\d+)/.exec(name)?.[1] ?? 0);
  }

  async open(): Promise<void> {
    await this.bell().click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
  }

  item(title: string) {
    return this.page.getByTestId('notification').filter({ hasText: title });
  }
}
