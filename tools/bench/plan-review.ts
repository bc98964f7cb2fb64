/**
 * Plan-review benchmark: generates 10 `terraform show -json` plans (format 1.2) totalling 10,000
 * resource changes of the project's providers (creates, updates, replacements, deletions with their
 * prior state, imports, moves, nested modules, references to resolve), then runs
 * `hdh-policy review` on them in a child process (as CI does) and prints its wall time and peak RSS.
 * Target: ≤ 3 s and ≤ 500 MB.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..", "..");
const TARGET_SECONDS = 3;
const TARGET_RSS_MB = 500;

type Json = Record<string, unknown>;

const OPENSTACK = "registry.terraform.io/terraform-provider-openstack/openstack";
const AZURERM = "registry.terraform.io/hashicorp/azurerm";

interface Generated {
  readonly planned: Json[];
  readonly prior: Json[];
  readonly changes: Json[];
  readonly config: Json[];
}

/** Terraform's action lists in a realistic mix (most plans mostly create or do nothing). */
const ACTION_CYCLE: readonly string[][] = [["create"], ["create"], ["no-op"], ["update"], ["create"], ["no-op"], ["delete", "create"], ["create"], ["update"], ["delete"]];

function resourceChange(address: string, type: string, provider: string, actions: string[], before: Json | null, after: Json | null, extra: Json = {}): Json {
  const [, name] = address.split(".").slice(-2);
  return {
    address,
    ...(address.startsWith("module.") ? { module_address: address.slice(0, address.lastIndexOf(`.${type}.`)) } : {}),
    mode: "managed",
    type,
    name,
    provider_name: provider,
    change: {
      actions,
      before,
      after,
      after_unknown: after ? { id: true } : false,
      before_sensitive: before ? {} : false,
      after_sensitive: after ? {} : false,
      ...(actions.length === 2 ? { replace_paths: [["size"]] } : {}),
    },
    ...extra,
  };
}

function planned(address: string, type: string, provider: string, values: Json): Json {
  const [, name] = address.split(".").slice(-2);
  return { address, mode: "managed", type, name, provider_name: provider, schema_version: 0, values, sensitive_values: {} };
}

/** One sovereign plan: networks, subnets (regions through their network), instances, volumes, containers. */
function sovereignResources(count: number, seed: number): Generated {
  const types = ["openstack_networking_network_v2", "openstack_networking_subnet_v2", "openstack_compute_instance_v2", "openstack_blockstorage_volume_v3", "openstack_objectstorage_container_v1"];
  const out: Generated = { planned: [], prior: [], changes: [], config: [] };
  for (let i = 0; i < count; i++) {
    const type = types[i % types.length];
    const name = `r${i}`;
    const inModule = i % 4 === 0;
    const address = `${inModule ? `module.workspace["w${i % 7}"].` : ""}${type}.${name}`;
    const values: Json = { name: `hdh-${seed}-${i}`, ...(type === "openstack_networking_subnet_v2" ? { network_id: `net-${i - 1}`, cidr: "10.0.0.0/24" } : {}), ...(type === "openstack_blockstorage_volume_v3" ? { size: 100, volume_type: "classic-luks" } : {}) };
    const actions = ACTION_CYCLE[(i + seed) % ACTION_CYCLE.length];
    const before = actions[0] === "create" ? null : { ...values, id: `id-${i}`, region: "EU-WEST-PAR", size: 50 };
    const after = actions[0] === "delete" && actions.length === 1 ? null : values;
    const importing = actions[0] === "no-op" && i % 20 === 2 ? { importing: { id: `id-${i}` } } : {};
    const moved = actions[0] === "no-op" && i % 20 === 7 ? { previous_address: `${type}.old_${name}` } : {};
    out.changes.push(resourceChange(address, type, OPENSTACK, actions, before, after, { ...importing, ...moved }));
    if (after) out.planned.push(planned(address, type, OPENSTACK, after));
    if (before && !("importing" in importing)) out.prior.push(planned(address, type, OPENSTACK, before));
    if (!inModule && after) {
      const expressions: Json = { name: { constant_value: values.name } };
      if (type === "openstack_networking_subnet_v2") expressions.network_id = { references: [`openstack_networking_network_v2.r${i - 1}.id`, `openstack_networking_network_v2.r${i - 1}`] };
      out.config.push({ address: `${type}.${name}`, mode: "managed", type, name, provider_config_key: "openstack", expressions, schema_version: 0 });
    }
  }
  return out;
}

