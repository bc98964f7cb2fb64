import { TerraformOutput, Testing, type TerraformStack } from "cdktf";
import { PLATFORM_TEAMS, WORKSPACE_TEAMS, type WorkspaceBlueprint } from "../../constructs/sovereign/blueprint";
import { ScalewayServerFleet } from "../../constructs/sovereign/scaleway/compute";
import { ManagedPostgres, type ManagedPostgresProps } from "../../constructs/sovereign/scaleway/database";
import { ProjectPolicy, ScalewayProject, teamPermissionSets } from "../../constructs/sovereign/scaleway/identity";
import { bareId } from "../../constructs/sovereign/scaleway/locality";
import { LandingZoneVpc, NetworkAcl, PublicGateway, ScalewayPrivateNetwork, type AclFlow } from "../../constructs/sovereign/scaleway/network";
import { ScalewayResearcherPortal, type ScalewayResearcherPortalProps } from "../../constructs/sovereign/scaleway/portal";
import { ScalewayResearchWorkspace } from "../../constructs/sovereign/scaleway/research-workspace";
import { GeneratedPassword, ManagedKey, StoredSecret } from "../../constructs/sovereign/scaleway/secrets";
import { ClosedSecurityGroup } from "../../constructs/sovereign/scaleway/security-group";
import { EncryptedBlockVolume, luksCloudInit, ProtectedBucket } from "../../constructs/sovereign/scaleway/storage";
import { expectRefused, resourcesOf, synth, TEST_CONTEXT } from "./helpers";
import { TEST_LOCALITY, testScalewayStack } from "./scaleway-helpers";

const PROJECT = "11111111-2222-3333-4444-555555555555";

/** A value as Terraform reads it in the synthesized JSON (tokens resolved), through an output of the stack. */
function resolved(stack: TerraformStack, value: string): string {
  new TerraformOutput(stack, "resolved", { value });
  return (JSON.parse(Testing.synth(stack)) as { output: { resolved: { value: string } } }).output.resolved.value;
}

function withVpc() {
  const stack = testScalewayStack();
  const vpc = new LandingZoneVpc(stack, "vpc", { context: TEST_CONTEXT, locality: TEST_LOCALITY, projectId: PROJECT });
  const network = (name: string, cidr: string) => new ScalewayPrivateNetwork(stack, `network-${name}`, { context: TEST_CONTEXT, vpc, projectId: PROJECT, name, tier: "data", cidr });
  return { stack, vpc, network };
}

describe("ScalewayPrivateNetwork and LandingZoneVpc", () => {
  it("route between the VPC's networks and never take another network's default route", () => {
    const { stack, network } = withVpc();
    network("data", "10.0.64.0/19");
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_vpc"))).toEqual([expect.objectContaining({ enable_routing: true, region: "fr-par" })]);
    expect(Object.values(resourcesOf(json, "scaleway_vpc_private_network"))).toEqual([
      expect.objectContaining({ ipv4_subnet: { subnet: "10.0.64.0/19" }, enable_default_route_propagation: false, region: "fr-par" }),
    ]);
  });

  it("refuse default routes from other networks, and a range that is not IPv4", () => {
    const { stack, vpc } = withVpc();
    expectRefused(
      () => new ScalewayPrivateNetwork(stack, "open", { context: TEST_CONTEXT, vpc, projectId: PROJECT, name: "open", tier: "data", cidr: "10.0.0.0/24", receiveDefaultRoutes: true }),
      "test/open: receiveDefaultRoutes: refused: a network reaches the Internet only through a gateway attached to it",
    );
    expectRefused(() => new ScalewayPrivateNetwork(stack, "v6", { context: TEST_CONTEXT, vpc, projectId: PROJECT, name: "v6", tier: "data", cidr: "fd00::/64" }), "test/v6: cidr: refused: 'fd00::/64' is not an IPv4 CIDR");
  });
});

