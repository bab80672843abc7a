import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly',
        customElements: 'readonly', HTMLElement: 'readonly', fetch: 'readonly', URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.property.name='only']", message: 'Focused tests skip the rest of the suite.' },
        { selector: "CallExpression[callee.property.name='skip']", message: 'Skipped tests are not allowed; fix or remove the test.' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**'],
    rules: {
      // Feed text must never become HTML: see docs/security.md.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Feed text must never reach the DOM as HTML.' },
        { property: 'outerHTML', message: 'Feed text must never reach the DOM as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Feed text must never reach the DOM as HTML.' },
      ],
      'no-restricted-imports': ['error', { paths: [{ name: 'lit/directives/unsafe-html.js', message: 'Feed text must never reach the DOM as HTML.' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'HTMLElement', 'customElements', 'localStorage'],
    },
  },
);
