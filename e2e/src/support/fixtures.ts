import { test as base, expect } from '@playwright/test';

/**
 * Every journey fails on a console error or a CSP violation in the page: the user would not
 * see those, but they break things (a blocked stylesheet, a missing icon font).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        // Expected answers the app handles (401 before sign-in, 4xx the journey provokes).
        if (/Failed to load resource: the server responded with a status of 4\d\d/.test(text))
          return;
        errors.push(text);
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await use(errors);
      expect(errors, 'console errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
