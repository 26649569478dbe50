// ESLint (flat config): typescript-eslint's type-checked recommended rules and react-hooks, run by
// `npm test` (and `npm run lint`) with --max-warnings 0: a warning fails the suite as an error does.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

export default tseslint.config(
  {
    // Built, generated or vendored output, and data the tests read: not our source.
    ignores: [
      "dist/**", "dist-*/**", "node_modules/**", "coverage/**", "reports/**", ".stryker-tmp/**",
      "samples/**", "schemas/**", "out/**", "test-output/**", "bench/corpus/**", ".lo-profile/**",
      "**/*.js", "**/*.mjs", "**/*.cjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // As tsc's noUnusedParameters: a leading "_" marks a parameter or binding kept on purpose
      // (a callback's position, a property left out of a rest copy).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["src/taskpane/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Tests, scripts and benchmarks parse JSON written by the CLI or read from files (JSON.parse gives
    // `any`) and poke at loosely typed library objects; typing every such read would add casts without
    // catching anything, so the no-unsafe-* family and no-explicit-any are off here, and only here.
    // src/ keeps them all.
    files: ["test/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts"],
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-return": "off",
    },
  },
);
