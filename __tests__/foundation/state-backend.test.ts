import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { App, Testing, TerraformStack } from "cdktf";
import { ConfigError } from "../../config/config-error";
import { ENVIRONMENTS_DIR } from "../../config/load-environment";
import { SovereignStack } from "../../stacks/sovereign-stack";
import { keepProviderLockFile, LOCK_FILE_NAME, lockFileOf, stackKindOf } from "../../stacks/provider-lock";
import type { StateEncryptionConfig } from "../../config/environment";
import { configureStateBackend, configureStateEncryption, encryptionBlock, requiredVersionFor, requireTerraformVersion, runsOpenTofu } from "../../stacks/state-backend";
import { collectProviderLocks } from "../../tools/provider-locks";
import { FIXTURE_ENVIRONMENTS, sharedSynth, type FixtureEnvironment } from "../app-fixture";
import { loadTestEnvironment } from "../helpers/environments";
import { fixture } from "../migration/helpers";

const SYNTH_TIMEOUT_MS = 120_000;

/** Every synthesized stack of an environment, by name. */
async function stacksOf(environment: FixtureEnvironment) {
  const { outdir } = await sharedSynth(environment);
  const manifest = JSON.parse(fs.readFileSync(path.join(outdir, "manifest.json"), "utf8")) as { stacks: Record<string, { synthesizedStackPath: string }> };
  return Object.entries(manifest.stacks).map(([name, stack]) => ({ name, json: JSON.parse(fs.readFileSync(path.join(outdir, stack.synthesizedStackPath), "utf8")) }));
}

function withBinary<T>(binary: string | undefined, body: () => T): T {
  const before = process.env.TERRAFORM_BINARY_NAME;
  if (binary === undefined) delete process.env.TERRAFORM_BINARY_NAME;
  else process.env.TERRAFORM_BINARY_NAME = binary;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TERRAFORM_BINARY_NAME;
    else process.env.TERRAFORM_BINARY_NAME = before;
  }
}

/** A stack with dev's local backend and the given encryption settings, as every stack of the app sets them up: its JSON and warnings. */
function stackWith(encryption: StateEncryptionConfig | undefined, binary?: string) {
  return withBinary(binary, () => {
    const stack = new TerraformStack(Testing.app() as App, "stack-test");
    configureStateBackend(stack, "stack-test", { type: "local" });
    configureStateEncryption(stack, encryption);
    requireTerraformVersion(stack);
    const json = JSON.parse(Testing.synth(stack));
    const warnings = stack.node.metadata.filter((entry) => entry.type === "@cdktf/warn").map((entry) => String(entry.data));
    return { json, warnings };
  });
}

beforeAll(() => sharedSynth("dev"), SYNTH_TIMEOUT_MS);

describe("the Terraform version each stack declares", () => {
  it("derives required_version from the features used: import blocks 1.5, S3 endpoints 1.6.3, use_lockfile 1.10, OpenTofu encryption 1.7", () => {
    expect(requiredVersionFor([])).toBe(">= 1.5");
    expect(requiredVersionFor(["s3CompatibleEndpoint"])).toBe(">= 1.6.3");
    expect(requiredVersionFor(["stateEncryption"])).toBe(">= 1.7");
    expect(requiredVersionFor(["s3CompatibleEndpoint", "s3Lockfile", "stateEncryption"])).toBe(">= 1.10");
  });

  it.each(FIXTURE_ENVIRONMENTS)("%s: every stack declares what its backend needs", async (environment) => {
    for (const { name, json } of await stacksOf(environment)) {
      const backend = Object.keys(json.terraform.backend)[0];
      expect([name, backend, json.terraform.required_version]).toEqual([name, backend, backend === "s3" ? ">= 1.10" : ">= 1.5"]);
    }
  });

  it("prod's S3 backend locks with a lock file next to the state (S3 conditional writes)", async () => {
    for (const { json } of await stacksOf("prod")) expect(json.terraform.backend.s3.use_lockfile).toBe(true);
  });

  it.each(FIXTURE_ENVIRONMENTS)("%s: pins every provider to one exact version", async (environment) => {
    for (const { name, json } of await stacksOf(environment)) {
      for (const [provider, requirement] of Object.entries(json.terraform.required_providers as Record<string, { version: string }>)) {
        expect([name, provider, requirement.version]).toEqual([name, provider, expect.stringMatching(/^\d+\.\d+\.\d+$/)]);
      }
    }
  });
});

