import { buildEnrolment } from '../testing/programme-factories';
import { buildPlanningWorld, buildSession, slot } from '../testing/scheduling-factories';
import { Browser, startTestApp, type TestApp } from '../testing/test-app';

describe('rooms', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  async function signedIn(user: { email: string; password: string }) {
    const b = new Browser(t.app);
    expect((await b.signIn(user.email, user.password)).statusCode).toBe(200);
    return b;
  }

  describe('rooms', () => {
    it('creates rooms with unique names whatever their case, lists free ones, refuses to delete a used one', async () => {
      const w = await buildPlanningWorld(t.db);
      const b = await signedIn(w.instructor);
      const name = `Salle Jura ${Date.now()}`;
      const created = await b.post('/api/rooms', { name, address: 'Lausanne', capacity: 20 });
      expect(created.statusCode).toBe(201);
      expect((await b.post('/api/rooms', { name: name.toUpperCase() })).json()).toMatchObject({
        code: 'room.name_taken',
      });
      const room = created.json();
      await buildSession(t.db, {
        cohortId: w.cohort.id,
        roomId: room.id,
        ...slot('2026-10-14', '09:00', '12:00'),
      });
      const free = await b.get(
        `/api/rooms?size=200&q=${encodeURIComponent(name)}&freeFrom=2026-10-14T11:00:00%2B02:00&freeTo=2026-10-14T13:00:00%2B02:00`,
      );
      expect(free.json().items).toEqual([]);
      const later = await b.get(
        `/api/rooms?q=${encodeURIComponent(name)}&freeFrom=2026-10-14T12:00:00%2B02:00&freeTo=2026-10-14T13:00:00%2B02:00`,
      );
      expect(later.json().items).toHaveLength(1);
      expect((await b.delete(`/api/rooms/${room.id}`)).json()).toMatchObject({
        code: 'room.in_use',
      });
      expect(
        (await b.patch(`/api/rooms/${room.id}`, { archived: true })).json().archivedAt,
      ).not.toBeNull();
    });

    it('keeps rooms from students', async () => {
      const w = await buildPlanningWorld(t.db);
      expect((await (await signedIn(w.student)).get('/api/rooms')).statusCode).toBe(403);
      void buildEnrolment;
    });
  });
});
