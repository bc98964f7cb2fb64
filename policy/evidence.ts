/**
 * Evidence grades: what makes a qualification in the region catalogue count. A status of `qualified`
 * counts only with real evidence (a primary source, every item referenced and dated, no placeholder) and
 * before its expiry; `in-progress`, `none` and `pending-contract` never count.
 */

/** Status of one qualification for one region or offer. Only `qualified` counts. */
export type QualificationStatus = "qualified" | "in-progress" | "none" | "pending-contract";

/** Where a fact comes from. */
export type EvidenceKind = "anssi-list" | "hds-list" | "certificate" | "contract" | "vendor-page" | "press";

/** Sources that can prove a qualification on their own: a vendor's page or an article cannot. */
export const PRIMARY_EVIDENCE_KINDS: readonly EvidenceKind[] = ["anssi-list", "hds-list", "certificate", "contract"];

export interface EvidenceItem {
  readonly kind: EvidenceKind;
  /** What to look for at the URL: list entry, certificate or contract number, article title. */
  readonly reference?: string;
  readonly url: string;
  /** The source's date (publication, issue, signature) or the day it was read (YYYY-MM-DD). */
  readonly date?: string;
}

export interface Qualification {
  readonly status: QualificationStatus;
  readonly evidence: readonly EvidenceItem[];
  /** The day the status was last checked (YYYY-MM-DD). */
  readonly asOf: string;
  /** End of validity of the certificate or qualification, if known (YYYY-MM-DD). */
  readonly expires?: string;
  readonly note?: string;
}

/** Top-level domains RFC 2606 and RFC 6761 reserve for documentation and tests: nothing real lives there. */
const RESERVED_TOP_LEVEL_DOMAINS = ["example", "test", "invalid", "localhost"];
/** Second-level domains RFC 2606 reserves for documentation. */
const RESERVED_DOMAINS = ["example.com", "example.net", "example.org"];
/** Text that marks an unfinished value: TODO, TBD, FIXME, XXX, placeholder, CHANGEME, `<contract number>`, `???`. */
const PLACEHOLDER_TEXT = /\b(?:todo|tbd|tbc|fixme|x{3,}|placeholders?|changeme|to be (?:filled|confirmed|completed|defined))\b|<[^<>]*>|\?{3,}/i;

/** The host of an endpoint given as a URL or a bare domain, lower-cased. */
export function endpointHost(endpoint: string): string {
  const trimmed = endpoint.trim().toLowerCase();
  try {
    return new URL(trimmed.includes("://") ? trimmed : `https://${trimmed}`).hostname.replace(/\.$/, "");
  } catch {
    return trimmed;
  }
}

/** Why a URL or domain is a placeholder (a reserved documentation or test name), or undefined when it is not. */
export function placeholderEndpoint(endpoint: string): string | undefined {
  const host = endpointHost(endpoint);
  const labels = host.split(".");
  if (RESERVED_TOP_LEVEL_DOMAINS.includes(labels[labels.length - 1])) return `'${endpoint}' is under a reserved domain (RFC 2606/6761): a placeholder`;
  if (RESERVED_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`))) return `'${endpoint}' is under a reserved domain (RFC 2606): a placeholder`;
  return undefined;
}

/** Why a text is a placeholder (TODO, TBD, XXX, `<...>` ...), or undefined when it is not. */
export function placeholderText(text: string): string | undefined {
  const match = PLACEHOLDER_TEXT.exec(text);
  return match ? `'${text}' is a placeholder ('${match[0]}')` : undefined;
}

/**
 * What keeps a `qualified` status from counting, each as `field: problem` (empty when it is real
 * evidence): a missing reference or date, a placeholder reference or URL, evidence dated after the
 * catalogue's own date, or no primary source (a vendor page or press alone proves nothing).
 */
export function evidenceProblems(qualification: Qualification, catalogueAsOf?: string): string[] {
  const problems: string[] = [];
  qualification.evidence.forEach((item, i) => {
    const field = `evidence.${i}`;
    if (item.reference === undefined || item.reference.trim() === "") problems.push(`${field}.reference: is missing`);
    else {
      const text = placeholderText(item.reference);
      if (text) problems.push(`${field}.reference: ${text}`);
    }
    if (item.date === undefined) problems.push(`${field}.date: is missing`);
    else if (catalogueAsOf !== undefined && item.date > catalogueAsOf) problems.push(`${field}.date: ${item.date} is after the catalogue's asOf (${catalogueAsOf})`);
    const url = placeholderEndpoint(item.url) ?? placeholderText(item.url);
    if (url) problems.push(`${field}.url: ${url}`);
  });
  if (!qualification.evidence.some((item) => PRIMARY_EVIDENCE_KINDS.includes(item.kind))) {
    problems.push(`evidence: no primary source (${PRIMARY_EVIDENCE_KINDS.join(", ")}): a vendor page or press alone is not proof`);
  }
  return problems;
}

/** Whether a qualification counts on a day: status qualified, real evidence, not expired. */
export function qualificationHeld(qualification: Qualification, today: string): boolean {
  return qualification.status === "qualified" && evidenceProblems(qualification).length === 0 && (qualification.expires === undefined || qualification.expires >= today);
}
