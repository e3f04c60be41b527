import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";
import boundaries from "./lib/devtools/eslint/import-boundaries.js";

// Architecture rules live here too: only lib/aws/ imports the AWS SDK, only lib/ touches the database, and the
// layer boundaries and lib/ folder cycles of lib/devtools/eslint/import-boundaries.js (tested beside it).
const sdkOnlyInLibAws = { group: ["@aws-sdk/*"], message: "Only lib/aws/ may import the AWS SDK." };
const dbOnlyInLib = {
  group: ["@/lib/generated/*", "@prisma/*", "pg"],
  message: "Only lib/ touches the database; call a lib/ function.",
};

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      ".next/",
      ".data/",
      ".cache/",
      "lib/generated/",
      "test-results/",
      "playwright-report/",
      "next-env.d.ts",
      "**/scratch-*.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-imports": ["error", { patterns: [sdkOnlyInLibAws] }],
    },
  },
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { watchwall: boundaries },
    rules: { "watchwall/layer-imports": "error", "watchwall/no-folder-cycle": "error" },
  },
  {
    files: ["app/**", "components/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [sdkOnlyInLibAws, dbOnlyInLib] }] },
  },
  {
    // The simulator's tests and benchmarks drive it with the real SDK clients, as any AWS client would.
    files: ["lib/aws/**", "lib/**/*.test.ts", "lib/**/test-support.ts", "lib/**/bench*.ts", "e2e/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.mjs"],
    languageOptions: { globals: { process: "readonly", console: "readonly" } },
  },
);
