import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { TranslocoTestingModule } from '@jsverse/transloco';
import { AuthService } from '../core/auth/auth.service';
import { NotificationBellComponent } from './notification-bell.component';

// The first render compiles the component and its Material parts: slow on a busy machine.
jest.setTimeout(20_000);

describe('NotificationBellComponent', () => {
  async function render(signedIn = true) {
    TestBed.configureTestingModule({
      imports: [
        NotificationBellComponent,
        TranslocoTestingModule.forRoot({
          langs: { fr: {} },
          translocoConfig: { defaultLang: 'fr' },
        }),
      ],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: '**', children: [] }]),
        {
          provide: AuthService,
          useValue: { role: signal('student'), signedIn: signal(signedIn) },
        },
      ],
    });
    const fixture = TestBed.createComponent(NotificationBellComponent);
    fixture.detectChanges();
    await fixture.whenStable();
    return { fixture, http: TestBed.inject(HttpTestingController) };
  }

  it('says the unread count in its name and asks again after a navigation, one request at a time', async () => {
    const { fixture, http } = await render();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 3 });
    fixture.detectChanges();
    const bell = fixture.nativeElement.querySelector('[data-testid="notification-bell"]');
    // Texts are keys here: the unread wording with the count on the badge.
    expect(bell.getAttribute('aria-label')).toBe('fr.shell.notificationsUnread');
    expect(bell.textContent).toContain('3');
    expect(bell.getAttribute('href')).toBe('/student/notifications');

    await TestBed.inject(Router).navigateByUrl('/student/calendar');
    http.expectOne('/api/notifications/unread-count').flush({ unread: 0 });
    fixture.detectChanges();
    expect(bell.getAttribute('aria-label')).toBe('fr.shell.notifications');
    http.verify();
  });

  it('asks nothing while nobody is signed in', async () => {
    const { http } = await render(false);
    http.expectNone('/api/notifications/unread-count');
  });
});
