import { shared } from './jest.shared';

export default {
  ...shared,
  displayName: 'backend',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  coverageDirectory: '../coverage/backend',
};
