import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { type Observable } from 'rxjs';
import {
  type ConfirmedEmail,
  type EmailChangeRequest,
  type EmailChangeStatus,
  type ForgotPasswordRequest,
  type Me,
  type PasswordTokenInfo,
  type SetPasswordRequest,
  type SignInRequest,
  type UpdateMeRequest,
} from './types';

/** Identity endpoints: the current user, sign-in/out, password links and e-mail changes. */
@Injectable({ providedIn: 'root' })
export class AuthApiService {
  private readonly http = inject(HttpClient);

  getMe(): Observable<Me> {
    return this.http.get<Me>('/api/me');
  }

  updateMe(body: UpdateMeRequest): Observable<Me> {
    return this.http.patch<Me>('/api/me', body);
  }

  signIn(body: SignInRequest): Observable<Me> {
    return this.http.post<Me>('/api/auth/sign-in', body);
  }

  signOut(): Observable<void> {
    return this.http.post<void>('/api/auth/sign-out', null);
  }

  getPasswordToken(token: string): Observable<PasswordTokenInfo> {
    return this.http.get<PasswordTokenInfo>(
      `/api/auth/password-tokens/${encodeURIComponent(token)}`,
    );
  }

  setPassword(body: SetPasswordRequest): Observable<void> {
    return this.http.post<void>('/api/auth/password', body);
  }

  /** Always 202, whether or not the address has an account. */
  forgotPassword(body: ForgotPasswordRequest): Observable<unknown> {
    return this.http.post('/api/auth/forgot-password', body);
  }

  getEmailChange(): Observable<EmailChangeStatus> {
    return this.http.get<EmailChangeStatus>('/api/me/email-change');
  }

  requestEmailChange(body: EmailChangeRequest): Observable<EmailChangeStatus> {
    return this.http.post<EmailChangeStatus>('/api/me/email-change', body);
  }

  confirmEmailChange(token: string): Observable<ConfirmedEmail> {
    return this.http.post<ConfirmedEmail>('/api/auth/email-change/confirm', { token });
  }
}
