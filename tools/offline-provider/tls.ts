/**
 * The plugin's TLS certificate, made with Node's crypto alone (no openssl): go-plugin's AutoMTLS
 * expects the plugin to present a self-signed ECDSA P-256 certificate for "localhost" (server and
 * client auth, like go-plugin's own generateCert) and to trust the client certificate Terraform
 * passes in PLUGIN_CLIENT_CERT. Node can sign but not build certificates, so this encodes the
 * X.509 DER by hand; the handful of ASN.1 constructs needed are below.
 */
import { generateKeyPairSync, randomBytes, sign } from "node:crypto";

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest >>= 8) bytes.unshift(rest & 0xff);
  return Buffer.from([0x80 | bytes.length, ...bytes]);
}

function der(tag: number, ...content: Buffer[]): Buffer {
  const body = Buffer.concat(content);
  return Buffer.concat([Buffer.from([tag]), derLength(body.length), body]);
}

const sequence = (...items: Buffer[]): Buffer => der(0x30, ...items);
const set = (...items: Buffer[]): Buffer => der(0x31, ...items);
const utf8 = (text: string): Buffer => der(0x0c, Buffer.from(text, "utf8"));
const octets = (content: Buffer): Buffer => der(0x04, content);
const bool = (value: boolean): Buffer => der(0x01, Buffer.from([value ? 0xff : 0x00]));
const bitString = (content: Buffer, unusedBits = 0): Buffer => der(0x03, Buffer.from([unusedBits]), content);

function oid(dotted: string): Buffer {
  const [first, second, ...rest] = dotted.split(".").map(Number);
  const bytes = [first * 40 + second];
  for (const arc of rest) {
    const chunk = [arc & 0x7f];
    for (let value = arc >> 7; value > 0; value >>= 7) chunk.unshift(0x80 | (value & 0x7f));
    bytes.push(...chunk);
  }
  return der(0x06, Buffer.from(bytes));
}

function positiveInteger(bytes: Buffer): Buffer {
  const trimmed = bytes[0] & 0x80 ? Buffer.concat([Buffer.from([0]), bytes]) : bytes;
  return der(0x02, trimmed);
}

function utcTime(date: Date): Buffer {
  const text = date.toISOString().replace(/[-:T]/g, "").slice(2, 14) + "Z";
  return der(0x17, Buffer.from(text, "ascii"));
}

const ECDSA_WITH_SHA256 = sequence(oid("1.2.840.10045.4.3.2"));

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return sequence(oid(id), ...(critical ? [bool(true)] : []), octets(value));
}

export interface PluginCertificate {
  /** PEM of the certificate, for grpc-js. */
  certificatePem: string;
  /** PEM (PKCS#8) of the private key, for grpc-js. */
  privateKeyPem: string;
  /** The certificate's DER in base64 without padding: the 6th field of the handshake line. */
  handshakeCertificate: string;
}

/**
 * The certificate's validity: fixed and wide rather than "from now", because Terraform (Go) and this Node
 * process may not share a clock (faketime shifts only programs that read it through libc, and Go does not).
 * The key is fresh for every plugin process and the certificate is trusted only for that one handshake.
 */
const VALID_FROM = new Date("2000-01-01T00:00:00Z");
/** The last instant a UTCTime can express (RFC 5280 §4.1.2.5: years up to 2049). */
const VALID_UNTIL = new Date("2049-12-31T23:59:59Z");

/** Makes a fresh self-signed certificate for one plugin process. */
export function makePluginCertificate(): PluginCertificate {
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const name = sequence(
    set(sequence(oid("2.5.4.10"), utf8("HashiCorp"))),
    set(sequence(oid("2.5.4.3"), utf8("localhost"))),
  );
  const extensions = sequence(
    extension("2.5.29.15", true, bitString(Buffer.from([0xa4]), 2)), // digitalSignature, keyEncipherment, keyCertSign
    extension("2.5.29.37", false, sequence(oid("1.3.6.1.5.5.7.3.2"), oid("1.3.6.1.5.5.7.3.1"))), // client + server auth
    extension("2.5.29.19", true, sequence(bool(true))), // CA: it is its own root
    extension("2.5.29.17", false, sequence(der(0x82, Buffer.from("localhost")), der(0x87, Buffer.from([127, 0, 0, 1])))),
  );
  const tbs = sequence(
    der(0xa0, der(0x02, Buffer.from([2]))), // v3
    positiveInteger(randomBytes(16)),
    ECDSA_WITH_SHA256,
    name,
    sequence(utcTime(VALID_FROM), utcTime(VALID_UNTIL)),
    name,
    publicKey.export({ format: "der", type: "spki" }),
    der(0xa3, extensions),
  );
  const signature = sign("sha256", tbs, privateKey);
  const certificate = sequence(tbs, ECDSA_WITH_SHA256, bitString(signature));
  const base64 = certificate.toString("base64");
  return {
    certificatePem: `-----BEGIN CERTIFICATE-----\n${base64.match(/.{1,64}/g)?.join("\n")}\n-----END CERTIFICATE-----\n`,
    privateKeyPem: privateKey.export({ format: "pem", type: "pkcs8" }).toString(),
    handshakeCertificate: base64.replace(/=+$/, ""),
  };
}
