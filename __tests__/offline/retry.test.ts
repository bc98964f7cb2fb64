import { chmodSync, existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runTerraform } from "../../tools/offline-plan";

/** A stand-in for terraform that fails like a provider that died before its handshake, `failures` times. */
function flakyTerraform(failures: number, message = "Error: Failed to load plugin schemas\nUnrecognized remote plugin message: \nFailed to read any lines from plugin's stdout"): { binary: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "hdh-flaky-tf-"));
  const binary = join(dir, "terraform");
  writeFileSync(
    binary,
    `#!/bin/sh\nn=$(ls "${dir}" | grep -c '^attempt-')\ntouch "${dir}/attempt-$n"\nif [ "$n" -lt ${failures} ]; then printf '%s\\n' "${message.replace(/\n/g, "\\n")}" >&2; exit 1; fi\necho ok\n`,
  );
  chmodSync(binary, 0o755);
  return { binary, dir };
}

describe("runTerraform", () => {
  it("retries a command whose provider process ended before its handshake, and logs it", async () => {
    const { binary, dir } = flakyTerraform(1);
    const lines: string[] = [];
    const result = await runTerraform(binary, ["plan"], dir, process.env, (line) => lines.push(line), "stack-a");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("ok\n");
    expect(lines).toEqual([`stack-a: ${binary} plan: a provider process ended before its handshake: retrying (1/2)`]);
  });

  it("gives up after two retries, returning Terraform's failure", async () => {
    const { binary, dir } = flakyTerraform(5);
    const lines: string[] = [];
    const result = await runTerraform(binary, ["validate"], dir, process.env, (line) => lines.push(line), "stack-b");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Failed to read any lines from plugin's stdout");
    expect(lines).toHaveLength(2);
    expect(existsSync(join(dir, "attempt-3"))).toBe(false);
  });

  it("never retries any other failure", async () => {
    const { binary, dir } = flakyTerraform(1, "Error: Unsupported attribute");
    const lines: string[] = [];
    const result = await runTerraform(binary, ["validate"], dir, process.env, (line) => lines.push(line), "stack-c");
    expect(result.code).toBe(1);
    expect(lines).toEqual([]);
  });
});
