/**
 * The trust boundary: the artefact under judgement never loosens its own judgement. Catalogues, waivers,
 * deadlines and required qualifications come from the repository's configuration (config/, the
 * environment files, config/waivers.json) and the CLI's flags, never from files or dates a scanned
 * cdktf.out or plan names. A stack's metadata may declare its environment, role and data classification
 * and may add requirements; it never removes one:
 * - its environment name maps to the repository's own environment file (`config/environments/<name>.json`),
 *   which gives the data classification, the migration deadline, the contract catalogues and the waiver files,
 *   but only for a stack the repository builds in that environment (`sovereign-dev` of dev): another stack's
 *   claim is ignored; a stack named like one of a repository environment's stacks (`sovereign-prod`) is
 *   judged as that environment's, whatever environment it claims;
 * - its role is the one the repository builds a stack of that name with (config/stack-names.ts); metadata
 *   may only make it `sovereign` (the strictest). A stack the repository does not name gets `sovereign`
 *   if it says so, else only the CLI's --role;
 * - of the declared and the repository's data classifications the stricter wins; with no repository
 *   environment, the catalogue's strictest default is the floor.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_MIGRATION_DEADLINE } from "../config/migration/load-plan";
import { ENVIRONMENTS_DIR, readEnvironmentConfig } from "../config/environment-file";
import { stackKindOf } from "../config/stack-names";
import { BUILTIN_CATALOGUE_FILE, RegionCatalogue } from "./catalogue";
import { folderStackName } from "./configuration";
import type { PolicyStack, StackPolicyMetadata, StackRole } from "./model";
import { loadWaivers, PROJECT_WAIVERS_FILE, type Waiver } from "./waivers";

/** What the repository's own files say about one environment's policy. */
export interface RepositoryEnvironment {
  readonly name: string;
  readonly file: string;
  readonly dataClassification: string;
  readonly owner: string;
  readonly migrationDeadline: string;
  /** Contract catalogue files (absolute). */
  readonly regionCatalogues: readonly string[];
  /** Extra waiver files (absolute). */
  readonly waiverFiles: readonly string[];
}

/** The repository's environments, read from its own config/environments folder (never from an artefact's). */
export class RepositoryPolicy {
  private readonly cache = new Map<string, RepositoryEnvironment | undefined>();

  constructor(readonly environmentsDir: string = ENVIRONMENTS_DIR) {}

  /** The repository environment of this name, or undefined when there is none (a bad file is a ConfigError). */
  environment(name: string): RepositoryEnvironment | undefined {
    if (this.cache.has(name)) return this.cache.get(name);
    let environment: RepositoryEnvironment | undefined;
    const file = path.join(this.environmentsDir, `${name}.json`);
    if (/^[a-z][a-z0-9-]*$/.test(name) && fs.existsSync(file)) {
      const { config } = readEnvironmentConfig(file);
      const base = path.dirname(file);
      environment = {
        name,
        file,
        dataClassification: config.dataClassification,
        owner: config.owner,
        migrationDeadline: config.migration?.deadline ?? DEFAULT_MIGRATION_DEADLINE,
        regionCatalogues: config.regionCatalogues.map((f) => path.resolve(base, f)),
        waiverFiles: (config.policy?.waiverFiles ?? []).map((f) => path.resolve(base, f)),
      };
    }
    this.cache.set(name, environment);
    return environment;
  }

  /** The repository environment one of whose stacks has this name (`sovereign-prod`: prod), if any. */
  environmentOfStackName(stackName: string): RepositoryEnvironment | undefined {
    const name = this.environmentNames().find((n) => stackKindOf(stackName, n) !== undefined);
    return name !== undefined ? this.environment(name) : undefined;
  }

  private names?: string[];

  /** The names of the repository's environment files, read once. */
  private environmentNames(): string[] {
    this.names ??= fs.existsSync(this.environmentsDir)
      ? fs
          .readdirSync(this.environmentsDir)
          .filter((f) => f.endsWith(".json"))
          .map((f) => f.slice(0, -".json".length))
          .sort()
      : [];
    return this.names;
  }

  /**
   * The repository environments that judge a stack: the one its metadata names, and the one whose stack
   * it is by name (a stack named sovereign-prod is judged at least as prod's, whatever environment it claims).
   */
  environmentsOfStack(stack: PolicyStack): RepositoryEnvironment[] {
    if (!stack.metadata) return [];
    // The OpenTofu reading of a folder is the same stack.
    const name = folderStackName(stack.name);
    // A claimed environment vouches only for a stack the repository builds in it (`sovereign-dev` of dev):
    // an unnamed stack claiming dev's synthetic data would otherwise lower the strictest default.
    const declared = stack.metadata.environment;
    const named = typeof declared === "string" && stackKindOf(name, declared) !== undefined ? this.environment(declared) : undefined;
    const byName = this.environmentOfStackName(name);
    return [...new Set([named, byName].filter((e): e is RepositoryEnvironment => e !== undefined))];
  }

  /** The repository environments the stacks belong to. */
  environmentsOf(stacks: readonly PolicyStack[]): RepositoryEnvironment[] {
    return [...new Set(stacks.flatMap((s) => this.environmentsOfStack(s)))];
  }
}

const ROLES: readonly StackRole[] = ["sovereign", "legacy", "migration"];

function declaredRole(value: unknown): StackRole | undefined {
  return ROLES.find((r) => r === value);
}

