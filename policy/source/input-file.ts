/**
 * Reads one input file as Terraform would see its text, safely: only regular files are opened (a
 * FIFO, socket or device named as an input is refused without being opened, so a scan never
 * blocks), a UTF-8 byte-order mark is accepted and dropped, other encodings (UTF-16/32 byte-order
 * marks, bytes that are not UTF-8) are refused. Every problem is a ConfigError of one line naming
 * the file, never the file's content.
 */
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from "node:fs";
import { ConfigError } from "../../config/config-error";

/** Files larger than this are refused: no Terraform configuration, plan or variable file comes near. */
export const MAX_INPUT_BYTES = 1024 * 1024 * 1024;

/** What a non-regular file is, in words, or undefined for a regular file or a folder. */
export function specialFileKind(stats: Stats): string | undefined {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "a device";
  if (!stats.isFile() && !stats.isDirectory()) return "not a regular file";
  return undefined;
}

function errnoText(error: unknown, missing = "no such file or folder"): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return missing;
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    case "ELOOP":
      return "too many levels of symbolic links";
    default:
      return `cannot read (${typeof code === "string" ? code : "I/O error"})`;
  }
}

/** The file's stats (symbolic links followed), or a ConfigError naming it. */
export function statInput(file: string): Stats {
  try {
    return statSync(file);
  } catch (error) {
    throw new ConfigError(file, "", errnoText(error));
  }
}

const BOMS: readonly [readonly number[], string][] = [
  [[0x00, 0x00, 0xfe, 0xff], "UTF-32"],
  [[0xff, 0xfe, 0x00, 0x00], "UTF-32"],
  [[0xfe, 0xff], "UTF-16"],
  [[0xff, 0xfe], "UTF-16"],
];

/** Decodes a file's bytes as UTF-8 (a UTF-8 byte-order mark dropped), refusing other encodings. */
export function decodeUtf8(bytes: Buffer, file: string): string {
  for (const [mark, encoding] of BOMS) {
    if (bytes.length >= mark.length && mark.every((b, i) => bytes[i] === b)) {
      throw new ConfigError(file, "", `is encoded in ${encoding} (byte-order mark): Terraform reads UTF-8 only`);
    }
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start > 0 ? bytes.subarray(start) : bytes;
  // Decoding replaces each invalid sequence with U+FFFD: text without one came from valid UTF-8, and
  // only text with one (rare) pays for a second, validating pass.
  const text = body.toString("utf8");
  if (text.includes("\uFFFD") && !isUtf8(body)) throw new ConfigError(file, "", "is not valid UTF-8 text");
  return text;
}

/** Reads a regular file's bytes; anything else is refused without blocking on it. */
export function readInputBytes(file: string): Buffer {
  let fd: number;
  try {
    // O_NONBLOCK: should the path be swapped for a FIFO after a check, opening it still never blocks.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new ConfigError(file, "", errnoText(error, "file not found"));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new ConfigError(file, "", "is a folder, not a file");
    const special = specialFileKind(stats);
    if (special) throw new ConfigError(file, "", `is ${special}, not a file: refused`);
    if (stats.size > MAX_INPUT_BYTES) throw new ConfigError(file, "", `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB: refused`);
    const bytes = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, bytes, read, stats.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === stats.size ? bytes : bytes.subarray(0, read);
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    throw new ConfigError(file, "", errnoText(error));
  } finally {
    closeSync(fd);
  }
}

/** Reads a regular file as UTF-8 text (see decodeUtf8). */
export function readInputText(file: string): string {
  return decodeUtf8(readInputBytes(file), file);
}
