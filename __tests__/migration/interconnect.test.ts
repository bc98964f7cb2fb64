import { DEFAULT_IPSEC_PARAMETERS, type IpsecParameters } from "../../constructs/migration/ipsec-parameters";
import { postgresSubnetCidr } from "../../constructs/legacy/network";
import { checkedPlan, fixture, onlyResource, resourcesOf, synthMigration, withoutDatabases, type Synthesized } from "./helpers";

/**
 * Reads a cipher, hash or group the way either cloud spells it and returns one canonical form, so the
 * test compares the two ends without reusing the code's own translation tables.
 */
function canonical(value: string): string {
  const text = String(value).toLowerCase().replace(/[^a-z0-9]/g, "");
  const groups: Record<string, string> = { dhgroup14: "modp2048", group14: "modp2048", pfs2048: "modp2048", ecp256: "ecp256", group19: "ecp256", ecp384: "ecp384", group20: "ecp384" };
  return groups[text] ?? text;
}

function ref(type: string, name: string, attribute: string): string {
  return `\${${type}.${name}.${attribute}}`;
}

function interconnect(json: Synthesized) {
  const [connectionName, azure] = onlyResource(json, "azurerm_virtual_network_gateway_connection");
  const [siteName, site] = onlyResource(json, "openstack_vpnaas_site_connection_v2");
  const [, ike] = onlyResource(json, "openstack_vpnaas_ike_policy_v2");
  const [, ipsec] = onlyResource(json, "openstack_vpnaas_ipsec_policy_v2");
  const [localGatewayName, localGateway] = onlyResource(json, "azurerm_local_network_gateway");
  const [publicIpName] = onlyResource(json, "azurerm_public_ip");
  const [vpnServiceName, vpnService] = onlyResource(json, "openstack_vpnaas_service_v2");
  const groups = json.resource.openstack_vpnaas_endpoint_group_v2;
  const groupOf = (reference: string) => groups[reference.split(".")[1]];
  return { connectionName, azure, siteName, site, ike, ipsec, localGatewayName, localGateway, publicIpName, vpnServiceName, vpnService, groupOf };
}

