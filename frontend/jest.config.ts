import { createCjsPreset } from 'jest-preset-angular/presets';

const preset = createCjsPreset({ tsconfig: '<rootDir>/tsconfig.spec.json' });

export default {
  ...preset,
  displayName: 'frontend',
  rootDir: '.',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  // Angular ships .mjs; @jsverse/* (Transloco's helpers) ship ESM in .js files.
  transformIgnorePatterns: [
    'node_modules/(?!(.*\\.mjs$|@angular/common/locales/.*\\.js$|@jsverse/))',
  ],
  coverageDirectory: '../coverage/frontend',
};
