/**
 * A Mermaid flowchart of the estate after the plan, for GitHub to render in the PR comment: one
 * subgraph per provider (legacy Azure, sovereign OpenStack, ...), one node per region with its
 * resource count and the plan's changes there. Ids are generated (never user text) and labels are
 * quoted with only safe characters, so no resource or region name can break the diagram.
 */
import type { EstateRegion, PlanReview } from "./review";

/** How the diagram titles the providers the migration is about; others show their type. */
const PROVIDER_TITLES: Readonly<Record<string, string>> = {
  azurerm: "Legacy Azure",
  openstack: "Sovereign OpenStack",
};

/** Keeps label text to characters Mermaid never interprets inside a quoted label. */
export function mermaidText(text: string): string {
  return text.replace(/"/g, "#quot;").replace(/[^\w .,:()+\-~/#;·]/g, "_");
}

function regionLabel(entry: EstateRegion): string {
  if (entry.region !== null) return entry.country ? `${entry.region} (${entry.country})` : `${entry.region} (not in catalogue)`;
  switch (entry.regionStatus) {
    case "region-less":
      return "no region (Terraform state only)";
    case "global":
      return "global control plane";
    case "unclassified":
      return "unclassified type";
    default:
      return "region unresolved";
  }
}

function changeSummary(entry: EstateRegion): string {
  const parts = [
    entry.create && `+${entry.create}`,
    entry.update && `~${entry.update}`,
    entry.replace && `-/+${entry.replace}`,
    entry.delete && `-${entry.delete}`,
  ].filter(Boolean);
  return parts.length > 0 ? `plan: ${parts.join(" ")}` : "no change";
}

/** The ```mermaid block (without the fences). */
export function estateDiagram(review: PlanReview): string {
  const lines = ["flowchart LR"];
  const byProvider = new Map<string, EstateRegion[]>();
  for (const entry of review.estate) byProvider.set(entry.provider, [...(byProvider.get(entry.provider) ?? []), entry]);
  if (byProvider.size === 0) {
    lines.push(`  empty["${mermaidText("No managed resources in these plans")}"]`);
    return lines.join("\n");
  }
  const providerIds = new Map<string, string>();
  [...byProvider.entries()].forEach(([provider, regions], p) => {
    const id = `provider${p}`;
    providerIds.set(provider, id);
    const title = PROVIDER_TITLES[provider] ? `${PROVIDER_TITLES[provider]} · ${provider}` : provider;
    lines.push(`  subgraph ${id}["${mermaidText(title)}"]`, "    direction TB");
    regions.forEach((entry, r) => {
      const resources = `${entry.resources} resource${entry.resources === 1 ? "" : "s"}`;
      lines.push(`    ${id}_region${r}["${mermaidText(regionLabel(entry))}<br/>${mermaidText(`${resources} · ${changeSummary(entry)}`)}"]`);
    });
    lines.push("  end");
  });
  const legacy = providerIds.get("azurerm");
  const sovereign = providerIds.get("openstack");
  if (legacy && sovereign) lines.push(`  ${legacy} -.->|migration| ${sovereign}`);
  return lines.join("\n");
}
