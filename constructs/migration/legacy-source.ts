import type { PostgresCopyAdministrator } from "../legacy/services";

/**
 * What the migration needs from the legacy stack beyond what it looks up by name: the legacy PostgreSQL
 * server's administrator credential while a database copy runs (generated in the legacy stack, referenced
 * across stacks). A structural subset of LegacyAzureStack, so the stack itself can be passed.
 */
export interface LegacyMigrationSource {
  /** Present while a database dataset of the server is replicating or cut over. */
  readonly postgresCopyAdministrator?: PostgresCopyAdministrator;
}
