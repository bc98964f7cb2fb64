/**
 * Azure resource IDs, read the way Azure Resource Manager writes them:
 * `/subscriptions/<id>/resourceGroups/<group>/providers/<Namespace>/<type>/<name>[/<type>/<name>...]`, with
 * extension resources below another resource's `/providers/` (role assignments, locks, diagnostic settings).
 * Azure compares IDs case-insensitively: keys are lower-cased; the original spelling is kept for reports.
 */

export const RESOURCE_GROUP_TYPE = "Microsoft.Resources/resourceGroups";

export interface ArmId {
  /** The ID as written. */
  readonly id: string;
  /** Lower-cased, for comparisons. */
  readonly key: string;
  readonly subscription: string;
  readonly resourceGroup?: string;
  /** `Namespace/type[/type...]`, e.g. `Microsoft.Storage/storageAccounts/blobServices/containers`. */
  readonly type: string;
  readonly name: string;
  /** The resource this one is nested in or extends (a subnet's network, a lock's scope), if any. */
  readonly parent?: ArmId;
  /** An extension resource (its ID holds a second `/providers/`). */
  readonly extension: boolean;
}

function at(id: string, subscription: string, resourceGroup: string | undefined, type: string, name: string, parent: ArmId | undefined, extension: boolean): ArmId {
  return { id, key: id.toLowerCase(), subscription, resourceGroup, type, name, parent, extension };
}

/** Parses an Azure resource ID; undefined when it is not one (e.g. a Key Vault key's data-plane URL). */
export function parseArmId(id: string): ArmId | undefined {
  const match = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+))?(\/providers\/.*)?$/i.exec(id.replace(/\/+$/, ""));
  if (!match) return undefined;
  const [, subscription, group, rest] = match;
  const groupId = group !== undefined ? `/subscriptions/${subscription}/resourceGroups/${group}` : undefined;
  const groupResource = groupId !== undefined ? at(groupId, subscription, group, RESOURCE_GROUP_TYPE, group, undefined, false) : undefined;
  if (rest === undefined) return groupResource ?? at(`/subscriptions/${subscription}`, subscription, undefined, "Microsoft.Resources/subscriptions", subscription, undefined, false);
  let scope: ArmId | undefined = groupResource;
  let scopeId = groupId ?? `/subscriptions/${subscription}`;
  // Each `/providers/<Namespace>/<type>/<name>[/<type>/<name>]...` segment nests in the previous one.
  const providerParts = rest.split(/\/providers\//i).slice(1);
  let extension = false;
  for (const part of providerParts) {
    const segments = part.split("/");
    if (segments.length < 3 || segments.length % 2 === 0) return undefined;
    const namespace = segments[0];
    let type = namespace;
    for (let i = 1; i < segments.length; i += 2) {
      type = `${type}/${segments[i]}`;
      const name = segments[i + 1];
      if (!name) return undefined;
      scopeId = `${scopeId}${i === 1 ? `/providers/${namespace}` : ""}/${segments[i]}/${name}`;
      scope = at(scopeId, subscription, group, type, name, scope, extension);
    }
    extension = true; // a further `/providers/` extends the resource built so far
  }
  return scope;
}

/** The vault of a Key Vault data-plane URL (`https://<vault>.vault.azure.net/keys/<name>/<version>`), if it is one. */
export function keyVaultOfDataPlaneUrl(id: string): string | undefined {
  return /^https:\/\/([a-z0-9-]{3,24})\.vault\.azure\.net\/(?:keys|secrets|certificates)\//i.exec(id)?.[1];
}

/** A role assignment's ARM ID (before azurerm's optional `|{tenantId}` suffix). */
const ROLE_ASSIGNMENT = /\/providers\/Microsoft\.Authorization\/roleAssignments\/[^/]+$/i;

/**
 * The Azure resource an azurerm import ID names. Most import IDs are ARM IDs, but azurerm documents two
 * Terraform-specific forms with a `|`: a diagnostic setting is `{resourceId}|{name}` (in Azure, the extension
 * resource `{resourceId}/providers/Microsoft.Insights/diagnosticSettings/{name}`), and a cross-tenant role
 * assignment `{assignmentId}|{tenantId}` (the assignment). Undefined when it names no ARM resource (e.g. a Key
 * Vault key's data-plane URL: see keyVaultOfDataPlaneUrl).
 */
export function parseImportId(id: string): ArmId | undefined {
  const bar = id.lastIndexOf("|");
  if (bar < 0) return parseArmId(id);
  const [resource, suffix] = [id.slice(0, bar), id.slice(bar + 1)];
  if (suffix === "" || suffix.includes("/") || resource.includes("|") || !parseArmId(resource)) return undefined;
  return ROLE_ASSIGNMENT.test(resource) ? parseArmId(resource) : parseArmId(`${resource}/providers/Microsoft.Insights/diagnosticSettings/${suffix}`);
}
