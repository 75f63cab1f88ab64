import { isUtf8 } from "node:buffer";
import { InputError } from "../errors.js";
import type { SourceText } from "../types.js";

const BOM = "\uFEFF";
// Far enough to meet a NUL in any binary format's header, short enough to stay cheap.
const SNIFF_BYTES = 8192;

/** Decodes a file's bytes as UTF-8 (BOM accepted) or says why it can't. */
export function decodeSource(bytes: Uint8Array, file: string): SourceText {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    throw new InputError(file, "input.utf16");
  }
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) throw new InputError(file, "input.binary");
  if (!isUtf8(bytes)) throw new InputError(file, "input.notUtf8", { line: firstBadLine(bytes) });
  let text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
  const bom = text.startsWith(BOM);
  if (bom) text = text.slice(1);
  return { text, bom, lineStarts: lineStartsOf(text) };
}

/** Wraps text that is already decoded (tests, stdin). */
export function sourceFromText(text: string): SourceText {
  const bom = text.startsWith(BOM);
  const body = bom ? text.slice(1) : text;
  return { text: body, bom, lineStarts: lineStartsOf(body) };
}

/** The offset where each line of the text starts. */
export function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function firstBadLine(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      if (!isUtf8(bytes.subarray(start, i))) return line;
      line++;
      start = i + 1;
    }
  }
  return line;
}
