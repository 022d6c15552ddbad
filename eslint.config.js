// Flat config: recommended JavaScript and TypeScript rules. `.astro` files are
// type-checked by `astro check` (strictest tsconfig) rather than linted here.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.wrangler/', 'test-results/', 'node_modules/', 'test/fixtures/', '.bench/', '**/*.astro'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', document: 'readonly', location: 'readonly', history: 'readonly' },
    },
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