describe("NetworkAcl", () => {
  const flow: AclFlow = { sourceCidr: "10.0.32.0/19", destinationCidr: "10.0.64.0/19", protocol: "TCP", port: 5432, description: "app to db" };

  it("drops by default, IPv4 and IPv6, and accepts each flow with its return traffic", () => {
    const { stack, vpc } = withVpc();
    new NetworkAcl(stack, "acl", { vpc, flows: [flow] });
    const acls = Object.values(resourcesOf(synth(stack).json, "scaleway_vpc_acl"));
    expect(acls).toEqual([
      expect.objectContaining({
        is_ipv6: false,
        default_policy: "drop",
        rules: [
          { action: "accept", protocol: "TCP", source: "10.0.32.0/19", destination: "10.0.64.0/19", dst_port_low: 5432, dst_port_high: 5432, description: "app to db" },
          { action: "accept", protocol: "TCP", source: "10.0.64.0/19", destination: "10.0.32.0/19", src_port_low: 5432, src_port_high: 5432, description: "app to db (return traffic)" },
        ],
      }),
      expect.objectContaining({ is_ipv6: true, default_policy: "drop", rules: [] }),
    ]);
  });

  it.each<[string, Partial<AclFlow> | { defaultPolicy: "accept" }, string]>([
    ["an accepting default", { defaultPolicy: "accept" }, "test/acl: defaultPolicy: refused: traffic between the VPC's networks is dropped unless a flow allows it"],
    ["an Internet-wide source", { sourceCidr: "0.0.0.0/0" }, "test/acl: flows: refused: 0.0.0.0/0 in 'app to db': a flow joins two ranges of the VPC, never the whole Internet"],
    ["an IPv6 Internet-wide destination", { destinationCidr: "::/0" }, "test/acl: flows: refused: ::/0 in 'app to db'"],
    ["an admin port", { port: 22 }, "test/acl: flows: refused: admin port 22 in 'app to db': administration only goes through the gateway's bastion"],
    ["RDP", { port: 3389 }, "test/acl: flows: refused: admin port 3389"],
    ["a malformed range", { sourceCidr: "10.0.0/8" }, "test/acl: flows: refused: '10.0.0/8' is not a CIDR"],
  ])("refuses %s with one line", (_, change, message) => {
    const { stack, vpc } = withVpc();
    const props = "defaultPolicy" in change ? { vpc, flows: [flow], defaultPolicy: change.defaultPolicy } : { vpc, flows: [{ ...flow, ...change }] };
    expectRefused(() => new NetworkAcl(stack, "acl", props), message);
  });
});

describe("PublicGateway", () => {
  const props = { context: TEST_CONTEXT, locality: TEST_LOCALITY, projectId: PROJECT, type: "VPC-GW-S", adminSourceCidrs: ["198.51.100.0/28"] };

  it("is the bastion for the operators' ranges only, without SMTP, and attaches networks with NAT and a default route", () => {
    const { stack, network } = withVpc();
    const gateway = new PublicGateway(stack, "gateway", props);
    gateway.attach(stack, "attach", network("app", "10.0.32.0/19"));
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_vpc_public_gateway"))).toEqual([
      expect.objectContaining({ bastion_enabled: true, bastion_port: 61000, allowed_ip_ranges: ["198.51.100.0/28"], enable_smtp: false, zone: "fr-par-1", ip_id: expect.stringContaining("scaleway_vpc_public_gateway_ip") }),
    ]);
    expect(Object.values(resourcesOf(json, "scaleway_vpc_gateway_network"))).toEqual([expect.objectContaining({ enable_masquerade: true, ipam_config: [{ push_default_route: true }], zone: "fr-par-1" })]);
  });

  it.each<[string, object, string]>([
    ["SSH from the whole Internet", { adminSourceCidrs: ["0.0.0.0/0"] }, "test/gateway: adminSourceCidrs: refused: SSH to the bastion from 0.0.0.0/0 is too wide (at most a /16"],
    ["SSH from the whole IPv6 Internet", { adminSourceCidrs: ["198.51.100.0/28", "::/0"] }, "test/gateway: adminSourceCidrs: refused: SSH to the bastion from ::/0 is too wide (at most a /48"],
    ["SSH from a /8", { adminSourceCidrs: ["10.0.0.0/8"] }, "test/gateway: adminSourceCidrs: refused: SSH to the bastion from 10.0.0.0/8 is too wide"],
    ["no operators' range", { adminSourceCidrs: [] }, "test/gateway: adminSourceCidrs: refused: at least one operators' range is needed"],
    ["SMTP", { enableSmtp: true }, "test/gateway: enableSmtp: refused: nothing in the landing zone sends mail through the gateway"],
  ])("refuses %s with one line", (_, change, message) => {
    expectRefused(() => new PublicGateway(testScalewayStack(), "gateway", { ...props, ...change }), message);
  });
});

