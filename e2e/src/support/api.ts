import { type APIRequestContext, type APIResponse, expect, request } from '@playwright/test';

export const DEMO = {
  admin: { email: 'admin@clique.test', password: 'demo-admin-2026', name: 'Nathalie Favre' },
  instructor: {
    email: 'sophie.mercier@clique.test',
    password: 'demo-instructor-2026',
    name: 'Sophie Mercier',
  },
  student: {
    email: 'camille.rochat@clique.test',
    password: 'demo-student-2026',
    name: 'Camille Rochat',
  },
} as const;

/**
 * The API as a signed-in user, for setting up data a journey needs (never for the steps the
 * journey is about). Echoes the CSRF cookie like the browser does.
 */
export class Api {
  private constructor(private readonly context: APIRequestContext) {}

  static async as(baseURL: string, who: { email: string; password: string }): Promise<Api> {
    const context = await request.newContext({ baseURL });
    const api = new Api(context);
    const response = await api.post('/api/auth/sign-in', {
      email: who.email,
      password: who.password,
    });
    expect(response.status(), `sign-in as ${who.email}`).toBe(200);
    return api;
  }

  private async csrf(): Promise<string> {
    let cookie = (await this.context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN');
    if (!cookie) {
      await this.context.get('/api/health/live');
      cookie = (await this.context.storageState()).cookies.find((c) => c.name === 'XSRF-TOKEN');
    }
    return cookie?.value ?? '';
  }

  get(url: string): Promise<APIResponse> {
    return this.context.get(url);
  }

  async post(url: string, data: unknown = {}): Promise<APIResponse> {
    return this.context.post(url, { data, headers: { 'x-xsrf-token': await this.csrf() } });
  }

  async patch(url: string, data: unknown = {}): Promise<APIResponse> {
    return this.context.patch(url, { data, headers: { 'x-xsrf-token': await this.csrf() } });
  }

  async put(url: string, data: unknown = {}): Promise<APIResponse> {
    return this.context.put(url, { data, headers: { 'x-xsrf-token': await this.csrf() } });
  }

  async delete(url: string): Promise<APIResponse> {
    return this.context.delete(url, { headers: { 'x-xsrf-token': await this.csrf() } });
  }

  async json<T>(response: Promise<APIResponse>, status = 200): Promise<T> {
    const r = await response;
    expect(r.status(), await r.text()).toBe(status);
    return (await r.json()) as T;
  }

  dispose(): Promise<void> {
    return this.context.dispose();
  }
}

/** A unique suffix so journeys never collide with each other's data. */
export const unique = () =>
  `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4).toString(36)}`;