/** One legacy plan: a resource group and storage accounts, virtual networks, subnets referring to it. */
function legacyResources(count: number, seed: number): Generated {
  const types = ["azurerm_storage_account", "azurerm_virtual_network", "azurerm_subnet", "azurerm_managed_disk"];
  const out: Generated = { planned: [], prior: [], changes: [], config: [] };
  const rg = { name: `rg-${seed}`, location: "francecentral" };
  out.changes.push(resourceChange("azurerm_resource_group.platform", "azurerm_resource_group", AZURERM, ["no-op"], rg, rg));
  out.planned.push(planned("azurerm_resource_group.platform", "azurerm_resource_group", AZURERM, rg));
  out.prior.push(planned("azurerm_resource_group.platform", "azurerm_resource_group", AZURERM, rg));
  out.config.push({ address: "azurerm_resource_group.platform", mode: "managed", type: "azurerm_resource_group", name: "platform", provider_config_key: "azurerm", expressions: { location: { constant_value: "francecentral" } }, schema_version: 0 });
  for (let i = 1; i < count; i++) {
    const type = types[i % types.length];
    const name = `r${i}`;
    const address = `${type}.${name}`;
    const values: Json = type === "azurerm_subnet" ? { name: `snet-${i}`, virtual_network_name: `vnet-${i - 1}`, resource_group_name: rg.name } : { name: `${type.slice(8, 12)}-${i}`, location: "francecentral", resource_group_name: rg.name };
    if (type === "azurerm_virtual_network") values.name = `vnet-${i}`;
    const actions = ACTION_CYCLE[(i + seed) % ACTION_CYCLE.length];
    const before = actions[0] === "create" ? null : { ...values, id: `/subscriptions/0/${i}`, tags: { old: "yes" } };
    const after = actions[0] === "delete" && actions.length === 1 ? null : { ...values, tags: {} };
    out.changes.push(resourceChange(address, type, AZURERM, actions, before, after));
    if (after) out.planned.push(planned(address, type, AZURERM, after));
    if (before) out.prior.push(planned(address, type, AZURERM, before));
    if (after) {
      const expressions: Json = type === "azurerm_subnet"
        ? { virtual_network_name: { references: [`azurerm_virtual_network.r${i - 1}.name`, `azurerm_virtual_network.r${i - 1}`] } }
        : { location: { references: ["azurerm_resource_group.platform.location", "azurerm_resource_group.platform"] } };
      out.config.push({ address, mode: "managed", type, name, provider_config_key: "azurerm", expressions, schema_version: 0 });
    }
  }
  return out;
}

/** Nests module resources as Terraform does: planned_values.root_module.child_modules by module address. */
function moduleTree(resources: Json[]): Json {
  const root: Json[] = [];
  const children = new Map<string, Json[]>();
  for (const r of resources) {
    const address = r.address as string;
    const cut = address.lastIndexOf(`.${r.type as string}.`);
    if (cut < 0) root.push(r);
    else children.set(address.slice(0, cut), [...(children.get(address.slice(0, cut)) ?? []), r]);
  }
  return { resources: root, child_modules: [...children.entries()].map(([address, list]) => ({ address, resources: list })) };
}

function planDocument(generated: Generated, sovereign: boolean): Json {
  const providerConfig = sovereign
    ? { openstack: { name: "openstack", full_name: OPENSTACK, expressions: { auth_url: { constant_value: "https://auth.cloud.ovh.net/v3" }, region: { constant_value: "EU-WEST-PAR" } } } }
    : { azurerm: { name: "azurerm", full_name: AZURERM, expressions: { features: [{}] } } };
  const moduleCalls = sovereign
    ? { workspace: { source: "./modules/workspace", expressions: {}, module: { resources: [] } } }
    : undefined;
  return {
    format_version: "1.2",
    terraform_version: "1.11.4",
    planned_values: { root_module: moduleTree(generated.planned) },
    resource_changes: generated.changes,
    prior_state: { format_version: "1.0", terraform_version: "1.11.4", values: { root_module: moduleTree(generated.prior) } },
    configuration: { provider_config: providerConfig, root_module: { resources: generated.config, ...(moduleCalls ? { module_calls: moduleCalls } : {}) } },
    timestamp: "2026-11-29T06:00:00Z",
    applyable: true,
    complete: true,
    errored: false,
  };
}

