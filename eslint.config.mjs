// Lint: correctness (typescript-eslint, React hooks, Next) and the boundaries STYLE.md draws, enforced
// here so nobody has to remember them: components/ and lib/ never import app/; lib/ never imports the
// seed; route groups never import each other (what two audiences share lives in components/).
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import nextPlugin from "@next/eslint-plugin-next";

const GROUPS = ["(admin)", "(auth)", "(enterprise)", "(staff)"];
const escape = (s) => s.replace(/[()]/g, "\\$&");

/** Imports a file in `group` may not make: any other route group, by alias or by relative path. */
function otherGroups(group) {
  return GROUPS.filter((g) => g !== group).map((g) => ({
    regex: `(^@/app/|/)${escape(g)}(/|$)`,
    message: `Route groups do not import each other: move what ${group} and ${g} share into components/ (or lib/).`,
  }));
}

const APP = { regex: "^(@/app/|(\\.\\./)+app/)", message: "components/ and lib/ never import app/: pass data in, or move the piece down." };
const SEED = { regex: "(^@/prisma/seed|/prisma/seed)", message: "lib/ never imports the seed: the seed uses lib/, not the other way round." };

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      "generated/**",
      "lib/generated/**",
      "coverage/**",
      "test-results/**",
      "playwright-report/**",
      "bench/results/**",
      "tools/**",
      "next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks, "@next/next": nextPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["error", "warn", "info"] }],
    },
  },
  { files: ["components/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [APP] }] } },
  { files: ["lib/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [APP, SEED] }] } },
  ...GROUPS.map((group) => ({
    files: [`app/${group}/**/*.{ts,tsx}`],
    rules: { "no-restricted-imports": ["error", { patterns: otherGroups(group) }] },
  })),
  // Scripts, tests and the seed talk to people on the terminal.
  { files: ["scripts/**", "tests/**", "prisma/**", "**/*.test.ts"], rules: { "no-console": "off" } },
);
