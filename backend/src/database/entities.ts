import { AuthSessionEntity } from '../identity/auth-session.entity';
import { PasswordTokenEntity } from '../identity/password-token.entity';
import { SignInFailureEntity } from '../identity/sign-in-failure.entity';
import { UserEntity } from '../identity/user.entity';

/** Every entity, for the DataSource (app, CLI and tests share this list). */
export const entities = [UserEntity, AuthSessionEntity, PasswordTokenEntity, SignInFailureEntity];
