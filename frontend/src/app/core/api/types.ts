// Types of the Clique API: the one file the app imports them from.
// Request and response bodies come from schema.d.ts, generated from the backend's OpenAPI
// document (`npm run api:types`); what the document does not describe (the problem+json
// shape, query parameters) is written here.
import { type components } from './schema';

export type Role = components['schemas']['MeDto']['role'];
export type Language = components['schemas']['MeDto']['preferredLanguage'];

/** A field error inside a problem (400 `validation`). `whitelistValidation` means "unknown field". */
export interface ProblemFieldError {
  field: string;
  code: string;
  message: string;
}

/** Every API error: application/problem+json (RFC 9457) with a stable `code`. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  errors?: ProblemFieldError[];
  requestId?: string;
  retryAfterSeconds?: number;
}

type Schemas = components['schemas'];

export type Me = Schemas['MeDto'];
export type UpdateMeRequest = Schemas['UpdateMeDto'];
export type SignInRequest = Schemas['SignInDto'];
export type PasswordTokenInfo = Schemas['PasswordTokenInfoDto'];
export type SetPasswordRequest = Schemas['SetPasswordDto'];

export type UserSort = 'displayName' | 'email' | 'role' | 'createdAt';
export type UserSortParam = UserSort | `-${UserSort}`;

export interface UserListQuery {
  page: number;
  size: number;
  sort?: UserSortParam;
  q?: string;
  role?: Role;
}

export type UserSummary = Schemas['UserSummaryDto'];

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
}

export type CreateUserRequest = Schemas['CreateUserDto'];
export type CreateUserResponse = Schemas['CreatedUserDto'];
export type UpdateUserRequest = Schemas['UpdateUserDto'];
export type PasswordLinkResponse = Schemas['PasswordLinkDto'];
