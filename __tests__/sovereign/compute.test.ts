import { ComputeInstanceV2 } from "../../.gen/providers/openstack/compute-instance-v2";
import { ComputeKeypairV2 } from "../../.gen/providers/openstack/compute-keypair-v2";
import { ComputeServergroupV2 } from "../../.gen/providers/openstack/compute-servergroup-v2";
import { DataOpenstackComputeFlavorV2 } from "../../.gen/providers/openstack/data-openstack-compute-flavor-v2";
import { DataOpenstackImagesImageV2 } from "../../.gen/providers/openstack/data-openstack-images-image-v2";
import { NetworkingPortV2 } from "../../.gen/providers/openstack/networking-port-v2";
import { ComputeCatalog, ServerFleet, type ServerFleetProps } from "../../constructs/sovereign/openstack/compute";
import { PrivateNetwork } from "../../constructs/sovereign/openstack/network";
import { LeastPrivilegeSecurityGroup } from "../../constructs/sovereign/openstack/security-group";
import { ENCRYPTED_TYPE, expectRefused, resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

function fleet(overrides: Partial<ServerFleetProps> = {}, tier: "application" | "administration" = "application") {
  const stack = testStack();
  const catalog = new ComputeCatalog(stack, "catalog");
  const network = new PrivateNetwork(stack, "net", { context: TEST_CONTEXT, name: tier, tier, cidr: "10.0.0.0/24", allowFloatingIps: tier === "administration" });
  const sg = new LeastPrivilegeSecurityGroup(stack, "sg", { context: TEST_CONTEXT, name: "app", tier, description: "app" });
  const build = () =>
    new ServerFleet(stack, "app", {
      context: TEST_CONTEXT,
      name: "app",
      catalog,
      flavorName: "b3-16",
      imageName: "Debian 12",
      instanceCount: 3,
      network,
      securityGroups: [sg],
      volumeType: ENCRYPTED_TYPE,
      ...overrides,
    });
  return { stack, catalog, build };
}

describe("ComputeCatalog", () => {
  it("looks flavors and images up by name, once per name", () => {
    const stack = testStack();
    const catalog = new ComputeCatalog(stack, "catalog");
    expect(catalog.flavor("b3-16")).toBe(catalog.flavor("b3-16"));
    catalog.flavor("b3-32");
    catalog.image("Debian 12");
    const { text, json } = synth(stack);
    expect(text).toHaveDataSourceWithProperties(DataOpenstackComputeFlavorV2, { name: "b3-16" });
    expect(text).toHaveDataSourceWithProperties(DataOpenstackImagesImageV2, { name: "Debian 12", most_recent: true });
    expect(Object.keys(json.data?.openstack_compute_flavor_v2 ?? {}).length).toBe(2);
  });

  it("keeps names that slug alike apart", () => {
    const stack = testStack();
    const catalog = new ComputeCatalog(stack, "catalog");
    expect(catalog.image("Debian 12")).not.toBe(catalog.image("debian-12"));
    const images = Object.values(synth(stack).json.data?.openstack_images_image_v2 ?? {}).map((i) => i.name);
    expect(images.sort()).toEqual(["Debian 12", "debian-12"]);
  });
});

describe("ServerFleet", () => {
  it("spreads N servers over distinct hosts, booting from encrypted volumes, on ports with their groups", () => {
    const { stack, build } = fleet();
    build();
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties(ComputeServergroupV2, { name: "hdh-test-app", policies: ["anti-affinity"] });
    expect(text).toHaveResourceWithProperties(ComputeKeypairV2, { name: "hdh-test-app" });
    expect(text).toHaveResourceWithProperties(NetworkingPortV2, { port_security_enabled: true, security_group_ids: [expect.stringContaining("sg_group")] });
    const servers = Object.values(resourcesOf(json, "openstack_compute_instance_v2"));
    expect(servers.length).toBe(3);
    for (const server of servers) {
      expect(server).toMatchObject({
        flavor_id: expect.stringMatching(/^\$\{data\.openstack_compute_flavor_v2\./),
        key_pair: expect.stringContaining("app_keypair"),
        block_device: [{ source_type: "image", destination_type: "volume", volume_type: "classic-luks", boot_index: 0, uuid: expect.stringMatching(/^\$\{data\.openstack_images_image_v2\./) }],
        scheduler_hints: [{ group: expect.stringContaining("app_server-group") }],
        network: [{ port: expect.stringContaining("app_port-") }],
        tags: expect.arrayContaining(["environment=test", "owner=platform-team"]),
        metadata: expect.objectContaining({ data_classification: "synthetic", migration_wave: "wave-test" }),
      });
      expect(server.image_name).toBeUndefined();
    }
    expect(text).not.toHaveResource({ tfResourceType: "openstack_networking_floatingip_v2" } as never);
  });

  it("attaches one protected data volume per server when asked", () => {
    const { stack, build } = fleet({ dataVolumeSizeGb: 50 });
    build();
    const { json } = synth(stack);
    expect(Object.keys(resourcesOf(json, "openstack_blockstorage_volume_v3")).length).toBe(3);
    expect(Object.keys(resourcesOf(json, "openstack_compute_volume_attach_v2")).length).toBe(3);
  });

  it("uses the given public key", () => {
    const { stack, build } = fleet({ sshPublicKey: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE2f test" });
    build();
    expect(synth(stack).text).toHaveResourceWithProperties(ComputeKeypairV2, { public_key: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE2f test" });
  });

  it("gives floating IPs on the administration tier", () => {
    const { stack, build } = fleet({ floatingIp: { pool: "Ext-Net" }, instanceCount: 1 }, "administration");
    build();
    expect(synth(stack).text).toHaveResourceWithProperties({ tfResourceType: "openstack_networking_floatingip_v2" } as never, { pool: "Ext-Net", port_id: expect.stringContaining("app_port-0") });
  });

  it("refuses a floating IP on the application tier", () => {
    const { build } = fleet({ floatingIp: { pool: "Ext-Net" } });
    expectRefused(build, "test/app: floatingIp: refused: this network's servers must never carry a public floating IP");
  });

  it("refuses unencrypted boot disks", () => {
    const { build } = fleet({ volumeType: { name: "classic", encryption: "none" } });
    expectRefused(build, "test/app: volumeType: refused: volume type 'classic' is not encrypted");
  });

  it("refuses an empty fleet", () => {
    expectRefused(fleet({ instanceCount: 0 }).build, "test/app: instanceCount: refused: 0 is not a positive whole number");
  });

  it("is a ComputeInstanceV2 fleet", () => {
    const { build } = fleet({ instanceCount: 1 });
    expect(build().instances[0]).toBeInstanceOf(ComputeInstanceV2);
  });
});
