import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { App, Testing } from "cdktf";
import { ConfigError, exitOnConfigError } from "../../config/config-error";
import type { EnvironmentConfig } from "../../config/environment";
import { ENVIRONMENTS_DIR, loadEnvironment } from "../../config/load-environment";
import { loadTestEnvironment } from "../helpers/environments";
import { InsecurePropsError } from "../../constructs/sovereign/errors";
import { SovereignStack } from "../../stacks/sovereign-stack";
import { expectRefused } from "./helpers";

type Json = Record<string, unknown> & { sovereign: Record<string, unknown> };

/** Writes the dev environment with its `sovereign` section changed and loads it. */
function loadDevWith(change: (sovereign: Record<string, unknown>) => void): () => unknown {
  const dev = JSON.parse(readFileSync(path.join(ENVIRONMENTS_DIR, "dev.json"), "utf8")) as Json;
  change(dev.sovereign);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "sovereign-config-")), "dev.json");
  writeFileSync(file, JSON.stringify(dev));
  return () => loadEnvironment(file);
}

const workspace = (id: string, networkSlot: number) => ({ id, networkSlot, flavorName: "b3-16", instanceCount: 1, volumeSizeGb: 10 });

describe("the sovereign section of an environment", () => {
  it("loads the built-in environments", () => {
    expect(loadEnvironment("dev").config.sovereign.workspaces.length).toBe(2);
    expect(loadTestEnvironment("prod").config.sovereign.encryptedVolumeType.encryption).toBe("luks");
  });

  it.each<[string, (s: Record<string, unknown>) => void, RegExp]>([
    ["an Internet-wide admin source", (s) => (s.adminSourceCidrs = ["0.0.0.0/0"]), /sovereign\.adminSourceCidrs\[0\]: '0\.0\.0\.0\/0' is too wide for SSH/],
    ["an IPv6 Internet-wide admin source", (s) => (s.adminSourceCidrs = ["198.51.100.0/28", "::/0"]), /sovereign\.adminSourceCidrs\[1\]: '::\/0' is too wide/],
    ["a /8 admin source", (s) => (s.adminSourceCidrs = ["10.0.0.0/8"]), /adminSourceCidrs\[0\]: '10\.0\.0\.0\/8' is too wide/],
    ["a malformed admin source", (s) => (s.adminSourceCidrs = ["10.0.0/8"]), /adminSourceCidrs\[0\]: '10\.0\.0\/8' is not a CIDR/],
    ["no admin source", (s) => (s.adminSourceCidrs = []), /sovereign\.adminSourceCidrs: must NOT have fewer than 1 items/],
    ["a malformed egress range", (s) => (s.httpsEgressCidrs = ["everywhere"]), /httpsEgressCidrs\[0\]: 'everywhere' is not a CIDR/],
    ["a range too narrow for the tiers and workspaces", (s) => (s.networkCidr = "10.210.0.0/24"), /sovereign\.networkCidr: '10\.210\.0\.0\/24' must be a \/8 to \/20/],
    ["an unencrypted volume type", (s) => (s.encryptedVolumeType = { name: "classic", encryption: "none" }), /sovereign\.encryptedVolumeType\.encryption: must be one of "luks"/],
    ["a duplicate workspace id", (s) => (s.workspaces = [workspace("a-study", 0), workspace("a-study", 1)]), /sovereign\.workspaces\[1\]\.id: workspace 'a-study' is listed twice/],
    ["a reused network slot", (s) => (s.workspaces = [workspace("a-study", 3), workspace("b-study", 3)]), /workspaces\[1\]\.networkSlot: slot 3 is already used by workspace 'a-study'/],
    ["a slot beyond the range", (s) => (s.workspaces = [workspace("a-study", 128)]), /workspaces\[0\]\.networkSlot: 128 is outside 0\.\.127/],
    ["a bad workspace id", (s) => (s.workspaces = [workspace("A Study", 0)]), /workspaces\/0\/id|workspaces\.0\.id: must match pattern/],
    ["a portal zone without its trailing dot", (s) => (s.portal = { zone: "hdh.example", hostname: "portail", email: "a@b" }), /sovereign\.portal\.zone: must match pattern/],
    ["an unknown field", (s) => (s.publicDataTier = true), /sovereign\.publicDataTier: unknown field/],
  ])("refuses %s with a one-line ConfigError", (_, change, message) => {
    const load = loadDevWith(change);
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(message);
  });
});

describe("a configuration that bypasses the loader", () => {
  const dev = loadEnvironment("dev").config;
  const build = (sovereign: Partial<EnvironmentConfig["sovereign"]>) => () =>
    new SovereignStack(Testing.app() as App, "sovereign-dev", { environment: { ...dev, sovereign: { ...dev.sovereign, ...sovereign } } });

  it("is still refused by the constructs: open admin source", () => {
    expectRefused(build({ adminSourceCidrs: ["0.0.0.0/0"] }), "sovereign-dev/bastion/security-group: adminSourceCidrs: refused: admin ingress from 0.0.0.0/0 is too wide");
  });

  it("is still refused by the constructs: unencrypted volume type", () => {
    expectRefused(build({ encryptedVolumeType: { name: "classic", encryption: "none" as "luks" } }), /^sovereign-dev\/bastion\/server: volumeType: refused: volume type 'classic' is not encrypted/);
  });

  it("is still refused by the constructs: workspace slot out of range", () => {
    expectRefused(build({ workspaces: [{ id: "x-study", networkSlot: 500, flavorName: "b3-8", instanceCount: 1, volumeSizeGb: 1 }] }), "sovereign-dev: sovereign.workspaces[x-study].networkSlot: refused: slot 500 is outside 0..127");
  });
});

describe("main.ts's error handling", () => {
  it("prints a refusal as one line on stderr and exits 1", () => {
    const write = jest.spyOn(process.stderr, "write").mockImplementation(() => true);
    // The real process.exit never returns: the mock throws so that nothing runs after it either.
    const exit = jest.spyOn(process, "exit").mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    try {
      expect(() =>
        exitOnConfigError(() => {
          throw new InsecurePropsError("sovereign-dev/workspace-a", "publicAccess", "a workspace is reachable only through the bastion or the portal");
        }),
      ).toThrow("exit 1");
      expect(write).toHaveBeenCalledWith("error: sovereign-dev/workspace-a: publicAccess: refused: a workspace is reachable only through the bastion or the portal\n");
      expect(exit).toHaveBeenCalledWith(1);
    } finally {
      write.mockRestore();
      exit.mockRestore();
    }
  });
});