describe("ClosedSecurityGroup", () => {
  const props = { context: TEST_CONTEXT, name: "g", description: "d", zone: "fr-par-1", projectId: PROJECT };

  it("is closed both ways and stateful, SMTP blocked, without rules", () => {
    const stack = testScalewayStack();
    new ClosedSecurityGroup(stack, "group", props);
    expect(Object.values(resourcesOf(synth(stack).json, "scaleway_instance_security_group"))).toEqual([
      expect.objectContaining({ inbound_default_policy: "drop", outbound_default_policy: "drop", stateful: true, enable_default_security: true, external_rules: false }),
    ]);
  });

  it.each<[string, object, string]>([
    ["accepting inbound", { inboundDefaultPolicy: "accept" }, "test/group: inboundDefaultPolicy: refused: a security group starts closed"],
    ["accepting outbound", { outboundDefaultPolicy: "accept" }, "test/group: outboundDefaultPolicy: refused: a security group starts closed"],
    ["stateless", { stateful: false }, "test/group: stateful: refused: a stateless group would need rules for every reply"],
  ])("refuses %s with one line", (_, change, message) => {
    expectRefused(() => new ClosedSecurityGroup(testScalewayStack(), "group", { ...props, ...change }), message);
  });
});

describe("EncryptedBlockVolume", () => {
  const props = { context: TEST_CONTEXT, name: "data-0", zone: "fr-par-1", region: "fr-par", projectId: PROJECT, secretsProjectId: "owner-project", sizeGb: 100, iops: 5000 };

  it("is protected from destroy, tagged as LUKS, with a generated passphrase kept in the data owner's Secret Manager", () => {
    const stack = testScalewayStack();
    const volume = new EncryptedBlockVolume(stack, "volume", props);
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_block_volume"))).toEqual([
      expect.objectContaining({ size_in_gb: 100, iops: 5000, zone: "fr-par-1", lifecycle: { prevent_destroy: true }, tags: expect.arrayContaining(["encryption=luks"]) }),
    ]);
    expect(Object.values(resourcesOf(json, "random_password"))).toEqual([expect.objectContaining({ length: 64, lifecycle: { prevent_destroy: true } })]);
    expect(Object.values(resourcesOf(json, "scaleway_secret"))).toEqual([expect.objectContaining({ project_id: "owner-project", protected: true })]);
    expect(volume.userDataKey).toBe("hdh-luks-data-0");
  });

  it.each<[string, object, string]>([
    ["the provider's disk encryption alone", { encryption: "provider-disks" }, "test/volume: encryption: refused: 'provider-disks' leaves the data readable"],
    ["an IOPS class Block Storage does not sell", { iops: 3000 }, "test/volume: iops: refused: 3000 is not a Block Storage IOPS class (5000 or 15000)"],
    ["a volume under 5 GB", { sizeGb: 1 }, "test/volume: sizeGb: refused: 1 is not a whole number of GB from 5"],
  ])("refuses %s with one line", (_, change, message) => {
    expectRefused(() => new EncryptedBlockVolume(testScalewayStack(), "volume", { ...props, ...change }), message);
  });

  it("is opened at every boot by a cloud-init that reads its passphrase from the user data (root only) and never formats a volume holding data", () => {
    const stack = testScalewayStack();
    const volume = new EncryptedBlockVolume(stack, "volume", props);
    const cloudInit = luksCloudInit([{ volume, mountPoint: "/srv/data" }]);
    expect(cloudInit.startsWith("#cloud-config\n")).toBe(true);
    expect(cloudInit).toContain('curl -sf --local-port 1-1023 "http://169.254.42.42/user_data/$key" | cryptsetup luksFormat --type luks2');
    expect(cloudInit).toContain('if blkid "$device" >/dev/null 2>&1; then echo "refusing to format $device: it holds data" >&2; exit 1; fi');
    expect(cloudInit).toContain("|hdh-luks-data-0|data-0|/srv/data");
    expect(cloudInit).toContain("[systemctl, enable, --now, hdh-open-volumes.service]");
    // Terraform would take `${` for an interpolation: the script has none of its own.
    const script = resolved(stack, cloudInit);
    expect(script.match(/\$\{/g)?.length).toBe(1);
    expect(script).toMatch(/scsi-0SCW_sbs_volume-\$\{element\(split\("\/", scaleway_block_volume\.[\w-]+\.id\), 1\)\}\|/);
    expect(script).not.toMatch(/%\{/);
  });
});

