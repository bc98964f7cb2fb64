/** What a stack needs from outside, made up offline: root variable placeholders and other stacks' outputs. */
import type { ProviderSchemasFile } from "../../tools/offline-provider/schema-types";
import {
  outputType,
  parseTypeConstraint,
  placeholderState,
  referencedOutputs,
  remoteStatePlaceholders,
  sourceStackOf,
  variablePlaceholders,
  type SchemaLookup,
  type SourceStack,
} from "../../tools/offline-provider/stack-inputs";

describe("parseTypeConstraint", () => {
  test.each([
    ["string", "string"],
    ["${number}", "number"],
    ["any", "dynamic"],
    ["list(string)", ["list", "string"]],
    ["${map(set(bool))}", ["map", ["set", "bool"]]],
    ["object({ name = string, ports = optional(list(number), []), tls = optional(object({ enabled = bool })) })", ["object", { name: "string", ports: ["list", "number"], tls: ["object", { enabled: "bool" }] }]],
    ["tuple([string, number])", ["tuple", ["string", "number"]]],
  ])("%s", (text, expected) => {
    expect(parseTypeConstraint(text)).toEqual(expected);
  });

  test("an unreadable constraint is undefined, not a guess", () => {
    expect(parseTypeConstraint("list(strin g")).toBeUndefined();
    expect(parseTypeConstraint("frobnicate(string)")).toBeUndefined();
  });
});

describe("variablePlaceholders", () => {
  const stack = {
    variable: {
      portal_tls_certificate: { type: "string", sensitive: true },
      replicas: { type: "number" },
      zones: { type: "list(string)" },
      settings: { type: "object({ enabled = bool })" },
      with_default: { type: "string", default: "x" },
      from_environment: { type: "string" },
    },
  };

  test("a typed deterministic placeholder for each variable without a default or TF_VAR_<name>", () => {
    expect(variablePlaceholders(stack, { TF_VAR_from_environment: "given" })).toEqual({
      portal_tls_certificate: "offline-placeholder:var.portal_tls_certificate",
      replicas: 0,
      zones: ["offline-placeholder:var.zones[0]"],
      settings: { enabled: false },
    });
  });

  test("a stack whose variables all have values needs none", () => {
    expect(variablePlaceholders({ variable: { a: { type: "string", default: "a" } } }, {})).toEqual({});
  });
});

const openstackSchema: ProviderSchemasFile = {
  format_version: "1.0",
  provider_schemas: {
    "registry.terraform.io/terraform-provider-openstack/openstack": {
      resource_schemas: {
        openstack_networking_subnet_v2: {
          version: 0,
          block: {
            attributes: { id: { type: "string", computed: true }, cidr: { type: "string", optional: true }, dns_nameservers: { type: ["list", "string"], optional: true }, enable_dhcp: { type: "bool", optional: true } },
            block_types: { allocation_pool: { nesting_mode: "set", block: { attributes: { start: { type: "string", required: true } } } } },
          },
        },
      },
    },
  },
};
const schemas: SchemaLookup = (_stack, localName) => (localName === "openstack" ? openstackSchema : undefined);

const sovereign: SourceStack = {
  name: "sovereign-dev",
  dir: "/app/stacks/sovereign-dev",
  json: {
    terraform: { backend: { local: { path: "terraform.sovereign-dev.tfstate" } }, required_providers: { openstack: { source: "terraform-provider-openstack/openstack" } } },
    output: {
      "subnet-id": { value: "${openstack_networking_subnet_v2.data.id}", sensitive: true },
      "subnet-dns": { value: "${openstack_networking_subnet_v2.data.dns_nameservers}" },
      "subnet-dhcp": { value: "${openstack_networking_subnet_v2.data.enable_dhcp}" },
      "joined": { value: "${openstack_networking_subnet_v2.data.id}-${openstack_networking_subnet_v2.data.cidr}" },
      "unused": { value: "${openstack_networking_subnet_v2.data.cidr}" },
    },
  },
};

