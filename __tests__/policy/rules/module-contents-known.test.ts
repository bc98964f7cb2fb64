import { moduleContentsKnown } from "../../../policy/rules/module-contents-known";
import { findingsOf, OVH_PROVIDER, plan, run, SOVEREIGN_SYNTHETIC, tfJson } from "../helpers";

const rules = [moduleContentsKnown];

describe("rule module-contents-known", () => {
  it("passes a configuration without modules and a plan with modules (compliant)", () => {
    const config = tfJson({ provider: OVH_PROVIDER, resource: { openstack_networking_network_v2: { n: {} } } }, SOVEREIGN_SYNTHETIC);
    const withModules = plan({
      format_version: "1.2",
      planned_values: { root_module: { child_modules: [{ address: "module.a", resources: [] }] } },
      configuration: { root_module: { module_calls: { a: { source: "./a", module: {} } } } },
    });
    expect(run([config, withModules], { rules }).findings).toEqual([]);
  });

  it("flags a configuration that calls a module it cannot see into (non-compliant)", () => {
    const config = tfJson({ provider: OVH_PROVIDER, module: { db: { source: "./modules/db", size: 3 } } }, SOVEREIGN_SYNTHETIC);
    expect(findingsOf(run([config], { rules }), "module-contents-known")).toEqual([
      "module.db: the resources of module.db (./modules/db) are not in this input: scan a plan (terraform show -json) to check them",
    ]);
  });
});
