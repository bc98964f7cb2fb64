/**
 * scaleway-dev plans offline with the real Terraform through the schema-only providers (the vendored Scaleway
 * schema, the derived azurerm one): the legacy stack, the Scaleway landing zone and the migration to it; and the
 * plan review groups the Scaleway changes by region, a zone-level resource (an instance in fr-par-1) in its
 * region (fr-par), as the catalogue's zone `parent` says. The plans are the suites' shared offline plan of the
 * app (__tests__/app-fixture.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { formatReviewMarkdown } from "../../policy/review/markdown";
import { reviewJson } from "../../policy/review/json";
import { reviewPlanFiles, type PlanReview } from "../../policy/review/review";
import type { StackPlanResult } from "../../tools/offline-plan";
import { sharedPlan } from "../app-fixture";
import { TEST_TODAY } from "../helpers/environments";
import { HAS_TERRAFORM, SKIP_LINE, TERRAFORM_BINARY, TERRAFORM_TIMEOUT_MS } from "./terraform-helpers";

interface JsonPlan {
  resource_changes: { address: string; type: string; mode: string; change: { actions: string[]; after: Record<string, unknown> | null } }[];
}

const STACKS = ["legacy-azure-scaleway-dev", "sovereign-scaleway-dev", "migration-scaleway-dev"];
const readPlan = (file: string): JsonPlan => JSON.parse(readFileSync(file, "utf8")) as JsonPlan;

if (!HAS_TERRAFORM) {
  test.skip(SKIP_LINE, () => undefined);
} else {
  describe("scaleway-dev, planned offline with Terraform", () => {
    let outdir: string;
    let results: readonly StackPlanResult[];

    beforeAll(async () => {
      ({ outdir, results } = await sharedPlan("scaleway-dev", TERRAFORM_BINARY));
    }, TERRAFORM_TIMEOUT_MS);

    test("every stack passes terraform validate and plans: legacy, the Scaleway landing zone, the migration to it", () => {
      expect(results.map((result) => [result.stack, result.failure ?? "planned"]).sort()).toEqual(STACKS.map((stack) => [stack, "planned"]).sort());
      expect(results.every((result) => result.validateOk && result.planOk)).toBe(true);
    });

    test("the landing zone and the migration create their Scaleway resources, the VPN's pre-shared key read once the connection exists", () => {
      const sovereign = readPlan(join(outdir, "plans", "sovereign-scaleway-dev.json"));
      const scaleway = sovereign.resource_changes.filter((change) => change.type.startsWith("scaleway_"));
      expect(scaleway.length).toBeGreaterThan(90);
      expect(scaleway.every((change) => change.change.actions.join() === "create")).toBe(true);
      const migration = readPlan(join(outdir, "plans", "migration-scaleway-dev.json"));
      const created = new Set(migration.resource_changes.filter((c) => c.mode === "managed" && c.change.actions.join() === "create").map((c) => c.type));
      for (const type of ["scaleway_s2s_vpn_gateway", "scaleway_s2s_vpn_customer_gateway", "scaleway_s2s_vpn_routing_policy", "scaleway_s2s_vpn_connection", "scaleway_instance_server", "scaleway_iam_application", "scaleway_iam_api_key", "azurerm_virtual_network_gateway_connection"]) {
        expect([type, created.has(type)]).toEqual([type, true]);
      }
      const psk = migration.resource_changes.find((c) => c.type === "scaleway_secret_version" && c.mode === "data");
      expect(psk?.change.actions).toEqual(["read"]);
    });

    test("the legacy stack creates only what it declares new, and no logical replication parameter (the copy is by snapshots)", () => {
      const legacy = readPlan(join(outdir, "plans", "legacy-azure-scaleway-dev.json"));
      const synthesized = JSON.parse(readFileSync(join(outdir, "stacks", "legacy-azure-scaleway-dev", "cdk.tf.json"), "utf8"));
      const created = legacy.resource_changes.filter((c) => c.mode === "managed" && c.change.actions.includes("create"));
      for (const change of created) {
        const [type, name] = change.address.split(".");
        expect([change.address, synthesized.resource[type][name]["//"].adoption.status]).toEqual([change.address, "new"]);
      }
      expect(legacy.resource_changes.filter((c) => c.type === "azurerm_postgresql_flexible_server_configuration")).toEqual([]);
    });

    describe("the plan review", () => {
      let review: PlanReview;
      let markdown: string;
      let json: { changes: { address: string; stack: string; provider: string; region: string | null; zone?: string }[]; estate: { provider: string; region: string | null; regionStatus: string; resources: number; create: number }[] };

      beforeAll(() => {
        review = reviewPlanFiles(
          STACKS.map((stack) => join(outdir, "plans", `${stack}.json`)),
          { today: TEST_TODAY },
        );
        // Every row: the default cuts tables to fit a GitHub comment.
        markdown = formatReviewMarkdown(review, { maxChangeRows: 10_000, maxLength: 10_000_000 });
        json = reviewJson(review) as unknown as typeof json;
      });

      test("counts a zone-level resource in its region: every located Scaleway change is in fr-par, the zone said beside it", () => {
        const scaleway = json.changes.filter((c) => c.provider === "scaleway");
        expect(scaleway.length).toBeGreaterThan(120);
        const regions = new Set(scaleway.filter((c) => c.region !== null).map((c) => c.region));
        expect([...regions]).toEqual(["fr-par"]);
        const server = scaleway.find((c) => c.address.startsWith("scaleway_instance_server.portal-servers_server-1"));
        expect(server).toMatchObject({ stack: "sovereign-scaleway-dev", region: "fr-par", zone: "fr-par-2" });
        const worker = scaleway.find((c) => c.stack === "migration-scaleway-dev" && c.address.startsWith("scaleway_instance_server."));
        expect(worker).toMatchObject({ region: "fr-par", zone: "fr-par-1" });
        const vpc = scaleway.find((c) => c.address.startsWith("scaleway_vpc."));
        expect(vpc).toMatchObject({ region: "fr-par" });
        expect(vpc?.zone).toBeUndefined();
      });

      test("groups the estate by provider and region like the others: Scaleway's zones fold into fr-par", () => {
        const rows = json.estate.filter((row) => row.provider === "scaleway");
        expect(rows.map((row) => row.region)).toEqual(expect.arrayContaining(["fr-par"]));
        expect(rows.map((row) => row.region).filter((region) => region !== null && /-\d$/.test(region))).toEqual([]);
        const frPar = rows.find((row) => row.region === "fr-par");
        const located = json.changes.filter((c) => c.provider === "scaleway" && c.region === "fr-par" && !c.address.startsWith("data."));
        expect(frPar?.create).toBe(located.length);
        const azure = json.estate.filter((row) => row.provider === "azurerm").map((row) => row.region);
        expect(azure).toEqual(expect.arrayContaining(["francecentral"]));
      });

      test("shows one Markdown group per provider and region, the zones in the rows' details", () => {
        expect(markdown).toContain("<b>scaleway · fr-par</b>");
        expect(markdown).not.toMatch(/<b>scaleway · fr-par-\d<\/b>/);
        expect(markdown).toMatch(/`scaleway_instance_server\.portal-servers_server-0_[^`]+` \| create \| zone fr-par-1/);
        expect(markdown).toContain("<b>azurerm · francecentral</b>");
      });
    });
  });
}
