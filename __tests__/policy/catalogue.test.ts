import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { RegionCatalogue } from "../../policy/catalogue";

function catalogueFile(content: unknown): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "catalogue-")), "catalogue.json");
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe("the region catalogue's requirements", () => {
  const catalogue = RegionCatalogue.load();

  it("maps roles and data classifications to required qualifications, strictest by default", () => {
    expect(catalogue.requiredQualifications({ role: "sovereign", dataClassification: "health-data" })).toEqual({ requires: ["eu", "hds", "secnumcloud"], basis: "data classification health-data" });
    expect(catalogue.requiredQualifications({ role: "sovereign", dataClassification: "synthetic" }).requires).toEqual(["eu", "hds"]);
    expect(catalogue.requiredQualifications({ role: "legacy", dataClassification: "health-data" })).toEqual({ requires: ["eu", "hds"], basis: "role legacy" });
    expect(catalogue.requiredQualifications({ dataClassification: "secret" })).toEqual({ requires: ["eu", "hds", "secnumcloud"], basis: "unknown data classification 'secret': default" });
  });

  it("knows which operator holds each state backend type", () => {
    expect(catalogue.backendOperator("azurerm")?.operator).toBe("microsoft");
    expect(catalogue.backendOperator("s3")).toMatchObject({ operator: null, defaultOperator: "amazon" });
    expect(catalogue.backendOperator("consul")).toBeUndefined();
  });

  it("rejects a requirement naming an undefined qualification, naming file and field", () => {
    const file = catalogueFile({ schemaVersion: 1, asOf: "2026-11-29", regions: [], requirements: { dataClassifications: { x: { requires: ["eu", "iso27001"], evidence: "https://e.example", asOf: "2026-11-29" } } } });
    expect(() => RegionCatalogue.load({ extraFiles: [file] })).toThrow(`${file}: requirements.dataClassifications.x.requires: unknown qualification 'iso27001' (define it under qualifications)`);
  });
});
