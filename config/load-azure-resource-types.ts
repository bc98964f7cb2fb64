/**
 * What the reconciliation with the real Azure inventory (`az resource list`) must know of Azure resource
 * types, kept as data in config/azure-resource-types.json (schema azure-resource-types.schema.json):
 * - which types hold data: a data-bearing resource left in Azure must be covered by a verified copy or by an
 *   explicit, reasoned decision of the migration plan;
 * - which nested types `az resource list` lists (tracked resources, e.g. SQL databases); the other nested
 *   types (subnets, blob containers, NSG rules ...) are not listed, so their presence is judged by their parent.
 * Azure compares resource types case-insensitively, and so does this module.
 */
import * as path from "node:path";
import { ConfigError } from "./config-error";
import { readJsonFile, validateAgainstSchema } from "./validate-json";
import schema from "./azure-resource-types.schema.json";

export const AZURE_RESOURCE_TYPES_FILE = path.resolve(__dirname, "azure-resource-types.json");

/** How a data-bearing type holds data. */
export interface DataBearingType {
  readonly type: string;
  readonly category: string;
  /** What it holds, in a sentence (shown in reports). */
  readonly holds: string;
}

interface AzureResourceTypesFile {
  readonly dataBearing: readonly DataBearingType[];
  readonly listedChildTypes: readonly { readonly type: string; readonly why: string }[];
}

const loaded = new Map<string, AzureResourceTypes>();

/** The loaded catalogue of Azure resource types. */
export class AzureResourceTypes {
  private readonly dataBearingTypes: ReadonlyMap<string, DataBearingType>;
  private readonly listedChildren: ReadonlySet<string>;

  private constructor(data: AzureResourceTypesFile, file: string) {
    const dataBearing = new Map<string, DataBearingType>();
    data.dataBearing.forEach((entry, index) => {
      const key = entry.type.toLowerCase();
      if (dataBearing.has(key)) throw new ConfigError(file, `dataBearing[${index}].type`, `duplicate type '${entry.type}' (types compare case-insensitively)`);
      dataBearing.set(key, entry);
    });
    const listed = new Set<string>();
    data.listedChildTypes.forEach((entry, index) => {
      const key = entry.type.toLowerCase();
      if (listed.has(key)) throw new ConfigError(file, `listedChildTypes[${index}].type`, `duplicate type '${entry.type}' (types compare case-insensitively)`);
      listed.add(key);
    });
    this.dataBearingTypes = dataBearing;
    this.listedChildren = listed;
  }

  /** Reads and checks a catalogue file (the project's by default). Throws a one-line ConfigError. */
  static load(file: string = AZURE_RESOURCE_TYPES_FILE): AzureResourceTypes {
    const cached = loaded.get(file);
    if (cached) return cached;
    const data = validateAgainstSchema<AzureResourceTypesFile>(schema, readJsonFile(file), file);
    const types = new AzureResourceTypes(data, file);
    loaded.set(file, types);
    return types;
  }

  /** The data-bearing entry of a type, or undefined when the type holds no data. */
  dataBearing(type: string): DataBearingType | undefined {
    return this.dataBearingTypes.get(type.toLowerCase());
  }

  isDataBearing(type: string): boolean {
    return this.dataBearingTypes.has(type.toLowerCase());
  }

  /**
   * Whether `az resource list` lists resources of this type: every top-level type
   * (`Namespace/type`) and the nested types the catalogue names; resource groups are listed by `az group list`,
   * which the inventory may include.
   */
  isListed(type: string): boolean {
    const segments = type.split("/");
    return segments.length <= 2 || this.listedChildren.has(type.toLowerCase());
  }

  /** Every data-bearing type, in catalogue order. */
  get dataBearingTypeList(): readonly DataBearingType[] {
    return [...this.dataBearingTypes.values()];
  }
}
