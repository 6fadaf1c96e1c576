import { type Routes } from '@angular/router';
import { provideTranslocoScope } from '@jsverse/transloco';

/** Every role: /<role>/notifications, the list under the bell. */
export const notificationRoutes: Routes = [
  {
    path: '',
    title: 'title.notifications',
    providers: [provideTranslocoScope('notifications')],
    loadComponent: () => import('./notifications.page').then((m) => m.NotificationsPage),
  },
];

/** Every role: /<role>/settings/notifications, how each kind reaches me. */
export const notificationSettingsRoutes: Routes = [
  {
    path: '',
    title: 'title.notificationSettings',
    providers: [provideTranslocoScope('notifications')],
    loadComponent: () =>
      import('./notification-settings.page').then((m) => m.NotificationSettingsPage),
  },
];
