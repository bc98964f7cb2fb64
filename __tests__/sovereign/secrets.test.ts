import { KeymanagerContainerV1 } from "../../.gen/providers/openstack/keymanager-container-v1";
import { KeymanagerSecretV1 } from "../../.gen/providers/openstack/keymanager-secret-v1";
import { EncryptionKey, ServiceCredential, TlsCertificate, VaultSecret } from "../../constructs/sovereign/openstack/secrets";
import { expectRefused, resourcesOf, synth, TEST_CONTEXT, testStack } from "./helpers";

describe("EncryptionKey", () => {
  it("stores a random 256-bit AES key in Barbican by reference, readable only by its creator", () => {
    const stack = testStack();
    new EncryptionKey(stack, "key", { context: TEST_CONTEXT, name: "lake-key" });
    const { text, json } = synth(stack);
    expect(text).toHaveResourceWithProperties({ tfResourceType: "random_bytes" } as never, { length: 32, lifecycle: { prevent_destroy: true } });
    expect(text).toHaveResourceWithProperties(KeymanagerSecretV1, {
      name: "hdh-test-lake-key",
      secret_type: "symmetric",
      algorithm: "aes",
      bit_length: 256,
      payload: expect.stringMatching(/^\$\{random_bytes\.key_material_\w+\.base64\}$/),
      payload_content_encoding: "base64",
      acl: { read: { project_access: false } },
      lifecycle: { prevent_destroy: true },
      metadata: expect.objectContaining({ environment: "test", owner: "platform-team" }),
    });
    expect(Object.keys(resourcesOf(json, "openstack_keymanager_secret_v1")).length).toBe(1);
  });

  it("refuses keys shorter than 256 bits", () => {
    expectRefused(() => new EncryptionKey(testStack(), "key", { context: TEST_CONTEXT, name: "k", bitLength: 128 }), "test/key: bitLength: refused: 128-bit keys are too short");
  });
});

describe("ServiceCredential", () => {
  it("generates the password and groups it in a Barbican container, both protected from destroy", () => {
    const stack = testStack();
    const credential = new ServiceCredential(stack, "db", { context: TEST_CONTEXT, name: "portal-db", username: "portal" });
    const { text } = synth(stack);
    expect(credential.username).toBe("portal");
    expect(text).toHaveResourceWithProperties({ tfResourceType: "random_password" } as never, { length: 32, special: true, lifecycle: { prevent_destroy: true } });
    expect(text).toHaveResourceWithProperties(KeymanagerSecretV1, { secret_type: "passphrase", payload: expect.stringMatching(/^\$\{random_password\.db_generated_\w+\.result\}$/) });
    expect(text).toHaveResourceWithProperties(KeymanagerContainerV1, {
      name: "hdh-test-portal-db",
      type: "generic",
      secret_refs: [{ name: "password", secret_ref: expect.stringContaining("secret_ref") }],
      lifecycle: { prevent_destroy: true },
    });
  });

  it("refuses short passwords", () => {
    expectRefused(() => new ServiceCredential(testStack(), "db", { context: TEST_CONTEXT, name: "db", username: "u", passwordLength: 12 }), "test/db: passwordLength: refused");
  });
});

describe("TlsCertificate", () => {
  it("takes the certificate and key from sensitive variables into a certificate container", () => {
    const stack = testStack();
    new TlsCertificate(stack, "tls", { context: TEST_CONTEXT, name: "portal-tls" });
    const { text, json } = synth(stack);
    expect(json.variable).toEqual({
      portal_tls_certificate: expect.objectContaining({ sensitive: true, type: "string" }),
      portal_tls_private_key: expect.objectContaining({ sensitive: true, type: "string" }),
    });
    expect(text).toHaveResourceWithProperties(KeymanagerSecretV1, { secret_type: "private", payload: "${var.portal_tls_private_key}" });
    expect(text).toHaveResourceWithProperties(KeymanagerContainerV1, { type: "certificate", secret_refs: expect.arrayContaining([expect.objectContaining({ name: "private_key" })]) });
  });
});

describe("VaultSecret", () => {
  it("refuses a literal value, which would land in plain text in the synthesized JSON", () => {
    expectRefused(
      () => new VaultSecret(testStack(), "leak", { context: TEST_CONTEXT, name: "leak", payload: "hunter2", payloadContentType: "text/plain", secretType: "passphrase" }),
      "test/leak: payload: refused: a literal secret value would appear in plain text",
    );
  });
});
