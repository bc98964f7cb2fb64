// Lint: typescript-eslint's recommended rules, plus the project's own: never import a provider barrel.
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

const BARREL_MESSAGE =
  "Import provider classes by their deep path (e.g. @cdktf/provider-azurerm/lib/resource-group): the barrel loads the whole provider (+7 s, +1 GB) on every synth and test run.";

export default tseslint.config(
  { ignores: ["node_modules/", ".gen/", "cdktf.out/", "dist/", "coverage/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { regex: "^@cdktf/provider-[a-z0-9-]+(/lib)?/?$", message: BARREL_MESSAGE },
            { regex: "(^|/)\\.gen/providers/[a-z0-9-]+/?$", message: BARREL_MESSAGE },
          ],
        },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