describe("bareId", () => {
  it("takes the UUID out of a Scaleway locality-prefixed ID, and leaves a bare one as it is (element wraps around)", () => {
    expect(resolved(testScalewayStack(), bareId("fr-par/abc"))).toBe('${element(split("/", "fr-par/abc"), 1)}');
  });
});

describe("ProtectedBucket", () => {
  const props = { context: TEST_CONTEXT, name: "datalake-raw", region: "fr-par", projectId: PROJECT, encryptionKeyId: "fr-par/key-uuid", contents: "raw" };

  it("is private, versioned, SSE-KMS encrypted with the key's UUID, never force-destroyed, protected, without lifecycle rules", () => {
    const stack = testScalewayStack();
    new ProtectedBucket(stack, "bucket", props);
    const { json } = synth(stack);
    const [bucket] = Object.values(resourcesOf(json, "scaleway_object_bucket"));
    expect(bucket).toMatchObject({ name: "hdh-test-datalake-raw", versioning: { enabled: true }, force_destroy: false, lifecycle: { prevent_destroy: true }, tags: expect.objectContaining({ contents: "raw" }) });
    expect(bucket.object_lock_enabled).toBeUndefined();
    expect(bucket.lifecycle_rule).toBeUndefined();
    expect(Object.values(resourcesOf(json, "scaleway_object_bucket_acl"))).toEqual([expect.objectContaining({ acl: "private", project_id: PROJECT })]);
    expect(Object.values(resourcesOf(json, "scaleway_object_bucket_server_side_encryption_configuration"))).toEqual([
      expect.objectContaining({ rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: "aws:kms", kms_master_key_id: '${element(split("/", "fr-par/key-uuid"), 1)}' }, bucket_key_enabled: true }] }),
    ]);
    expect(resourcesOf(json, "scaleway_object_bucket_lock_configuration")).toEqual({});
  });

  it("puts data that must not change under object lock", () => {
    const stack = testScalewayStack();
    new ProtectedBucket(stack, "bucket", { ...props, objectLock: { mode: "COMPLIANCE", days: 3650 } });
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_object_bucket"))[0].object_lock_enabled).toBe(true);
    expect(Object.values(resourcesOf(json, "scaleway_object_bucket_lock_configuration"))).toEqual([expect.objectContaining({ rule: { default_retention: { mode: "COMPLIANCE", days: 3650 } } })]);
  });

  it.each<[string, object, string]>([
    ["unversioned", { versioning: false }, "test/bucket: versioning: refused: data-lake buckets keep object versions"],
    ["public", { publicRead: true }, "test/bucket: publicRead: refused: nothing in the data lake is readable without credentials"],
    ["a lock of zero days", { objectLock: { mode: "GOVERNANCE", days: 0 } }, "test/bucket: objectLock.days: refused: 0 is not a positive whole number of days"],
    ["a name S3 does not accept", { name: "Datalake_Raw" }, "test/bucket: name: refused: 'hdh-test-Datalake_Raw' is not a valid bucket name"],
    ["a name longer than 63 characters", { name: "x".repeat(60) }, "is not a valid bucket name"],
  ])("refuses %s with one line", (_, change, message) => {
    expectRefused(() => new ProtectedBucket(testScalewayStack(), "bucket", { ...props, ...change }), message);
  });
});