/**
 * A stack's metadata as the repository allows it (see the module comment). `fallbackRole` is the CLI's
 * --role, for stacks the repository does not name. Undefined when nothing vouches for any metadata.
 */
export function trustedMetadata(stack: PolicyStack, repository: RepositoryPolicy, catalogue: RegionCatalogue, fallbackRole?: StackRole): StackPolicyMetadata | undefined {
  const declared = stack.metadata as Partial<Record<keyof StackPolicyMetadata, unknown>> | undefined;
  const environments = repository.environmentsOfStack(stack);
  const claimedRole = declaredRole(declared?.role);
  const repositoryRole = environments.map((e) => stackKindOf(stack.name, e.name)).find((kind) => kind !== undefined);
  const role = claimedRole === "sovereign" ? "sovereign" : (repositoryRole ?? fallbackRole);

  const requires = Array.isArray(declared?.requires) ? declared.requires.filter((q): q is string => typeof q === "string" && /^[a-z0-9-]+$/.test(q)) : [];
  /** Raises the floor to a classification when it adds requirements; when neither includes the other, adds its extra qualifications. */
  const raise = (floor: string | undefined, candidate: string): string | undefined => {
    if (candidate === floor) return floor;
    const stricter = catalogue.stricterClassification(floor, candidate);
    if (stricter === candidate && !catalogue.sameRequirement(floor, candidate)) return candidate;
    if (stricter === undefined) {
      const base = catalogue.classificationRequires(floor);
      requires.push(...catalogue.classificationRequires(candidate).filter((q) => !base.includes(q) && !requires.includes(q)));
    }
    return floor;
  };
  // The repository's environments set the floor (none: the catalogue's strictest default); the declaration may only raise it.
  let dataClassification: string | undefined = environments[0]?.dataClassification;
  for (const environment of environments.slice(1)) dataClassification = raise(dataClassification, environment.dataClassification);
  const claimed = typeof declared?.dataClassification === "string" ? declared.dataClassification : undefined;
  if (claimed !== undefined) dataClassification = raise(dataClassification, claimed);

  if (role === undefined && dataClassification === undefined && requires.length === 0 && environments.length === 0) return undefined;
  const deadlines = environments.map((e) => e.migrationDeadline).sort();
  return {
    ...(role !== undefined ? { role } : {}),
    ...(dataClassification !== undefined ? { dataClassification } : {}),
    ...(environments.length > 0 ? { environment: environments[0].name } : {}),
    ...(requires.length > 0 ? { requires } : {}),
    owner: environments[0]?.owner ?? (typeof declared?.owner === "string" ? declared.owner : undefined),
    // The earliest deadline of the environments that judge the stack; never one the artefact names.
    migrationDeadline: deadlines[0] ?? DEFAULT_MIGRATION_DEADLINE,
  };
}

/** The stacks with their metadata replaced by what the repository vouches for. */
export function trustStackPolicies(stacks: readonly PolicyStack[], repository: RepositoryPolicy, catalogue: RegionCatalogue, fallbackRole?: StackRole): PolicyStack[] {
  return stacks.map((stack) => ({ ...stack, metadata: trustedMetadata(stack, repository, catalogue, fallbackRole) }));
}

/** What the CLI's flags say: the only other source of policy besides the repository. */
export interface PolicyFlags {
  /** --catalogue: files replacing the built-in catalogue (and the environments' contract catalogues). */
  readonly catalogue?: readonly string[];
  /** --extra-catalogue: files added to the catalogue in use. */
  readonly extraCatalogue?: readonly string[];
  /** --waivers: extra waiver files. */
  readonly waivers?: readonly string[];
  /** --role: the role of stacks the repository does not name. */
  readonly role?: StackRole;
}

/** Everything a judgement of artefacts uses, from the repository and the flags only. */
export interface RepositoryJudgement {
  readonly catalogue: RegionCatalogue;
  readonly waivers: Waiver[];
  /** The stacks with the metadata the repository vouches for. */
  readonly stacks: PolicyStack[];
  /** The repository environments the stacks belong to. */
  readonly environments: readonly RepositoryEnvironment[];
}

/**
 * Sets a judgement of scanned stacks up: the built-in catalogue (or --catalogue) plus the contract
 * catalogues of the repository environments the stacks belong to and --extra-catalogue; config/waivers.json
 * plus those environments' waiver files and --waivers; each stack's metadata as the repository allows it.
 */
export function repositoryJudgement(stacks: readonly PolicyStack[], flags: PolicyFlags = {}, repository = new RepositoryPolicy()): RepositoryJudgement {
  const environments = repository.environmentsOf(stacks);
  const extra = (flags.extraCatalogue ?? []).map((f) => path.resolve(f));
  const replacing = (flags.catalogue ?? []).map((f) => path.resolve(f));
  const contracts = replacing.length > 0 ? [] : environments.flatMap((e) => e.regionCatalogues);
  const files = [...new Set([...replacing.slice(1), ...contracts, ...extra])].filter((f) => f !== BUILTIN_CATALOGUE_FILE && f !== replacing[0]);
  const catalogue = RegionCatalogue.load({ replaceBuiltin: replacing[0], extraFiles: files });
  const waiverFiles = new Set([PROJECT_WAIVERS_FILE, ...environments.flatMap((e) => e.waiverFiles), ...(flags.waivers ?? []).map((f) => path.resolve(f))]);
  return {
    catalogue,
    waivers: [...waiverFiles].flatMap((f) => loadWaivers(f)),
    stacks: trustStackPolicies(stacks, repository, catalogue, flags.role),
    environments,
  };
}
