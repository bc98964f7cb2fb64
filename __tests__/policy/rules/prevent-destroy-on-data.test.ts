import { preventDestroyOnData } from "../../../policy/rules/prevent-destroy-on-data";
import { findingsOf, OVH_PROVIDER, plan, run, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const rules = [preventDestroyOnData];
const volume = (lifecycle?: Record<string, unknown>) =>
  tfJson({ provider: OVH_PROVIDER, resource: { openstack_blockstorage_volume_v3: { v: { size: 10, ...(lifecycle ? { lifecycle } : {}) } }, openstack_networking_network_v2: { n: {} } } }, SOVEREIGN_SYNTHETIC);

describe("rule prevent-destroy-on-data", () => {
  it("passes a volume with prevent_destroy (compliant) and ignores resources that hold no data", () => {
    expect(run([volume({ prevent_destroy: true })], { rules }).findings).toEqual([]);
  });

  it("flags a volume without prevent_destroy (non-compliant)", () => {
    expect(findingsOf(run([volume()], { rules }), "prevent-destroy-on-data")).toEqual([
      "openstack_blockstorage_volume_v3.v: openstack_blockstorage_volume_v3 holds data but lacks lifecycle.prevent_destroy = true",
    ]);
  });

  it("warns when the input (a plan) cannot tell", () => {
    const stack = plan({
      format_version: "1.2",
      planned_values: { root_module: { resources: [{ address: "openstack_blockstorage_volume_v3.v", mode: "managed", type: "openstack_blockstorage_volume_v3", name: "v", values: {} }] } },
    });
    const result = run([stack], { rules });
    expect(result.findings.map((f) => [f.severity, f.ruleId])).toEqual([["warning", "prevent-destroy-on-data"]]);
  });

  it("covers every data-bearing type: Barbican secrets and containers, Scaleway buckets, databases, volumes, secrets and keys", () => {
    const openstack = tfJson(
      { provider: OVH_PROVIDER, resource: { openstack_keymanager_secret_v1: { s: {} }, openstack_keymanager_container_v1: { c: { lifecycle: { prevent_destroy: true } } } } },
      SOVEREIGN_SYNTHETIC,
    );
    expect(findingsOf(run([openstack], { rules }), "prevent-destroy-on-data")).toEqual(["openstack_keymanager_secret_v1.s: openstack_keymanager_secret_v1 holds data but lacks lifecycle.prevent_destroy = true"]);
    const types = ["scaleway_object_bucket", "scaleway_rdb_instance", "scaleway_rdb_database", "scaleway_block_volume", "scaleway_secret", "scaleway_secret_version", "scaleway_key_manager_key"];
    const scaleway = (lifecycle: Record<string, unknown>) =>
      tfJson({ provider: { scaleway: { region: "fr-par", zone: "fr-par-1" } }, resource: Object.fromEntries(types.map((t) => [t, { x: { lifecycle } }])) }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([scaleway({ prevent_destroy: true })], { rules }), "prevent-destroy-on-data")).toEqual([]);
    expect(findingsOf(run([scaleway({})], { rules }), "prevent-destroy-on-data")).toEqual(types.map((t) => `${t}.x: ${t} holds data but lacks lifecycle.prevent_destroy = true`));
  });
});
