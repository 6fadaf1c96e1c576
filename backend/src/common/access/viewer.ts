import type { Role } from '../role';

/** Who is asking: enough to scope a query. The signed-in `AuthUser` fits. */
export interface Viewer {
  id: string;
  role: Role;
}
