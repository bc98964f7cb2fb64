import { checkedPlan, fixture, resourcesOf, synthLegacy, synthMigration } from "./helpers";

describe("cutover", () => {
  it("points the portal's record to the sovereign load balancer once every workload is cut over (prod)", () => {
    const { environment, plan, planFile } = fixture("prod");
    const json = synthMigration(environment, checkedPlan(plan, planFile));
    const records = resourcesOf(json, "openstack_dns_recordset_v2").map(([, r]) => r);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ type: "A" });
    expect(records[0].name).toMatch(/^portal\.\$\{openstack_dns_zone_v2\.[^}]+\.name\}$/);
    expect(records[0].zone_id).toMatch(/^\$\{openstack_dns_zone_v2\.[^}]+\.id\}$/);
    expect(records[0].records).toEqual([expect.stringMatching(/^\$\{openstack_lb_loadbalancer_v2\.[^}]*portal-lb[^}]*\.vip_address\}$/)]);
  });

  it("leaves the portal on Azure while a workload is still replicating (dev)", () => {
    const { environment, plan, planFile } = fixture("dev");
    expect(plan.datasets.find((d) => d.kind === "workload")?.phase).toBe("replicating");
    expect(resourcesOf(synthMigration(environment, checkedPlan(plan, planFile)), "openstack_dns_recordset_v2")).toHaveLength(0);
  });

  it("makes the legacy container of each cut-over dataset read-only, and only those (in the legacy stack)", () => {
    const { environment, plan, planFile } = fixture("prod");
    const json = synthLegacy(environment, checkedPlan(plan, planFile));
    const locks = resourcesOf(json, "azurerm_management_lock").map(([, l]) => l);
    expect(locks.map((l) => l.name)).toEqual(["cutover-cohorts"]);
    expect(locks[0].lock_level).toBe("ReadOnly");
    // On the container itself, so the lock lives (and is judged) where the container lives.
    const [containerName] = resourcesOf(json, "azurerm_storage_container").find(([, c]) => c.name === "cohorts") ?? [];
    expect(locks[0].scope).toBe(`\${azurerm_storage_container.${containerName}.resource_manager_id}`);
    const policies = resourcesOf(json, "azurerm_storage_container_immutability_policy").map(([, p]) => p);
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatchObject({ storage_container_resource_manager_id: locks[0].scope, locked: false });
    expect(resourcesOf(synthMigration(environment, checkedPlan(plan, planFile)), "azurerm_management_lock")).toHaveLength(0);
  });

  it("moves the portal in dev once its workload is cut over", () => {
    const { environment, plan } = fixture("dev");
    const cohorts = plan.datasets.find((d) => d.id === "cohorts");
    if (!cohorts) throw new Error("dev plan has no cohorts");
    cohorts.phase = "cutover";
    cohorts.phaseHistory.push({ phase: "cutover", since: "2026-11-28" });
    expect(resourcesOf(synthMigration(environment, checkedPlan(plan)), "openstack_dns_recordset_v2")).toHaveLength(1);
    const locks = resourcesOf(synthLegacy(environment, checkedPlan(plan)), "azurerm_management_lock");
    expect(locks.map(([, l]) => l.name).sort()).toEqual(["cutover-cohorts", "cutover-snds-sample"]);
  });
});
