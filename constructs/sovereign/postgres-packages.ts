/**
 * Where PostgreSQL packages come from: the PostgreSQL project's APT repository (PGDG), its signing key checked
 * against a pinned fingerprint. Shared by the OpenStack data tier's servers and the migration's copy workers on
 * every cloud, so that client tools match the server's major version.
 */

/** The PostgreSQL Global Development Group's APT signing key (ACCC4CF8), by its full fingerprint. */
export const PGDG_KEY_FINGERPRINT = "B97B0AFCAA1A47F044F244A07FCC7D46ACCC4CF8";
export const DEFAULT_APT_REPOSITORY = "https://apt.postgresql.org/pub/repos/apt";
export const DEFAULT_APT_SIGNING_KEY_URL = "https://www.postgresql.org/media/keys/ACCC4CF8.asc";

/** Where the packages come from. */
export interface PostgresPackageSource {
  /** PGDG-layout APT repository (`<url> <codename>-pgdg main`). */
  readonly repository: string;
  /** URL of the repository's signing key; the key must have PGDG_KEY_FINGERPRINT whatever the URL. */
  readonly signingKeyUrl: string;
}

/**
 * Shell lines that install PostgreSQL packages of one major version from the PGDG repository, the signing key
 * checked against its pinned fingerprint first. Shared by the data tier's servers and the copy workers, so both
 * run the same version. Needs curl and gnupg.
 */
export function pgdgInstallScript(source: PostgresPackageSource, packages: readonly string[]): string {
  return [
    "install_pgdg() {",
    "  install -d /usr/share/postgresql-common/pgdg /etc/postgresql-common",
    `  curl -fsSL --retry 5 -o /tmp/pgdg.asc '${source.signingKeyUrl}'`,
    "  got=$(gpg --show-keys --with-colons /tmp/pgdg.asc | awk -F: '$1 == \"fpr\" { print $10; exit }')",
    `  [ "$got" = ${PGDG_KEY_FINGERPRINT} ] || { echo "PGDG signing key: fingerprint '$got' is not the pinned ${PGDG_KEY_FINGERPRINT}" >&2; exit 1; }`,
    "  install -m 0644 /tmp/pgdg.asc /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc",
    `  echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] ${source.repository} $(. /etc/os-release && echo $VERSION_CODENAME)-pgdg main" > /etc/apt/sources.list.d/pgdg.list`,
    "  apt-get update",
    `  DEBIAN_FRONTEND=noninteractive apt-get install -y -o Dpkg::Options::=--force-confold ${packages.join(" ")}`,
    "}",
  ].join("\n");
}