describe("ManagedKey, StoredSecret and GeneratedPassword", () => {
  const key = { context: TEST_CONTEXT, name: "k", description: "d", region: "fr-par", projectId: PROJECT };

  it("make a protected, rotated AES-256-GCM key, and secrets whose values come by reference", () => {
    const stack = testScalewayStack();
    new ManagedKey(stack, "key", { ...key, rotationDays: 30 });
    new GeneratedPassword(stack, "password", { ...key, name: "p" });
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_key_manager_key"))).toEqual([
      expect.objectContaining({ usage: "symmetric_encryption", algorithm: "aes_256_gcm", origin: "scaleway_kms", unprotected: false, rotation_policy: { rotation_period: "720h" }, lifecycle: { prevent_destroy: true } }),
    ]);
    expect(Object.values(resourcesOf(json, "scaleway_secret_version"))).toEqual([expect.objectContaining({ data: expect.stringMatching(/^\$\{random_password\.password_generated_\w+\.result\}$/), lifecycle: { prevent_destroy: true } })]);
    expect(Object.values(resourcesOf(json, "random_password"))).toEqual([expect.objectContaining({ length: 32, special: true, min_special: 2, min_numeric: 2, min_upper: 2, min_lower: 2 })]);
  });

  it.each<[string, () => unknown, string]>([
    ["an unprotected key", () => new ManagedKey(testScalewayStack(), "key", { ...key, unprotected: true }), "test/key: unprotected: refused: a deleted key makes everything it encrypted unreadable"],
    ["a key never rotated within a year", () => new ManagedKey(testScalewayStack(), "key", { ...key, rotationDays: 400 }), "test/key: rotationDays: refused: 400 is not a whole number of days from 1 to 365"],
    ["a literal secret", () => new StoredSecret(testScalewayStack(), "secret", { ...key, data: "hunter2" }), "test/secret: data: refused: a literal secret value would appear in plain text"],
    ["a short password", () => new GeneratedPassword(testScalewayStack(), "password", { ...key, length: 16 }), "test/password: length: refused: 16 characters is too short (at least 32)"],
  ])("refuse %s with one line", (_, build, message) => {
    expectRefused(build, message);
  });
});

