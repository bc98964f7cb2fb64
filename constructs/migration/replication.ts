import { Fn } from "cdktf";
import { Construct } from "constructs";
import { stringify } from "yaml";
import { DataAzurermStorageAccount } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-account";
import { DataAzurermStorageAccountBlobContainerSas } from "@cdktf/provider-azurerm/lib/data-azurerm-storage-account-blob-container-sas";
import { DataAzurermPrivateEndpointConnection } from "@cdktf/provider-azurerm/lib/data-azurerm-private-endpoint-connection";
import type { TerraformResource } from "cdktf";
import { Rotating } from "@cdktf/provider-time/lib/rotating";
import type { LegacyDataStoreConfig, MigrationWorkerConfig } from "../../config/environment";
import type { BlobDataset } from "../../config/migration/plan";
import type { LegacyNames } from "../legacy/naming";
import type { SovereignMigrationTarget, SovereignWorkerGroup } from "./sovereign-target";

/** Where a worker's checksum report lands in its target container (the plan's verification refers to it). */
export function checksumReportPath(datasetId: string): string {
  return `_migration/${datasetId}/checksum-report.txt`;
}

/** Everything a worker's cloud-init needs; values may be Terraform references (tokens). */
export interface ReplicationScriptOptions {
  readonly datasetId: string;
  readonly storageAccountName: string;
  readonly sourceContainer: string;
  /** Private endpoint IP of the account's blob service, reached over the IPsec tunnel. */
  readonly blobPrivateIp: string;
  /** Container-scoped SAS (read + list), starting with `?`. */
  readonly sourceSas: string;
  /** The target store's real name (bucket, container). */
  readonly targetBucket: string;
  /** The lines of rclone's `[sovereign]` remote (the target's scoped credential, by reference). */
  readonly sovereignRemote: readonly string[];
  /** Where the copy goes, in words, for the unit's description (e.g. `Swift`, `Object Storage`). */
  readonly targetName: string;
  readonly transfers: number;
}

/**
 * The cloud-init of a replication worker: rclone copies the legacy container to `<container>/<dataset>/`
 * on the sovereign object storage (Swift, S3), comparing checksums, every six hours until cutover; after each pass `rclone check --download`
 * compares every object byte for byte and the report is uploaded next to the data. The blob endpoint
 * resolves to its private endpoint, so the copy never leaves the tunnel on the Azure side.
 * (No `${` in the scripts: Terraform would read it as an interpolation.)
 */
export function replicationCloudInit(options: ReplicationScriptOptions): string {
  const source = `legacy:${options.sourceContainer}`;
  const destination = `sovereign:${options.targetBucket}/${options.datasetId}`;
  const report = `sovereign:${options.targetBucket}/${checksumReportPath(options.datasetId)}`;
  const script = [
    "#!/bin/sh",
    "# Copies one legacy dataset to the sovereign object storage and verifies it.",
    "set -eu",
    "export RCLONE_CONFIG=/etc/rclone/rclone.conf",
    "mkdir -p /var/lib/hdh-replicate",
    `rclone copy ${source} ${destination} --checksum --transfers ${options.transfers} --log-level INFO --log-file /var/log/hdh-replicate.log`,
    `rclone check ${source} ${destination} --one-way --download --combined /var/lib/hdh-replicate/checksum-report.txt --log-file /var/log/hdh-replicate.log`,
    `rclone copyto /var/lib/hdh-replicate/checksum-report.txt ${report}`,
    "",
  ].join("\n");
  const rcloneConfig = [
    "[legacy]",
    "type = azureblob",
    `sas_url = https://${options.storageAccountName}.blob.core.windows.net/${options.sourceContainer}${options.sourceSas}`,
    "",
    "[sovereign]",
    ...options.sovereignRemote,
    "",
  ].join("\n");
  const service = [
    "[Unit]",
    `Description=Replicate dataset ${options.datasetId} from Azure to ${options.targetName}`,
    "After=network-online.target",
    "Wants=network-online.target",
    "[Service]",
    "Type=oneshot",
    "ExecStart=/usr/local/bin/hdh-replicate",
    "",
  ].join("\n");
  const timer = ["[Unit]", `Description=Replicate dataset ${options.datasetId} every six hours`, "[Timer]", "OnBootSec=5min", "OnUnitInactiveSec=6h", "[Install]", "WantedBy=timers.target", ""].join("\n");
  const cloudConfig = {
    package_update: true,
    packages: ["rclone"],
    write_files: [
      { path: "/etc/hosts", append: true, content: `${options.blobPrivateIp} ${options.storageAccountName}.blob.core.windows.net\n` },
      { path: "/etc/rclone/rclone.conf", permissions: "0600", owner: "root:root", content: rcloneConfig },
      { path: "/usr/local/bin/hdh-replicate", permissions: "0755", content: script },
      { path: "/etc/systemd/system/hdh-replicate.service", content: service },
      { path: "/etc/systemd/system/hdh-replicate.timer", content: timer },
    ],
    runcmd: [["systemctl", "daemon-reload"], ["systemctl", "enable", "--now", "hdh-replicate.timer"]],
  };
  return `#cloud-config\n${stringify(cloudConfig, { lineWidth: 0 })}`;
}

