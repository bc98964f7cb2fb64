// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, toBeValidTerraform, ...), registered
// here and loaded on their first use: loading cdktf costs a quarter of a second per test file, and half the
// suites (policy, review, reconciliation) never synthesize.
type Matcher = (this: unknown, ...args: unknown[]) => unknown;

const MATCHERS = [
  "toHaveResource",
  "toHaveResourceWithProperties",
  "toHaveDataSource",
  "toHaveDataSourceWithProperties",
  "toHaveProvider",
  "toHaveProviderWithProperties",
  "toBeValidTerraform",
  "toPlanSuccessfully",
] as const;

let cdktfMatchers: Record<string, Matcher> | undefined;

/** cdktf's own matchers, as its setupJest() hands them to expect.extend. */
function loadCdktfMatchers(): Record<string, Matcher> {
  if (cdktfMatchers) return cdktfMatchers;
  const extend = expect.extend;
  let captured: Record<string, Matcher> = {};
  expect.extend = (matchers) => void (captured = matchers as Record<string, Matcher>);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require("cdktf/lib/testing/adapters/jest") as { setupJest(): void }).setupJest();
  } finally {
    expect.extend = extend;
  }
  const missing = MATCHERS.filter((name) => typeof captured[name] !== "function");
  if (missing.length > 0) throw new Error(`cdktf's setupJest() no longer provides ${missing.join(", ")}: update __tests__/setup.ts`);
  cdktfMatchers = captured;
  return captured;
}

expect.extend(
  Object.fromEntries(
    MATCHERS.map((name) => [
      name,
      function (this: unknown, ...args: unknown[]) {
        return loadCdktfMatchers()[name].apply(this, args);
      },
    ]),
  ) as Parameters<typeof expect.extend>[0],
);

// cdktf records a creation stack for every token (Intrinsic, Lazy, dynamic blocks) to decorate its token
// error messages. Under jest each capture goes through jest's source-map-support, which clones and maps every
// frame of a full-depth stack: about a fifth of a synthesizing suite's time. The messages lose only that
// decoration; the synthesized output is unchanged (the app, run by `cdktf synth`, still records them).
jest.mock("cdktf/lib/tokens/private/stack-trace", () => ({ captureStackTrace: (): string[] => [] }));
