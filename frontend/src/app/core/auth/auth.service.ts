import { HttpErrorResponse } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import { type Observable, finalize, firstValueFrom, tap } from 'rxjs';
import { AuthApiService } from '../api/auth-api.service';
import { type Language, type Me, type Role, type SignInRequest } from '../api/types';
import { LanguageService } from '../i18n/language.service';

/** Who is signed in: `me` is null for an anonymous visitor. */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(AuthApiService);
  private readonly language = inject(LanguageService);

  private readonly current = signal<Me | null>(null);
  /** The signed-in user, or null. */
  readonly me = this.current.asReadonly();
  readonly signedIn = computed(() => this.current() !== null);
  readonly role = computed<Role | null>(() => this.current()?.role ?? null);

  /** Loads the current user (at startup): a 401, or no API, means anonymous. */
  async load(): Promise<Me | null> {
    try {
      this.current.set(await firstValueFrom(this.api.getMe()));
    } catch (error: unknown) {
      if (!(error instanceof HttpErrorResponse)) throw error;
      this.current.set(null);
    }
    return this.current();
  }

  /** A language picked on the sign-in page, before we knew who the user is. */
  private chosenWhileAnonymous: Language | null = null;

  /**
   * Signs in. A language the user picked on the sign-in page wins and becomes their
   * preference; otherwise their saved preference applies.
   */
  signIn(credentials: SignInRequest): Observable<Me> {
    return this.api.signIn(credentials).pipe(
      tap((me) => {
        this.current.set(me);
        const chosen = this.chosenWhileAnonymous;
        this.chosenWhileAnonymous = null;
        if (chosen && chosen !== me.preferredLanguage) void this.changeLanguage(chosen);
        else void this.language.use(me.preferredLanguage);
      }),
    );
  }

  /** Signs out; the local state is cleared even when the call fails. */
  signOut(): Observable<void> {
    return this.api.signOut().pipe(finalize(() => this.clear()));
  }

  /** Forgets the user (e.g. when the session expired). */
  clear(): void {
    this.current.set(null);
  }

  hasRole(...roles: Role[]): boolean {
    const role = this.role();
    return role !== null && roles.includes(role);
  }

  /**
   * Switches the language at once; when signed in, also saves it as the user's preference
   * (a failure to save leaves the switch in place for this browser).
   */
  async changeLanguage(lang: Language): Promise<void> {
    await this.language.use(lang);
    const me = this.current();
    if (!me) this.chosenWhileAnonymous = lang;
    if (!me || me.preferredLanguage === lang) return;
    try {
      this.current.set(await firstValueFrom(this.api.updateMe({ preferredLanguage: lang })));
    } catch {
      // Kept locally (localStorage); the API status banner reports an unreachable API.
    }
  }
}
