/** The ports the landing zone's flows speak of, on every cloud. */

/** HTTPS: the only port that may be opened to the whole Internet, and only to the portal's entry point. */
export const HTTPS_PORT = 443;
/** SSH: administration, only through the bastion. */
export const SSH_PORT = 22;
/** PostgreSQL: the data tier's database, only from the portal's servers. */
export const POSTGRESQL_PORT = 5432;
/** Ports that give administrative control of a server: reachable only from the bastion, never from a CIDR of the Internet. */
export const ADMIN_PORTS: readonly number[] = [22, 3389, 5985, 5986];