describe("ScalewayServerFleet", () => {
  const fleet = (network: ScalewayPrivateNetwork, change: object = {}) => ({
    context: TEST_CONTEXT,
    name: "portal",
    locality: TEST_LOCALITY,
    projectId: PROJECT,
    type: "PRO2-S",
    image: "debian_bookworm",
    instanceCount: 3,
    volumeIops: 5000,
    network,
    ...change,
  });

  it("spreads its servers over the zones, one placement group and closed security group per zone, no public IP, a reserved address each", () => {
    const { stack, network } = withVpc();
    const app = network("app", "10.0.32.0/19");
    const servers = new ScalewayServerFleet(stack, "fleet", fleet(app, { extraNetworks: [network("data", "10.0.64.0/19")] }));
    const { json } = synth(stack);
    const instances = Object.values(resourcesOf(json, "scaleway_instance_server"));
    expect(instances.map((s) => s.zone)).toEqual(["fr-par-1", "fr-par-2", "fr-par-1"]);
    for (const server of instances) {
      expect(server).toMatchObject({ enable_dynamic_ip: false, root_volume: { volume_type: "sbs_volume", sbs_iops: 5000, size_in_gb: 20, delete_on_termination: true } });
      expect(server.additional_volume_ids).toBeUndefined();
    }
    expect(Object.values(resourcesOf(json, "scaleway_instance_placement_group")).map((g) => [g.zone, g.policy_type, g.policy_mode])).toEqual([
      ["fr-par-1", "max_availability", "enforced"],
      ["fr-par-2", "max_availability", "enforced"],
    ]);
    expect(Object.keys(resourcesOf(json, "scaleway_instance_security_group")).length).toBe(2);
    expect(Object.keys(resourcesOf(json, "scaleway_instance_private_nic")).length).toBe(6);
    expect(servers.addresses.length).toBe(3);
  });

  it("attaches a LUKS data volume to each server when asked, in the server's zone", () => {
    const { stack, network } = withVpc();
    new ScalewayServerFleet(stack, "fleet", fleet(network("ws", "10.0.128.0/24"), { instanceCount: 2, dataVolumeSizeGb: 50, secretsProjectId: "owner" }));
    const { json } = synth(stack);
    const volumes = Object.values(resourcesOf(json, "scaleway_block_volume"));
    expect(volumes.map((v) => v.zone)).toEqual(["fr-par-1", "fr-par-2"]);
    for (const server of Object.values(resourcesOf(json, "scaleway_instance_server"))) {
      expect(server.additional_volume_ids).toEqual([expect.stringContaining("scaleway_block_volume")]);
      expect(String(server.cloud_init)).toContain("/srv/data");
    }
    for (const secret of Object.values(resourcesOf(json, "scaleway_secret"))) expect(secret.project_id).toBe("owner");
  });

  it.each<[string, object, string]>([
    ["a public IP", { publicIp: true }, "test/fleet: publicIp: refused: servers never carry a public IP"],
    ["no server", { instanceCount: 0 }, "test/fleet: instanceCount: refused: 0 is not a positive whole number"],
  ])("refuses %s with one line", (_, change, message) => {
    const { stack, network } = withVpc();
    expectRefused(() => new ScalewayServerFleet(stack, "fleet", fleet(network("app", "10.0.32.0/19"), change)), message);
  });
});