describe.each(["dev", "prod"] as const)("the %s interconnect", (name) => {
  const { environment, plan, planFile } = fixture(name);
  const json = synthMigration(environment, checkedPlan(plan, planFile));
  const t = interconnect(json);

  it("uses the same IKE parameters on both ends", () => {
    const policy = t.azure.ipsec_policy;
    expect(t.azure.connection_protocol).toBe("IKEv2");
    expect(t.ike.ike_version).toBe("v2");
    expect(canonical(policy.ike_encryption)).toBe(canonical(t.ike.encryption_algorithm));
    expect(canonical(policy.ike_integrity)).toBe(canonical(t.ike.auth_algorithm));
    expect(canonical(policy.dh_group)).toBe(canonical(t.ike.pfs));
    // Azure's IKEv2 SA lifetime is fixed at 28,800 s.
    expect(t.ike.lifetime).toEqual([{ units: "seconds", value: 28800 }]);
  });

  it("uses the same IPsec parameters on both ends", () => {
    const policy = t.azure.ipsec_policy;
    expect(canonical(policy.ipsec_encryption)).toBe(canonical(t.ipsec.encryption_algorithm));
    expect(canonical(policy.ipsec_integrity)).toBe(canonical(t.ipsec.auth_algorithm));
    expect(canonical(policy.pfs_group)).toBe(canonical(t.ipsec.pfs));
    expect(t.ipsec.lifetime).toEqual([{ units: "seconds", value: policy.sa_lifetime }]);
    expect(t.ipsec).toMatchObject({ transform_protocol: "esp", encapsulation_mode: "tunnel" });
    expect(t.site.dpd[0].timeout).toBe(t.azure.dpd_timeout_seconds);
  });

  it("points each end at the other's public address", () => {
    expect(t.site.peer_address).toBe(ref("azurerm_public_ip", t.publicIpName, "ip_address"));
    expect(t.site.peer_id).toBe(t.site.peer_address);
    expect(t.localGateway.gateway_address).toBe(ref("openstack_vpnaas_service_v2", t.vpnServiceName, "external_v4_ip"));
    expect(t.azure.local_network_gateway_id).toBe(ref("azurerm_local_network_gateway", t.localGatewayName, "id"));
    expect(t.vpnService.router_id).toMatch(/^\$\{openstack_networking_router_v2\.[^.]+\.id\}$/);
  });

  it("protects the same networks on both ends", () => {
    const local = t.groupOf(t.site.local_ep_group_id);
    const peer = t.groupOf(t.site.peer_ep_group_id);
    // Azure's side: the hub's address space, and the PostgreSQL subnet while a database copy runs (it does in
    // both plans); both the traffic selector and the peer endpoint group.
    expect(peer).toMatchObject({ type: "cidr", endpoints: [environment.legacy.addressSpace, postgresSubnetCidr(environment.legacy.spokes, "env")] });
    expect(t.azure.traffic_selector_policy[0].local_address_cidrs).toEqual(peer.endpoints);
    // Sovereign side: the data subnet, by ID in OpenStack and by CIDR on Azure, of the same subnet resource.
    expect(local.type).toBe("subnet");
    const subnetsById = local.endpoints.map((e: string) => e.replace(/\.id\}$/, ""));
    const subnetsByCidr = t.localGateway.address_space.map((e: string) => e.replace(/\.cidr\}$/, ""));
    expect(subnetsByCidr).toEqual(subnetsById);
    expect(t.azure.traffic_selector_policy[0].remote_address_cidrs).toEqual(t.localGateway.address_space);
    expect(subnetsById[0]).toMatch(/openstack_networking_subnet_v2\..*subnet-data/);
  });

  it("shares a generated pre-shared key by reference and never writes it in plain text", () => {
    const [passwordName, password] = resourcesOf(json, "random_password").find(([name]) => name.startsWith("interconnect_psk")) ?? ["", {}];
    const reference = ref("random_password", passwordName, "result");
    expect(t.azure.shared_key).toBe(reference);
    expect(t.site.psk).toBe(reference);
    expect(password.length).toBeGreaterThanOrEqual(32);
    // No literal key anywhere: every psk/shared_key in the document is that reference.
    const text = JSON.stringify(json);
    const keys = [...text.matchAll(/"(?:psk|shared_key)":"([^"]*)"/g)].map((m) => m[1]);
    expect(keys).toEqual([reference, reference]);
  });
});

describe("the tunnel's reach on the Azure side", () => {
  it("is the hub alone while no database copy runs: the PostgreSQL subnet joins only while one does", () => {
    const { environment, plan } = fixture("prod");
    withoutDatabases(environment, plan);
    const t = interconnect(synthMigration(environment, checkedPlan(plan)));
    expect(t.groupOf(t.site.peer_ep_group_id).endpoints).toEqual([environment.legacy.addressSpace]);
    expect(t.azure.traffic_selector_policy[0].local_address_cidrs).toEqual([environment.legacy.addressSpace]);
  });
});

describe("custom tunnel parameters", () => {
  it("renders another parameter set on both ends from the one object", () => {
    const { environment, plan, planFile } = fixture("dev");
    const parameters: IpsecParameters = {
      ...DEFAULT_IPSEC_PARAMETERS,
      ike: { ...DEFAULT_IPSEC_PARAMETERS.ike, encryption: "aes-128", dhGroup: 20 },
      ipsec: { ...DEFAULT_IPSEC_PARAMETERS.ipsec, pfsGroup: 19, lifetimeSeconds: 1800 },
    };
    const t = interconnect(synthMigration(environment, checkedPlan(plan, planFile), { ipsecParameters: parameters }));
    expect([t.azure.ipsec_policy.ike_encryption, t.ike.encryption_algorithm]).toEqual(["AES128", "aes-128"]);
    expect([t.azure.ipsec_policy.dh_group, t.ike.pfs]).toEqual(["ECP384", "group20"]);
    expect([t.azure.ipsec_policy.pfs_group, t.ipsec.pfs]).toEqual(["ECP256", "group19"]);
    expect([t.azure.ipsec_policy.sa_lifetime, t.ipsec.lifetime[0].value]).toEqual([1800, 1800]);
  });
});
