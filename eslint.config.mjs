import nx from '@nx/eslint-plugin';
import { readdirSync } from 'node:fs';

/**
 * Backend domains: every folder of backend/src but the shared layers and the wiring. From
 * outside, a domain is imported only through its `index.ts` (`../scheduling`), never deeper
 * (`../scheduling/session.entity`). `common/` and `config/` import no domain at all; no domain
 * imports `database/`, `testing/` or the app's root files (its specs may, to set data up).
 */
const BACKEND_LAYERS = ['common', 'config'];
const BACKEND_WIRING = ['database', 'testing'];
const BACKEND_DOMAINS = readdirSync(new URL('./backend/src/', import.meta.url), {
  withFileTypes: true,
})
  .filter((d) => d.isDirectory() && ![...BACKEND_LAYERS, ...BACKEND_WIRING].includes(d.name))
  .map((d) => d.name);
const UP = String.raw`^(?:\.\./)+`;
const wiringImports = {
  regex: String.raw`${UP}(?:${BACKEND_WIRING.join('|')})(?:/|$)|${UP}(?:app\.module|app\.factory|main)$`,
  message: 'A domain does not import database/, testing/ or the app wiring.',
};
// Test code: specs, and test support kept next to what it tests in a testing/ folder.
const SPECS = ['**/*.spec.ts', '**/*.integration-spec.ts', '**/testing/**/*.ts'];
// Paths are matched from the root (npx eslint backend/src) and from backend/ (nx run backend:lint).
const underSrc = (path) => [`backend/src/${path}`, `src/${path}`];
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const domainBoundaries = BACKEND_DOMAINS.flatMap((domain) => {
  const others = BACKEND_DOMAINS.filter((d) => d !== domain);
  const deep = {
    regex: String.raw`${UP}(?:${others.join('|')})/`,
    message:
      "Import another domain through its public surface, its index.ts ('../scheduling'), not its files.",
  };
  const ownIndex = {
    regex: String.raw`^(?:\.|\.\.(?:/\.\.)*|(?:\.\./)+${domain})(?:/index)?$`,
    message: "Inside a domain, import the file itself, not the domain's own index.ts.",
  };
  const files = underSrc(`${domain}/**/*.ts`);
  return [
    { files, ignores: SPECS, rules: restrict(deep, ownIndex, wiringImports) },
    // Specs set their data up with testing/ and database/, and keep to the domain boundaries.
    {
      files: SPECS.flatMap((spec) => underSrc(`${domain}/${spec}`)),
      rules: restrict(deep, ownIndex),
    },
  ];
});
const layerBoundaries = {
  files: BACKEND_LAYERS.flatMap((layer) => underSrc(`${layer}/**/*.ts`)),
  ignores: SPECS,
  rules: restrict(
    {
      regex: String.raw`${UP}(?:${BACKEND_DOMAINS.join('|')})(?:/|$)`,
      message: 'common/ and config/ import no domain: every domain builds on them.',
    },
    wiringImports,
  ),
};

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/node_modules',
      '**/.nx',
      '**/.angular',
      '**/coverage',
      '**/test-results',
      '**/playwright-report',
      '**/*.d.ts',
    ],
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['**/jest.config.ts', '**/jest.*.ts', '**/playwright.config.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          depConstraints: [
            {
              sourceTag: 'scope:backend',
              onlyDependOnLibsWithTags: ['scope:backend', 'scope:shared'],
            },
            {
              sourceTag: 'scope:frontend',
              onlyDependOnLibsWithTags: ['scope:frontend', 'scope:shared'],
            },
            { sourceTag: 'scope:e2e', onlyDependOnLibsWithTags: ['scope:e2e', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: [
      '**/*.spec.ts',
      '**/*.integration-spec.ts',
      '**/testing/**/*.ts',
      'e2e/**/*.ts',
      '**/journeys/**/*.ts',
    ],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    // As backend/tsconfig.json: Nest's DI reads the types of decorated parameters at run time, so
    // consistent-type-imports must keep those imports as values, also when linted from the root.
    files: ['backend/**/*.ts'],
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
  },
  ...domainBoundaries,
  layerBoundaries,
];