describe("outputType", () => {
  test("a single reference is typed by the provider schema; anything else is a string", () => {
    expect(outputType("${openstack_networking_subnet_v2.data.id}", sovereign.json, schemas)).toBe("string");
    expect(outputType("${openstack_networking_subnet_v2.data.dns_nameservers}", sovereign.json, schemas)).toEqual(["list", "string"]);
    expect(outputType("${openstack_networking_subnet_v2.data.dns_nameservers[0]}", sovereign.json, schemas)).toBe("string");
    expect(outputType("${openstack_networking_subnet_v2.data.enable_dhcp}", sovereign.json, schemas)).toBe("bool");
    expect(outputType(3, sovereign.json, schemas)).toBe("number");
    expect(outputType("${openstack_networking_subnet_v2.data.id}-${openstack_networking_subnet_v2.data.cidr}", sovereign.json, schemas)).toBe("string");
  });
});

describe("remote state of another stack", () => {
  const reference = (output: string): string => `\${data.terraform_remote_state.cross-stack-reference-input-sovereign-dev.outputs.${output}}`;
  const migration: SourceStack = {
    name: "migration-dev",
    dir: "/app/stacks/migration-dev",
    json: {
      data: { terraform_remote_state: { "cross-stack-reference-input-sovereign-dev": { backend: "local", config: { path: "../sovereign-dev/terraform.sovereign-dev.tfstate" } } } },
      resource: { a: { b: { subnet: reference("subnet-id"), dns: reference("subnet-dns"), dhcp: reference("subnet-dhcp"), again: reference("subnet-id") } } },
    },
  };

  test("finds the source stack by its backend (local paths resolved), else by cdktf's naming", () => {
    const remote = migration.json.data!.terraform_remote_state["cross-stack-reference-input-sovereign-dev"];
    expect(sourceStackOf("anything", remote, migration.dir, [sovereign])?.name).toBe("sovereign-dev");
    expect(sourceStackOf("anything", { backend: "local", config: { path: "../other/terraform.tfstate" } }, migration.dir, [sovereign])).toBeUndefined();
    expect(sourceStackOf("cross-stack-reference-input-sovereign-dev", { backend: "local", config: { path: "x" } }, migration.dir, [sovereign])?.name).toBe("sovereign-dev");
    const s3Source: SourceStack = { ...sovereign, json: { ...sovereign.json, terraform: { backend: { s3: { bucket: "b", key: "hdh/prod/sovereign.tfstate" } } } } };
    expect(sourceStackOf("x", { backend: "s3", config: { bucket: "b", key: "hdh/prod/sovereign.tfstate", region: "r" } }, migration.dir, [s3Source])?.name).toBe("sovereign-dev");
    expect(sourceStackOf("x", { backend: "s3", config: { bucket: "b", key: "hdh/prod/other.tfstate" } }, migration.dir, [s3Source])).toBeUndefined();
  });

  test("lists each referenced output once", () => {
    expect(referencedOutputs(JSON.stringify(migration.json), "cross-stack-reference-input-sovereign-dev")).toEqual(["subnet-dhcp", "subnet-dns", "subnet-id"]);
    const indexed = JSON.stringify({ a: '${data.terraform_remote_state.other.outputs["subnet-id"]}', b: "${data.terraform_remote_state.other.outputs.x[0]}" });
    expect(referencedOutputs(indexed, "other")).toEqual(["subnet-id", "x"]);
  });

  test("a placeholder state holds exactly the referenced outputs, typed, sensitive as declared", () => {
    const [placeholder] = remoteStatePlaceholders(migration, [sovereign, migration], schemas);
    expect(placeholder).toMatchObject({ dataName: "cross-stack-reference-input-sovereign-dev", source: "sovereign-dev", stateFile: "offline-remote-state/cross-stack-reference-input-sovereign-dev.tfstate" });
    expect(placeholder.state).toMatchObject({
      version: 4,
      resources: [],
      outputs: {
        "subnet-id": { type: "string", value: "offline-placeholder:sovereign-dev.subnet-id", sensitive: true },
        "subnet-dns": { type: ["list", "string"], value: ["offline-placeholder:sovereign-dev.subnet-dns[0]"] },
        "subnet-dhcp": { type: "bool", value: false },
      },
    });
    expect(Object.keys((placeholder.state as { outputs: object }).outputs).sort()).toEqual(["subnet-dhcp", "subnet-dns", "subnet-id"]);
  });

  test("a placeholder state never carries a dynamic type (a state file needs concrete ones)", () => {
    expect(placeholderState({ x: { type: ["list", "dynamic"], sensitive: false } }, "s")).toMatchObject({ outputs: { x: { type: ["list", "string"], value: ["offline-placeholder:s.x[0]"] } } });
  });
});
