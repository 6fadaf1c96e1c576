import { parseTopics } from './topics';

describe('parseTopics', () => {
  it('splits on commas, trims, lower-cases and drops duplicates and blanks', () => {
    expect(parseTopics(' Droit, e-réputation ,droit,, Crise')).toEqual([
      'droit',
      'e-réputation',
      'crise',
    ]);
  });
});
