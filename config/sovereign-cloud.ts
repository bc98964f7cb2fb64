/**
 * Which sovereign cloud an environment's landing zone is built on (`sovereign.cloud`, default `openstack`),
 * and the narrowing of an environment's type to one cloud's section.
 */
import { ConfigError } from "./config-error";
import type {
  EnvironmentConfig,
  OpenStackEnvironmentConfig,
  OpenStackTargetConfig,
  ScalewayEnvironmentConfig,
  ScalewayTargetConfig,
  SovereignCloud,
  SovereignTargetConfig,
} from "./environment";

/** The cloud an environment file leaves unsaid. */
export const DEFAULT_SOVEREIGN_CLOUD: SovereignCloud = "openstack";

/**
 * How the migration plan names an object of a sovereign store (`<scheme>://<store>/<path>`, e.g. a verification
 * report): Swift containers on OpenStack, S3 buckets on Scaleway's Object Storage.
 */
export const OBJECT_URL_SCHEMES: Readonly<Record<SovereignCloud, string>> = { openstack: "swift", scaleway: "s3" };

/** The cloud of a sovereign section. */
export function sovereignCloudOf(sovereign: SovereignTargetConfig): SovereignCloud {
  return sovereign.cloud ?? DEFAULT_SOVEREIGN_CLOUD;
}

/** The object URL scheme of an environment's sovereign target. */
export function objectUrlSchemeOf(sovereign: SovereignTargetConfig): string {
  return OBJECT_URL_SCHEMES[sovereignCloudOf(sovereign)];
}

export function isOpenStackTarget(sovereign: SovereignTargetConfig): sovereign is OpenStackTargetConfig {
  return sovereignCloudOf(sovereign) === "openstack";
}

export function isScalewayTarget(sovereign: SovereignTargetConfig): sovereign is ScalewayTargetConfig {
  return sovereignCloudOf(sovereign) === "scaleway";
}

/**
 * The environment, typed as an OpenStack one; a ConfigError naming `source` and `sovereign.cloud` when its
 * landing zone is on another cloud (`what` says what needed OpenStack).
 */
export function openStackEnvironment(environment: EnvironmentConfig, source: string, what = "this stack"): OpenStackEnvironmentConfig {
  if (isOpenStackTarget(environment.sovereign)) return environment as OpenStackEnvironmentConfig;
  throw new ConfigError(source, "sovereign.cloud", `${what} needs an OpenStack landing zone, not '${sovereignCloudOf(environment.sovereign)}'`);
}

/** The environment, typed as a Scaleway one; a ConfigError naming `source` and `sovereign.cloud` otherwise. */
export function scalewayEnvironment(environment: EnvironmentConfig, source: string, what = "this stack"): ScalewayEnvironmentConfig {
  if (isScalewayTarget(environment.sovereign)) return environment as ScalewayEnvironmentConfig;
  throw new ConfigError(source, "sovereign.cloud", `${what} needs a Scaleway landing zone, not '${sovereignCloudOf(environment.sovereign)}'`);
}