describe("OpenTofu state encryption", () => {
  const openbao = { keyProvider: "openbao" as const, address: "https://bao.example.fr:8200", keyName: "hdh-dev-state" };

  it("knows OpenTofu by TERRAFORM_BINARY_NAME, as cdktf-cli does", () => {
    expect(runsOpenTofu("tofu")).toBe(true);
    expect(runsOpenTofu("/usr/local/bin/tofu")).toBe(true);
    expect(runsOpenTofu("terraform")).toBe(false);
    expect(runsOpenTofu(undefined)).toBe(false);
  });

  it("emits the encryption block with an OpenBao transit key in every stack of the environment when the binary is tofu, and raises required_version", () => {
    const { environment } = fixture("dev");
    environment.stateEncryption = { ...openbao, transitEnginePath: "/hdh/transit" };
    const json = withBinary("tofu", () => JSON.parse(Testing.synth(new SovereignStack(Testing.app() as App, "sovereign-test", { environment }))));
    expect(json.terraform.encryption).toEqual({
      key_provider: { openbao: { hdh: { address: "https://bao.example.fr:8200", key_name: "hdh-dev-state", transit_engine_path: "/hdh/transit" } } },
      method: { aes_gcm: { hdh: { keys: "${key_provider.openbao.hdh}" } } },
      state: { method: "method.aes_gcm.hdh", enforced: true },
      plan: { method: "method.aes_gcm.hdh", enforced: true },
      remote_state_data_sources: { default: { method: "method.aes_gcm.hdh" } },
    });
    expect(json.terraform.required_version).toBe(">= 1.7");
  });

  it("takes a pbkdf2 passphrase from a sensitive variable, filled from the sovereign secret store", () => {
    const { json } = stackWith({ keyProvider: "pbkdf2" }, "tofu");
    expect(json.terraform.encryption.key_provider).toEqual({ pbkdf2: { hdh: { passphrase: "${var.state_encryption_passphrase}" } } });
    expect(json.variable.state_encryption_passphrase).toMatchObject({ type: "string", sensitive: true, nullable: false });
    expect(JSON.stringify(json)).not.toMatch(/passphrase"\s*:\s*"[^$]/);
  });

  it("reads plaintext state once while migrating to encryption", () => {
    const block = encryptionBlock({ ...openbao, migrateFromUnencrypted: true }) as Record<string, Record<string, unknown>>;
    expect(block.method.unencrypted).toEqual({ migrate: {} });
    expect(block.state).toEqual({ method: "method.aes_gcm.hdh", enforced: true, fallback: { method: "method.unencrypted.migrate" } });
  });

  it("emits nothing for Terraform, which has no such block, and says so at synth", () => {
    const { json, warnings } = stackWith(openbao, "terraform");
    expect(json.terraform.encryption).toBeUndefined();
    expect(json.terraform.required_version).toBe(">= 1.5");
    expect(warnings).toEqual([expect.stringContaining("stateEncryption is set but TERRAFORM_BINARY_NAME is not tofu")]);
  });

  it("emits nothing when the environment does not ask for it, even with tofu", () => {
    const { json, warnings } = stackWith(undefined, "tofu");
    expect(json.terraform.encryption).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it("prod keeps its state key in OpenBao on the sovereign side", () => {
    expect(loadTestEnvironment("prod").config.stateEncryption).toMatchObject({ keyProvider: "openbao", address: expect.stringMatching(/^https:\/\/bao\.snc-par-hdh1\./) });
  });

  /** Loads a variant of the dev environment file. */
  const loadVariant = (mutate: (config: Record<string, unknown>) => void) => {
    const config = JSON.parse(fs.readFileSync(path.join(ENVIRONMENTS_DIR, "dev.json"), "utf8"));
    mutate(config);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-env-")), "variant.json");
    fs.writeFileSync(file, JSON.stringify(config));
    try {
      loadTestEnvironment(file);
    } catch (error) {
      return error as ConfigError;
    }
    throw new Error("expected a ConfigError");
  };

  it("refuses a key server of an operator subject to extraterritorial law", () => {
    const error = loadVariant((c) => (c.stateEncryption = { ...openbao, address: "https://kms.eu-west-3.amazonaws.com" }));
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.field).toBe("stateEncryption.address");
    expect(error.message).toMatch(/the state key must stay on the sovereign side$/);
  });

  it("refuses an OpenBao key provider without its key name, and an unknown key provider, naming the field", () => {
    expect(loadVariant((c) => (c.stateEncryption = { keyProvider: "openbao", address: "https://bao.example.fr" })).message).toMatch(/stateEncryption/);
    expect(loadVariant((c) => (c.stateEncryption = { keyProvider: "aws_kms" })).message).toMatch(/stateEncryption\.keyProvider/);
  });

  it("refuses a subscription that is not a UUID, naming the field", () => {
    const error = loadVariant((c) => ((c.legacy as Record<string, unknown>).subscriptionId = "hdh-dev"));
    expect(error.message).toMatch(/legacy\.subscriptionId/);
    expect(error.message).not.toContain("\n");
  });
});

describe("provider lock files", () => {
  const lockText = 'provider "registry.terraform.io/hashicorp/random" {\n  version     = "3.7.2"\n  constraints = "3.7.2"\n}\n';

  it("names each stack's kind, whatever its environment", () => {
    expect(stackKindOf("legacy-azure-pre-prod")).toBe("legacy-azure");
    expect(stackKindOf("sovereign-dev")).toBe("sovereign");
    expect(stackKindOf("broken")).toBeUndefined();
  });

  it("puts the committed lock file of a stack's kind where cdktf and terraform init read it, at synth", () => {
    const locksDir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-locks-"));
    fs.writeFileSync(lockFileOf("sovereign", locksDir), lockText);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-lock-synth-"));
    const app = new App({ outdir });
    keepProviderLockFile(new TerraformStack(app, "sovereign-test"), "sovereign", locksDir);
    keepProviderLockFile(new TerraformStack(app, "migration-test"), "migration", locksDir);
    app.synth();
    expect(fs.readFileSync(path.join(outdir, "stacks", "sovereign-test", LOCK_FILE_NAME), "utf8")).toBe(lockText);
    expect(fs.existsSync(path.join(outdir, "stacks", "sovereign-test", "cdk.tf.json"))).toBe(true);
    // No committed lock for that kind yet: nothing is written (the first `terraform init` makes one).
    expect(fs.existsSync(path.join(outdir, "stacks", "migration-test", LOCK_FILE_NAME))).toBe(false);
  });

  it("collects the lock files terraform init wrote back to the committed ones (npm run providers:lock)", async () => {
    const { outdir: shared } = await sharedSynth("dev");
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), "hdh-lock-collect-"));
    fs.cpSync(shared, outdir, { recursive: true });
    fs.writeFileSync(path.join(outdir, "stacks", "legacy-azure-dev", LOCK_FILE_NAME), lockText.replace(/random/g, "azurerm"));
    const locksDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "hdh-locks-")), "locks");
    const collected = collectProviderLocks({ outdir, locksDir });
    expect(collected).toEqual([{ stack: "legacy-azure-dev", kind: "legacy-azure", file: lockFileOf("legacy-azure", locksDir) }]);
    expect(fs.readFileSync(lockFileOf("legacy-azure", locksDir), "utf8")).toContain('"registry.terraform.io/hashicorp/azurerm"');
  });

  it("refuses a folder that is not a synthesized app", () => {
    expect(() => collectProviderLocks({ outdir: fs.mkdtempSync(path.join(os.tmpdir(), "hdh-empty-")) })).toThrow(/no manifest; synthesize the app first$/);
  });
});
