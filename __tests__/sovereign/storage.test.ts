import { BlockstorageVolumeV3 } from "../../.gen/providers/openstack/blockstorage-volume-v3";
import { ObjectstorageContainerV1 } from "../../.gen/providers/openstack/objectstorage-container-v1";
import { DataLake } from "../../constructs/sovereign/openstack/data-lake";
import { EncryptedVolume, ProtectedContainer } from "../../constructs/sovereign/openstack/storage";
import { ENCRYPTED_TYPE, expectRefused, resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

describe("EncryptedVolume", () => {
  it("puts the volume on the encrypted type, tagged and protected from destroy", () => {
    const stack = testStack();
    new EncryptedVolume(stack, "db", { context: TEST_CONTEXT, name: "db", sizeGb: 200, volumeType: ENCRYPTED_TYPE });
    const { text } = synth(stack);
    expect(text).toHaveResourceWithProperties(BlockstorageVolumeV3, {
      name: "hdh-test-db",
      size: 200,
      volume_type: "classic-luks",
      lifecycle: { prevent_destroy: true },
      metadata: expect.objectContaining({ environment: "test", data_classification: "synthetic", owner: "platform-team", migration_wave: "wave-test", encryption: "luks" }),
    });
  });

  it("refuses an unencrypted volume type, naming the construct and the prop", () => {
    const build = () => new EncryptedVolume(testStack(), "db", { context: TEST_CONTEXT, name: "db", sizeGb: 10, volumeType: { name: "classic", encryption: "none" } });
    expectRefused(build, "test/db: volumeType: refused: volume type 'classic' is not encrypted (encryption 'none'; expected 'luks')");
  });

  it("refuses a size that is not a positive whole number", () => {
    expectRefused(() => new EncryptedVolume(testStack(), "db", { context: TEST_CONTEXT, name: "db", sizeGb: 0, volumeType: ENCRYPTED_TYPE }), /sizeGb/);
  });
});

describe("ProtectedContainer", () => {
  it("is versioned, private to the given projects and protected from destroy", () => {
    const stack = testStack();
    new ProtectedContainer(stack, "raw", { context: TEST_CONTEXT, name: "raw", readerProjectIds: ["p-read"], writerProjectIds: ["p-write"] });
    expect(synth(stack).text).toHaveResourceWithProperties(ObjectstorageContainerV1, {
      name: "hdh-test-raw",
      versioning: true,
      container_read: "p-read:*",
      container_write: "p-write:*",
      force_destroy: false,
      lifecycle: { prevent_destroy: true },
      metadata: expect.objectContaining({ environment: "test", migration_wave: "wave-test" }),
    });
  });

  it.each([".r:*", ".rlistings", "*:*", "*"])("refuses the public ACL entry %s", (entry) => {
    const build = () => new ProtectedContainer(testStack(), "raw", { context: TEST_CONTEXT, name: "raw", readerProjectIds: ["p"], writerProjectIds: [], extraReadAcl: [entry] });
    expectRefused(build, /^test\/raw: acl: refused: /);
  });

  it("refuses to drop versioning", () => {
    expectRefused(() => new ProtectedContainer(testStack(), "raw", { context: TEST_CONTEXT, name: "raw", readerProjectIds: ["p"], writerProjectIds: [], versioning: false }), "test/raw: versioning: refused");
  });

  it("refuses a container nobody can read", () => {
    expectRefused(() => new ProtectedContainer(testStack(), "raw", { context: TEST_CONTEXT, name: "raw", readerProjectIds: [], writerProjectIds: [] }), /readerProjectIds/);
  });
});

describe("DataLake", () => {
  it("creates the raw, pseudonymised and extracts containers, private to the project", () => {
    const stack = testStack();
    const lake = new DataLake(stack, "lake", { context: TEST_CONTEXT, projectId: "project-1" });
    expect(Object.keys(lake.containers)).toEqual(["raw", "pseudonymised", "extracts"]);
    const containers = Object.values(resourcesOf(synth(stack).json, "openstack_objectstorage_container_v1"));
    expect(containers.map((c) => c.name).sort()).toEqual(["hdh-test-datalake-extracts", "hdh-test-datalake-pseudonymised", "hdh-test-datalake-raw"]);
    for (const container of containers) expect(container).toMatchObject({ container_read: "project-1:*", container_write: "project-1:*", versioning: true });
  });
});
