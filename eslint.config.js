import js from "@eslint/js";
import tseslint from "typescript-eslint";

const testCode = [
  "**/*.test.ts",
  "**/*.test-support.ts",
  "**/*.contract.ts",
  "**/testing/**/*.ts",
  "test/**/*.ts",
  "scripts/**/*.ts",
  "vitest.config.ts",
  "*/vite.config.ts",
];

export default tseslint.config(
  {
    ignores: ["**/dist/**", "**/node_modules/**", "**/data/**", "**/build/**", "coverage/**"],
  },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": "error",
    },
  },
  {
    // Test code is not in the packages' build (tsconfig.package.json excludes it): test/tsconfig.json
    // type-checks it, resolving every @convenor/* package from source.
    files: testCode,
    languageOptions: {
      parserOptions: {
        projectService: false,
        project: ["./test/tsconfig.json"],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ["**/*.test.ts", "test/**/*.ts", "scripts/**"],
    rules: { "no-console": "off", "@typescript-eslint/unbound-method": "off" },
  },
  {
    // Plain scripts the browser loads as they are (the harness's Office.js bridge).
    files: ["*/public/**/*.js"],
    languageOptions: { globals: { window: "readonly" } },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" },
    },
  },
);
