/**
 * Terraform values on the wire: DynamicValue.msgpack, as cty encodes them. Null is msgpack nil, an
 * unknown value is extension type 0 (d4 00 00); Terraform ≥ 1.6 may also send an unknown with
 * refinements (extension type 12), read here as a plain unknown.
 */
import { Decoder, Encoder, ExtData, ExtensionCodec } from "@msgpack/msgpack";

/** The one unknown value ("known after apply"). */
export const UNKNOWN: unique symbol = Symbol("unknown");

/** A decoded Terraform value: null, unknown, a primitive, a list/set (array) or an object/map. */
export type TfValue = null | typeof UNKNOWN | string | number | bigint | boolean | TfValue[] | { [key: string]: TfValue };

const UNKNOWN_EXTENSION = 0;
const REFINED_UNKNOWN_EXTENSION = 12;

const codec = new ExtensionCodec();
codec.register({
  type: UNKNOWN_EXTENSION,
  encode: (value: unknown) => (value === UNKNOWN ? new Uint8Array([0]) : null),
  decode: () => UNKNOWN,
});
codec.register({ type: REFINED_UNKNOWN_EXTENSION, encode: () => null, decode: () => UNKNOWN });

const decoder = new Decoder({ extensionCodec: codec, useBigInt64: true });
const encoder = new Encoder({ extensionCodec: codec, useBigInt64: true, ignoreUndefined: false });

export function decodeValue(bytes: Uint8Array | undefined | null): TfValue {
  if (!bytes || bytes.length === 0) return null;
  return decoder.decode(bytes) as TfValue;
}

export function encodeValue(value: TfValue): Buffer {
  const bytes = encoder.encode(value);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const isUnknown = (value: unknown): value is typeof UNKNOWN => value === UNKNOWN;

export function isObject(value: TfValue): value is { [key: string]: TfValue } {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// Exported for tests that check the exact wire bytes.
export { ExtData };
