// One lint set-up for every package: typescript-eslint's recommended rules plus the
// architecture rules of shared/DESIGN.md section 3 that a linter can check.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'var/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Plain Node scripts (the CLI launcher).
    files: ['**/bin/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    // Routes never import Kysely; services never import Fastify.
    files: ['packages/server/src/routes/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['kysely'] }] },
  },
  {
    files: ['packages/server/src/services/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['fastify'] }] },
  },
  {
    // Nothing but config.ts reads the environment.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/config.ts', 'packages/server/src/**/*.test.ts'],
    rules: { 'no-restricted-properties': ['error', { object: 'process', property: 'env' }] },
  },
);
