import { replicationCloudInit } from "../../constructs/migration/replication";
import { checkedPlan, fixture, resourcesOf, synthMigration, withoutDatabases, type Synthesized } from "./helpers";

function byName(json: Synthesized, type: string, name: string): Synthesized {
  const [, body] = Object.entries(json.data?.[type] ?? json.resource?.[type] ?? {}).find(([key]) => key === name) ?? [];
  if (!body) throw new Error(`no ${type}.${name}`);
  return body as Synthesized;
}

/** `${type.name.attr}` → [type, name]; for data sources `${data.type.name.attr}`. */
function target(reference: string): [string, string] {
  const parts = reference.replace(/^\$\{/, "").split(".");
  return parts[0] === "data" ? [parts[1], parts[2]] : [parts[0], parts[1]];
}

describe("replication workers (prod plan)", () => {
  const { environment, plan, planFile } = fixture("prod");
  withoutDatabases(environment, plan); // the database copy has its own workers (database-copy.test.ts)
  const json = synthMigration(environment, checkedPlan(plan, planFile));
  const workers = resourcesOf(json, "openstack_compute_instance_v2").map(([, w]) => w);
  const replicating = plan.datasets.filter((d) => d.phase === "replicating").map((d) => d.id);

  it("runs one worker for each dataset in replicating, and none for the others", () => {
    expect(replicating).toEqual(["snds-dcir", "snds-pmsi"]);
    expect(workers.map((w) => w.metadata.dataset).sort()).toEqual(replicating);
  });

  it("puts the workers in the sovereign data subnet's network, behind an egress-only security group", () => {
    for (const worker of workers) expect(worker.network[0].uuid).toMatch(/subnet-data.*\.network_id\}$/);
    const [[, group]] = resourcesOf(json, "openstack_networking_secgroup_v2");
    expect(group.delete_default_rules).toBe(true);
    expect(resourcesOf(json, "openstack_networking_secgroup_rule_v2").map(([, r]) => r.direction)).toEqual(["egress", "egress", "egress"]);
  });

  it.each(["snds-dcir", "snds-pmsi"])("reads %s with a SAS that can only read and list its own container", (datasetId) => {
    const worker = workers.find((w) => w.metadata.dataset === datasetId) as Synthesized;
    const sasReference = /sas_url = https:\/\/sthdhprodraw\.blob\.core\.windows\.net\/([a-z-]+)(\$\{data\.azurerm_storage_account_blob_container_sas\.[^}]+\.sas\})/.exec(worker.user_data);
    expect(sasReference?.[1]).toBe(datasetId);
    const [type, name] = target(sasReference?.[2] ?? "");
    const sas = byName(json, type, name);
    expect(sas.container_name).toBe(datasetId);
    expect(sas.https_only).toBe(true);
    expect(sas.permissions).toEqual({ read: true, list: true, add: false, create: false, write: false, delete: false });
    expect(sas.connection_string).toMatch(/^\$\{data\.azurerm_storage_account\./);
  });

  it("writes to Swift with an application credential limited to its one target container, without DELETE", () => {
    const credentials = resourcesOf(json, "openstack_identity_application_credential_v3").map(([, c]) => c);
    expect(credentials).toHaveLength(2);
    for (const credential of credentials) {
      expect(credential.unrestricted).toBe(false);
      expect(credential.expires_at).toBeDefined();
      const methods = new Set(credential.access_rules.map((r: Synthesized) => r.method));
      expect([...methods].sort()).toEqual(["GET", "HEAD", "PUT"]);
      for (const rule of credential.access_rules) {
        expect(rule.service).toBe("object-store");
        // The raw container (and its large-object segments) of the project, nothing else.
        expect(rule.path).toMatch(/^\/v1\/AUTH_\$\{openstack_identity_project_v3\.[^}]+\.id\}\/\$\{openstack_objectstorage_container_v1\.[^}]*container-raw[^}]*\.name\}(_segments)?(\/\*\*)?$/);
      }
    }
  });

  it("passes every credential by reference: no SAS token, key or secret in plain text", () => {
    for (const worker of workers) {
      expect(worker.user_data).toMatch(/application_credential_secret = \$\{openstack_identity_application_credential_v3\.[^}]+\.secret\}/);
      expect(worker.user_data).not.toMatch(/sig=|AccountKey=|sv=20/);
    }
    expect(JSON.stringify(json)).not.toMatch(/sig=|AccountKey=/);
  });

  it("copies with checksums, verifies byte for byte and reaches Blob through its private endpoint", () => {
    const userData: string = workers[0].user_data;
    expect(userData.startsWith("#cloud-config\n")).toBe(true);
    expect(userData).toContain("rclone copy legacy:snds-dcir");
    expect(userData).toContain("--checksum");
    expect(userData).toMatch(/rclone check legacy:snds-dcir \S+ --one-way --download --combined/);
    expect(userData).toMatch(/\$\{data\.azurerm_private_endpoint_connection\.[^}]+\.private_service_connection\[0\]\.private_ip_address\} sthdhprodraw\.blob\.core\.windows\.net/);
    const endpoint = Object.values(json.data.azurerm_private_endpoint_connection)[0] as Synthesized;
    expect(endpoint.name).toBe("pe-sthdhprodraw-blob");
  });
});

describe("the replication script", () => {
  it("has no ${ sequence Terraform would interpolate, besides the references it was given", () => {
    const text = replicationCloudInit({
      datasetId: "d",
      storageAccountName: "acct",
      sourceContainer: "c",
      blobPrivateIp: "10.0.1.4",
      sourceSas: "?sv=x",
      targetBucket: "raw",
      sovereignRemote: ["type = swift", "application_credential_secret = secret"],
      targetName: "Swift",
      transfers: 4,
    });
    expect(text).not.toMatch(/\$\{|%\{/);
    expect(text).toContain("rclone copy legacy:c sovereign:raw/d --checksum --transfers 4");
    expect(text).toContain("sovereign:raw/_migration/d/checksum-report.txt");
  });
});

describe("replication workers (dev plan)", () => {
  it("runs a worker for the one replicating blob dataset only", () => {
    const { environment, plan, planFile } = fixture("dev");
    const json = synthMigration(environment, checkedPlan(plan, planFile));
    const workers = resourcesOf(json, "openstack_compute_instance_v2").filter(([, w]) => w.metadata.role === "replication-worker");
    expect(workers.map(([, w]) => w.metadata.dataset)).toEqual(["cohorts"]);
  });

  it("runs no worker once nothing is replicating", () => {
    const { environment, plan } = fixture("dev");
    withoutDatabases(environment, plan);
    plan.datasets = plan.datasets.filter((d) => d.phase !== "replicating");
    environment.legacy.dataStores = environment.legacy.dataStores.filter((s) => s.name !== "pseudonymised");
    const json = synthMigration(environment, checkedPlan(plan));
    expect(resourcesOf(json, "openstack_compute_instance_v2")).toHaveLength(0);
    expect(resourcesOf(json, "openstack_identity_application_credential_v3")).toHaveLength(0);
  });
});