export interface ReplicationWorkersProps {
  readonly environmentName: string;
  readonly legacyNames: LegacyNames;
  readonly target: SovereignMigrationTarget;
  readonly worker: MigrationWorkerConfig;
  readonly tags: readonly string[];
}

/**
 * Transfer workers for the datasets in `replicating`, one instance per dataset (in the network the tunnel
 * reaches), each with its own least-privilege credentials: a SAS that can only read and list its one source
 * container, and a target credential that writes to its one target store and deletes nothing (the target
 * cloud's: a Keystone application credential limited to one Swift container, or a Scaleway IAM application's
 * API key). Credentials reach the instance through user_data by reference, never as literals. The SAS window
 * (and the target credential's expiry) rotates every 30 days with a week of overlap; a new window replaces the
 * worker, and rclone resumes where it stopped.
 */
export class ReplicationWorkers extends Construct {
  readonly group: SovereignWorkerGroup;
  /** The worker of each replicating dataset, by dataset id. */
  readonly workers: Record<string, TerraformResource> = {};
  private readonly storageAccounts = new Map<string, { account: DataAzurermStorageAccount; blobIp: string }>();
  private readonly sasWindow: Rotating;

  constructor(scope: Construct, id: string, private readonly props: ReplicationWorkersProps) {
    super(scope, id);
    this.sasWindow = new Rotating(this, "credential-window", { rotationDays: 30 });
    // Egress only: HTTPS (Blob over the tunnel, the object storage, its identity service), HTTP for the distribution's packages, DNS.
    this.group = props.target.workerGroup(this, {
      name: `hdh-${props.environmentName}-replication-workers`,
      description: "Replication workers: no inbound traffic, web and DNS outbound only",
      tags: props.tags,
      worker: props.worker,
      egress: [
        { name: "https", protocol: "tcp", port: 443, cidr: "0.0.0.0/0" },
        { name: "http", protocol: "tcp", port: 80, cidr: "0.0.0.0/0" },
        { name: "dns", protocol: "udp", port: 53, cidr: "0.0.0.0/0" },
      ],
    });
  }

  /** Adds the worker of one replicating dataset. */
  addWorker(dataset: BlobDataset, store: LegacyDataStoreConfig): TerraformResource {
    const { props } = this;
    const scope = new Construct(this, dataset.id);
    const { account, blobIp } = this.storageAccount(store);
    const expiry = Fn.timeadd(this.sasWindow.rotationRfc3339, "168h");
    const sas = new DataAzurermStorageAccountBlobContainerSas(scope, "source-sas", {
      connectionString: account.primaryConnectionString,
      containerName: dataset.legacyStore.container,
      httpsOnly: true,
      start: this.sasWindow.rfc3339,
      expiry,
      permissions: { read: true, list: true, add: false, create: false, write: false, delete: false },
    });
    const name = `hdh-${props.environmentName}-replicate-${dataset.id}`;
    const terms = props.target.objectStorage;
    const access = props.target.objectStoreAccess(scope, "store-credential", {
      store: dataset.sovereignContainer,
      name,
      description: `Replication of ${dataset.id}: read/write on one ${terms.store}, no delete`,
      expiresAt: expiry,
    });
    const worker = this.group.addWorker(scope, "worker", {
      name,
      metadata: { dataset: dataset.id, role: "replication-worker" },
      tags: [...props.tags, `dataset=${dataset.id}`],
      userData: replicationCloudInit({
        datasetId: dataset.id,
        storageAccountName: store.accountName,
        sourceContainer: dataset.legacyStore.container,
        blobPrivateIp: blobIp,
        sourceSas: sas.sas,
        targetBucket: access.bucket,
        sovereignRemote: access.rcloneRemote,
        targetName: terms.service,
        transfers: props.worker.transfers ?? 16,
      }),
    });
    this.workers[dataset.id] = worker;
    return worker;
  }

  /** Looks a legacy storage account and its blob private endpoint up by name, once per account. */
  private storageAccount(store: LegacyDataStoreConfig): { account: DataAzurermStorageAccount; blobIp: string } {
    const known = this.storageAccounts.get(store.name);
    if (known) return known;
    const names = this.props.legacyNames;
    const account = new DataAzurermStorageAccount(this, `account-${store.name}`, { name: store.accountName, resourceGroupName: names.resourceGroup });
    const endpoint = new DataAzurermPrivateEndpointConnection(this, `blob-endpoint-${store.name}`, {
      name: names.privateEndpoint(store.accountName, "blob"),
      resourceGroupName: names.resourceGroup,
    });
    const found = { account, blobIp: endpoint.privateServiceConnection.get(0).privateIpAddress };
    this.storageAccounts.set(store.name, found);
    return found;
  }
}
