import { describeSchemaDrift } from './schema-drift';

describe('describeSchemaDrift', () => {
  it('says nothing when the entities and the migrations agree', () => {
    expect(describeSchemaDrift([])).toBeNull();
  });

  it('lists every statement TypeORM would run, one line each', () => {
    const message = describeSchemaDrift([
      { query: 'CREATE INDEX "ix_calendar_feeds_cohort"\n   ON "calendar_feeds" ("cohort_id")' },
      { query: 'ALTER TABLE "rooms" ADD "floor" integer' },
    ]);
    expect(message).toContain('TypeORM would run 2 statement(s)');
    expect(message).toContain(
      '  1. CREATE INDEX "ix_calendar_feeds_cohort" ON "calendar_feeds" ("cohort_id")',
    );
    expect(message).toContain('  2. ALTER TABLE "rooms" ADD "floor" integer');
  });
});