describe("ManagedPostgres", () => {
  const database = (network: ScalewayPrivateNetwork, change: Partial<ManagedPostgresProps> = {}): ManagedPostgresProps => ({
    context: TEST_CONTEXT,
    region: "fr-par",
    projectId: PROJECT,
    nodeType: "DB-PRO2-XXS",
    engine: "PostgreSQL-16",
    highAvailability: true,
    volumeSizeGb: 50,
    volumeType: "sbs_5k",
    network,
    allowedCidrs: ["10.0.64.0/19"],
    backupRetentionDays: 14,
    ...change,
  });

  it("is encrypted at rest, private, backed up in its region, its admin password generated, with databases owned by their own users", () => {
    const { stack, network } = withVpc();
    const postgres = new ManagedPostgres(stack, "db", database(network("data", "10.0.64.0/19")));
    postgres.addDatabase("portal", { name: "portal-db", username: "portal" });
    const { json } = synth(stack);
    const [instance] = Object.values(resourcesOf(json, "scaleway_rdb_instance"));
    expect(instance).toMatchObject({
      encryption_at_rest: true,
      disable_backup: false,
      backup_same_region: true,
      backup_schedule_retention: 14,
      backup_schedule_frequency: 24,
      is_ha_cluster: true,
      password: expect.stringMatching(/^\$\{random_password\.db_admin-password_generated_\w+\.result\}$/),
      lifecycle: { prevent_destroy: true },
    });
    expect(instance.load_balancer).toBeUndefined();
    expect(Object.values(resourcesOf(json, "scaleway_rdb_acl"))).toEqual([expect.objectContaining({ acl_rules: [{ ip: "10.0.64.0/19", description: "Data tier (the database's clients)" }] })]);
    expect(Object.values(resourcesOf(json, "scaleway_rdb_database"))).toEqual([expect.objectContaining({ name: "portal", lifecycle: { prevent_destroy: true } })]);
    expect(Object.values(resourcesOf(json, "scaleway_rdb_user"))).toEqual([expect.objectContaining({ name: "portal", is_admin: false, password: expect.stringMatching(/^\$\{random_password\./) })]);
    expect(Object.keys(resourcesOf(json, "scaleway_secret")).length).toBe(2);
  });

  it.each<[string, Partial<ManagedPostgresProps>, string]>([
    ["a public endpoint", { publicEndpoint: true }, "test/db: publicEndpoint: refused: the database is reachable only from its private network"],
    ["no encryption at rest", { encryptionAtRest: false }, "test/db: encryptionAtRest: refused: the database's volumes hold health data and are encrypted at rest"],
    ["backups in another region", { backupSameRegion: false }, "test/db: backupSameRegion: refused: backups of health data stay in the database's region"],
    ["no backups", { disableBackup: true }, "test/db: disableBackup: refused: automated backups stay on"],
    ["connections from anywhere", { allowedCidrs: ["0.0.0.0/0"] }, "test/db: allowedCidrs: refused: 0.0.0.0/0 would let anyone who reaches an endpoint connect"],
    ["no allowed range", { allowedCidrs: [] }, "test/db: allowedCidrs: refused: at least the data tier's range is needed"],
    ["backups kept 0 days", { backupRetentionDays: 0 }, "test/db: backupRetentionDays: refused: 0 is not a whole number of days from 1 to 365"],
  ])("refuses %s with one line", (_, change, message) => {
    const { stack, network } = withVpc();
    expectRefused(() => new ManagedPostgres(stack, "db", database(network("data", "10.0.64.0/19"), change)), message);
  });
});

describe("ScalewayResearcherPortal", () => {
  const portal = (network: ScalewayPrivateNetwork, change: Partial<ScalewayResearcherPortalProps> = {}): ScalewayResearcherPortalProps => ({
    context: TEST_CONTEXT,
    zone: "fr-par-1",
    projectId: PROJECT,
    type: "LB-S",
    ingressNetwork: network,
    memberAddresses: ["10.0.32.10", "10.0.32.11"],
    certificateName: "portal-tls",
    healthCheckPath: "/healthz",
    domain: "hdh.example",
    subdomain: "test",
    hostname: "portail",
    ...change,
  });

  it("defaults to TLS 1.2+, verifies its members, and names itself in DNS", () => {
    const { stack, network } = withVpc();
    new ScalewayResearcherPortal(stack, "portal", portal(network("ingress", "10.0.0.0/19")));
    const { json } = synth(stack);
    expect(Object.values(resourcesOf(json, "scaleway_lb"))[0]).toMatchObject({ ssl_compatibility_level: "ssl_compatibility_level_intermediate" });
    expect(Object.values(resourcesOf(json, "scaleway_lb_backend"))[0]).toMatchObject({ ssl_bridging: true, ignore_ssl_server_verify: false, server_ips: ["10.0.32.10", "10.0.32.11"] });
    expect(Object.values(resourcesOf(json, "scaleway_lb_frontend"))).toEqual([expect.objectContaining({ inbound_port: 443 })]);
    expect(Object.values(resourcesOf(json, "scaleway_domain_record"))).toEqual([expect.objectContaining({ name: "portail", type: "A" })]);
  });

  it.each<[string, Partial<ScalewayResearcherPortalProps>, string]>([
    ["TLS older than 1.2", { sslCompatibilityLevel: "ssl_compatibility_level_old" }, "test/portal: sslCompatibilityLevel: refused: TLS older than 1.2 is refused"],
    ["unverified members", { ignoreMemberCertificates: true }, "test/portal: ignoreMemberCertificates: refused: the load balancer verifies the certificates"],
    ["plain HTTP", { frontendPort: 80 }, "test/portal: frontendPort: refused: port 80: the portal is served over HTTPS on 443 only"],
    ["no member", { memberAddresses: [] }, "test/portal: memberAddresses: refused: the backend needs at least one server"],
  ])("refuses %s with one line", (_, change, message) => {
    const { stack, network } = withVpc();
    expectRefused(() => new ScalewayResearcherPortal(stack, "portal", portal(network("ingress", "10.0.0.0/19"), change)), message);
  });
});

describe("Scaleway IAM", () => {
  it("gives each access level the permission sets of what its project holds, data only to those who handle data", () => {
    const [operators, engineers, researchers] = PLATFORM_TEAMS;
    expect(teamPermissionSets(operators, "infrastructure")).toContain("InstancesFullAccess");
    expect(teamPermissionSets(operators, "infrastructure")).not.toContain("ObjectStorageObjectsRead");
    expect(teamPermissionSets(engineers, "infrastructure")).toEqual(expect.arrayContaining(["ObjectStorageObjectsRead", "ObjectStorageObjectsWrite", "KeyManagerKeyDecrypt"]));
    expect(teamPermissionSets(researchers, "infrastructure").every((set) => /ReadOnly$|Read$/.test(set))).toBe(true);
    expect(teamPermissionSets(WORKSPACE_TEAMS[0], "data").sort()).toEqual(["KeyManagerKeyDecrypt", "KeyManagerKeyEncrypt", "ObjectStorageBucketsRead", "ObjectStorageObjectsRead", "ObjectStorageObjectsWrite"]);
  });

  it.each<[string, object, string]>([
    ["a set that escalates", { permissionSets: ["IAMManager"], groupId: "g" }, "test/policy: permissionSets: refused: IAMManager would let the principal escalate its rights"],
    ["a set that reads every secret and deletes keys", { permissionSets: ["SecretManagerFullAccess", "KeyManagerKeyDelete"], groupId: "g" }, "test/policy: permissionSets: refused: SecretManagerFullAccess, KeyManagerKeyDelete"],
    ["full access to everything", { permissionSets: ["AllProductsFullAccess"], groupId: "g" }, "test/policy: permissionSets: refused: AllProductsFullAccess"],
    ["no permission set", { permissionSets: [], groupId: "g" }, "test/policy: permissionSets: refused: a policy grants at least one permission set"],
    ["no principal", { permissionSets: ["InstancesReadOnly"] }, "test/policy: groupId: refused: a policy has exactly one principal"],
    ["two principals", { permissionSets: ["InstancesReadOnly"], groupId: "g", applicationId: "a" }, "test/policy: groupId: refused: a policy has exactly one principal"],
  ])("refuses a policy with %s, in one line", (_, change, message) => {
    expectRefused(() => new ProjectPolicy(testScalewayStack(), "policy", { context: TEST_CONTEXT, name: "p", description: "d", projectId: PROJECT, permissionSets: [], ...change }), message);
  });
});

describe("ScalewayResearchWorkspace", () => {
  it("refuses public access with one line", () => {
    const { stack, vpc } = withVpc();
    const gateway = new PublicGateway(stack, "gateway", { context: TEST_CONTEXT, locality: TEST_LOCALITY, projectId: PROJECT, type: "VPC-GW-S", adminSourceCidrs: ["198.51.100.0/28"] });
    const workspace: WorkspaceBlueprint = {
      id: "a-study",
      networkSlot: 0,
      cidr: "10.0.128.0/24",
      servers: { name: "ws-a-study", size: "PRO2-S", image: "debian_bookworm", instanceCount: 1, bootVolumeSizeGb: 20 },
      volumeSizeGb: 10,
      teams: WORKSPACE_TEAMS,
      extract: "ws-a-study-extract",
      key: "ws-a-study-key",
    };
    const props = { context: TEST_CONTEXT, locality: TEST_LOCALITY, workspace, platformProjectId: PROJECT, vpc, gateway, volumeIops: 5000 };
    expectRefused(() => new ScalewayResearchWorkspace(stack, "ws", { ...props, publicAccess: true }), "test/ws: publicAccess: refused: a workspace is reachable only through the bastion or the portal");
    const built = new ScalewayResearchWorkspace(stack, "ws-ok", props);
    expect(built.project).toBeInstanceOf(ScalewayProject);
    expect(Testing.synth(stack)).toContain('"name": "hdh-test-ws-a-study-extract"');
  });
});
