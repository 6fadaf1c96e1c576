import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  type ActivatedRouteSnapshot,
  type RouterStateSnapshot,
  Router,
  UrlTree,
  provideRouter,
} from '@angular/router';
import { type Me, type Role } from '../api/types';
import { anonymousGuard, authGuard, roleGuard } from './auth.guards';
import { AuthService } from './auth.service';

function signedInAs(role: Role | null): void {
  const me = signal<Me | null>(
    role
      ? { id: 'u1', email: 'u1@clique.test', displayName: 'U One', role, preferredLanguage: 'fr' }
      : null,
  );
  TestBed.configureTestingModule({
    providers: [
      provideRouter([]),
      {
        provide: AuthService,
        useValue: {
          me,
          signedIn: computed(() => me() !== null),
          role: computed(() => me()?.role ?? null),
        },
      },
    ],
  });
}

const route = {} as ActivatedRouteSnapshot;
const state = (url: string) => ({ url }) as RouterStateSnapshot;

function serialize(result: unknown): string {
  expect(result).toBeInstanceOf(UrlTree);
  return TestBed.inject(Router).serializeUrl(result as UrlTree);
}

describe('roleGuard', () => {
  it('lets a user with the required role through', () => {
    signedInAs('admin');

    const result = TestBed.runInInjectionContext(() => roleGuard('admin')(route, state('/admin')));

    expect(result).toBe(true);
  });

  it('accepts any of several roles', () => {
    signedInAs('instructor');

    const result = TestBed.runInInjectionContext(() =>
      roleGuard('admin', 'instructor')(route, state('/shared')),
    );

    expect(result).toBe(true);
  });

  it('sends a signed-in user with another role to /forbidden', () => {
    signedInAs('student');

    const result = TestBed.runInInjectionContext(() =>
      roleGuard('admin')(route, state('/admin/users')),
    );

    expect(serialize(result)).toBe('/forbidden');
  });

  it('sends an anonymous visitor to sign in, coming back to the page afterwards', () => {
    signedInAs(null);

    const result = TestBed.runInInjectionContext(() =>
      roleGuard('admin')(route, state('/admin/users?page=2')),
    );

    expect(serialize(result)).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3Fpage%3D2');
  });
});

describe('authGuard', () => {
  it('lets any signed-in user through', () => {
    signedInAs('student');

    expect(TestBed.runInInjectionContext(() => authGuard(route, state('/student')))).toBe(true);
  });

  it('sends an anonymous visitor to sign in', () => {
    signedInAs(null);

    const result = TestBed.runInInjectionContext(() => authGuard(route, state('/student')));

    expect(serialize(result)).toBe('/sign-in?returnUrl=%2Fstudent');
  });
});

describe('anonymousGuard', () => {
  it('sends a signed-in user from the sign-in page to their home', () => {
    signedInAs('instructor');

    const result = TestBed.runInInjectionContext(() => anonymousGuard(route, state('/sign-in')));

    expect(serialize(result)).toBe('/instructor');
  });

  it('shows the sign-in page to an anonymous visitor', () => {
    signedInAs(null);

    expect(TestBed.runInInjectionContext(() => anonymousGuard(route, state('/sign-in')))).toBe(
      true,
    );
  });
});
