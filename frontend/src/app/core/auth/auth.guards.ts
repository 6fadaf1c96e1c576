import { inject } from '@angular/core';
import { type CanActivateFn, Router } from '@angular/router';
import { type Role } from '../api/types';
import { AuthService } from './auth.service';
import { homeFor } from './role-home';

/** Lets signed-in users through; sends others to sign in, coming back here afterwards. */
export const authGuard: CanActivateFn = (_route, state) => {
  const auth = inject(AuthService);
  const router = inject(Router);
  return auth.signedIn()
    ? true
    : router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
};

/**
 * Lets through users with one of the roles; anonymous visitors go to sign in and signed-in
 * users with another role to /forbidden.
 */
export function roleGuard(...roles: Role[]): CanActivateFn {
  return (_route, state) => {
    const auth = inject(AuthService);
    const router = inject(Router);
    const role = auth.role();
    if (role === null) {
      return router.createUrlTree(['/sign-in'], { queryParams: { returnUrl: state.url } });
    }
    return roles.includes(role) ? true : router.createUrlTree(['/forbidden']);
  };
}

/** For the sign-in page: a signed-in user goes to their home instead. */
export const anonymousGuard: CanActivateFn = () => {
  const auth = inject(AuthService);
  const role = auth.role();
  return role === null ? true : inject(Router).createUrlTree([homeFor(role)]);
};