/** Writes `plans` plan files totalling `changes` resource changes; returns their paths. */
export function generateBenchPlans(dir: string, plans = 10, changes = 10_000): string[] {
  const perPlan = Math.floor(changes / plans);
  return Array.from({ length: plans }, (_, p) => {
    const sovereign = p % 2 === 0;
    const count = p === plans - 1 ? changes - perPlan * (plans - 1) : perPlan;
    const generated = sovereign ? sovereignResources(count, p) : legacyResources(count, p);
    const file = path.join(dir, `${sovereign ? "sovereign" : "legacy-azure"}-bench-${p}.json`);
    writeFileSync(file, JSON.stringify(planDocument(generated, sovereign)));
    return file;
  });
}

interface ChildRun {
  wallSeconds: number;
  reviewSeconds: number;
  cpuSeconds: number;
  peakRssMb: number;
  exitCode: number | null;
}

function runReviewChild(files: readonly string[], format: "markdown" | "json", output: string): ChildRun {
  const started = process.hrtime.bigint();
  const child = spawnSync(
    process.execPath,
    ["-r", require.resolve("../register-ts.js"), path.join(__dirname, "plan-review-child.ts"), "review", ...files, "--format", format, "--output", output, "--today", "2026-11-29"],
    { cwd: ROOT, encoding: "utf8", env: { ...process.env, SWC_NODE_PROJECT: path.join(ROOT, "tsconfig.json") } },
  );
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const match = /bench-child: (\{.*\})/.exec(child.stderr ?? "");
  // Exit 1 is expected (the generated plans replace and delete data stores); 2 means the review failed.
  if (!match || child.status === 2) throw new Error(`plan review failed (exit ${child.status}): ${(child.stderr ?? "").trim().split("\n")[0]}`);
  const figures = JSON.parse(match[1]) as { seconds: number; cpuSeconds: number; maxRssKb: number };
  return { wallSeconds, reviewSeconds: figures.seconds, cpuSeconds: figures.cpuSeconds, peakRssMb: figures.maxRssKb / 1024, exitCode: child.status };
}

/** Prints the wall time and peak RSS of reviewing 10 plans totalling 10,000 resource changes. */
export async function benchPlanReview(options: { runs?: number } = {}): Promise<void> {
  const scratch = mkdtempSync(path.join(tmpdir(), "hdh-bench-review-"));
  try {
    const files = generateBenchPlans(scratch);
    // Wall time depends on what else runs: say how busy the machine was.
    console.log(`plan review: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)} at start`);
    for (const format of ["markdown", "json"] as const) {
      const runs = Array.from({ length: options.runs ?? 3 }, () => runReviewChild(files, format, path.join(scratch, `review.${format}`)));
      const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
      const wall = median(runs.map((r) => r.wallSeconds));
      const inProcess = median(runs.map((r) => r.reviewSeconds));
      const cpu = median(runs.map((r) => r.cpuSeconds));
      const peak = Math.max(...runs.map((r) => r.peakRssMb));
      const verdict = (value: number, target: number): string => (value <= target ? "target met" : `TARGET MISSED: ≤ ${target}`);
      console.log(
        `plan review (${format}), 10 plans / 10,000 resource changes: median ${wall.toFixed(2)} s wall over ${runs.length} runs ` +
          `(node start + review; review alone ${inProcess.toFixed(2)} s; ${cpu.toFixed(2)} s CPU) [target ≤ ${TARGET_SECONDS} s] (${verdict(wall, TARGET_SECONDS)}); ` +
          `peak RSS ${peak.toFixed(0)} MB [target ≤ ${TARGET_RSS_MB} MB] (${verdict(peak, TARGET_RSS_MB)})`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchPlanReview().catch((error: Error) => {
    process.stderr.write(`bench plan-review: ${error.message}\n`);
    process.exitCode = 1;
  });
}
