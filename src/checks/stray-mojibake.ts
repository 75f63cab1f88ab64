import { unitClass } from "../language/code-points.js";
import { validUtf8Prefix } from "../language/utf8.js";
import { matchesOf } from "../matches.js";
import { defineCheck } from "./define.js";

// UTF-8 read as Windows-1252 (â€œ, Ã©) or Windows-1251 (Ð¡, РџСЂ): each character of such a run
// is one byte of the real text. Map every character back to its byte and decode again.
function reverseTable(encoding: string): Map<string, number> {
  const decoder = new TextDecoder(encoding);
  const table = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte);
  return table;
}

// Node's "windows-1252" decoder is Latin-1 underneath; Windows fills 0x80–0x9F with these
// (the five bytes it leaves undefined come through as C1 controls, as in â€\u009d).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
function windows1252(): Map<string, number> {
  const table = new Map<string, number>();
  for (let byte = 0xa0; byte <= 0xff; byte++) table.set(String.fromCharCode(byte), byte);
  for (const [i, c] of [...CP1252_HIGH].entries()) table.set(c, 0x80 + i);
  return table;
}

const TABLES = [
  { table: windows1252(), minLength: 2 },
  // Р and С are common Cyrillic letters: a Windows-1251 run must be at least two letters long.
  { table: reverseTable("windows-1251"), minLength: 4 },
];
const utf8 = new TextDecoder("utf-8", { fatal: true });
// What mis-decoded news text turns back into: Latin, Greek and Cyrillic letters, punctuation,
// currency and emoji. "Ü“" would decode to Syriac, which no article of ours holds.
const PLAUSIBLE = /^[\u00A0-\u024F\u0370-\u03FF\u0400-\u052F\u2000-\u206F\u20A0-\u20CF\u2100-\u214F\u{1F300}-\u{1FAFF}]+$/u;

// Each table as an array by code unit (every character of both is in the BMP): the byte it
// stands for, or -1. Looked up for every letter of Cyrillic text, a Map was the slowest part.
const BYTES = TABLES.map(({ table, minLength }) => {
  const byteOf = new Int16Array(0x10000).fill(-1);
  for (const [c, byte] of table) byteOf[c.charCodeAt(0)] = byte;
  return { byteOf, minLength };
});

// Where a run may start, for either table: a lead byte's character (0xC2–0xF4: Â–ô in
// Windows-1252, Cyrillic in Windows-1251) before a continuation byte's (0x80–0xBF). Found by a
// regular expression, which V8 runs as machine code from its first calls, where a loop over every
// character runs in the interpreter for the first thousands of paragraphs. The tables' lead
// characters differ (Latin-1 and Cyrillic letters), so a start belongs to one table.
const standingFor = (byteOf: Int16Array, low: number, high: number) => {
  const units: number[] = [];
  for (let unit = 0; unit < byteOf.length; unit++) if (byteOf[unit]! >= low && byteOf[unit]! <= high) units.push(unit);
  return unitClass(units);
};
const RUN_START = new RegExp(BYTES.map(({ byteOf }) => standingFor(byteOf, 0xc2, 0xf4) + standingFor(byteOf, 0x80, 0xbf)).join("|"), "g");

/** Runs of a block that decode, byte for byte, into different valid UTF-8 text. */
function mojibakeRuns(text: string): { start: number; end: number; repaired: string }[] {
  const runs: { start: number; end: number; repaired: string }[] = [];
  RUN_START.lastIndex = 0;
  for (let found = RUN_START.exec(text); found !== null; found = RUN_START.exec(text)) {
    const i = found.index;
    const lead = text.charCodeAt(i);
    const { byteOf, minLength } = BYTES.find((table) => table.byteOf[lead]! >= 0xc2 && table.byteOf[lead]! <= 0xf4)!;
    let j = i;
    const bytes: number[] = [];
    while (j < text.length && byteOf[text.charCodeAt(j)]! >= 0) bytes.push(byteOf[text.charCodeAt(j++)]!);
    // The longest run of whole characters: the run may swallow a real character at its end.
    const end = validUtf8Prefix(bytes);
    let next = i + 1;
    if (end >= minLength) {
      const repaired = utf8.decode(Uint8Array.from(bytes.slice(0, end)));
      if (PLAUSIBLE.test(repaired)) {
        runs.push({ start: i, end: i + end, repaired });
        next = i + end;
      }
    }
    RUN_START.lastIndex = next;
  }
  return runs;
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD\u180E]/gu;
// Trojan Source (CVE-2021-42574): bidi controls can reorder what a reader sees.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/gu;
const BIDI_MARKS = /[\u200E\u200F\u061C]/gu;
const ODD_CHARACTER = new RegExp(["\uFFFD", ...[CONTROL, INVISIBLE, BIDI, BIDI_MARKS].map((p) => p.source)].join("|"), "u");
const RTL = new Set(["ar", "he", "fa", "ur", "yi", "ps", "sd", "ckb", "dv"]);
// Either, in one scan: the start of a run or an odd character. Most paragraphs hold neither.
const ANYTHING = new RegExp(`${RUN_START.source}|${ODD_CHARACTER.source}`);

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

export const strayMojibake = defineCheck({
  id: "stray/mojibake",
  severity: "error",
  messages: ["mojibake", "replacement", "control", "invisible", "bidi"],
  docs: {
    summary: "Mis-decoded text (â€œ, Ã©), U+FFFD, control, invisible or bidi-control characters.",
    bad: "Moscow saidâ€\u009d the attack was Ã©pique\uFFFD.",
    good: "Moscow said the attack was “épique”.",
  },
  *run({ lang, blocks }) {
    for (const block of blocks) {
      if (!ANYTHING.test(block.text)) continue;
      const covered: [number, number][] = [];
      for (const run of mojibakeRuns(block.text)) {
        covered.push([run.start, run.end]);
        yield { block, start: run.start, end: run.end, message: "mojibake",
          values: { found: block.text.slice(run.start, run.end), repaired: run.repaired },
          suggestion: run.repaired, safe: true };
      }
      // Every pattern below is one of these characters: most paragraphs hold none.
      if (!ODD_CHARACTER.test(block.text)) continue;
      const free = (i: number) => !covered.some(([s, e]) => i >= s && i < e);
      for (const m of matchesOf(/\uFFFD/gu, block.text)) {
        yield { block, start: m.index, end: m.index + 1, message: "replacement" };
      }
      for (const m of matchesOf(CONTROL, block.text)) {
        if (free(m.index)) yield { block, start: m.index, end: m.index + 1, message: "control", values: { code: codePoint(m[0]) }, suggestion: "", safe: true };
      }
      for (const m of matchesOf(INVISIBLE, block.text)) {
        yield { block, start: m.index, end: m.index + 1, message: "invisible", values: { code: codePoint(m[0]) }, suggestion: "", safe: m[0] !== "\u00AD" };
      }
      for (const m of matchesOf(BIDI, block.text)) {
        yield { block, start: m.index, end: m.index + 1, message: "bidi", values: { code: codePoint(m[0]) }, suggestion: "", safe: false };
      }
      if (!RTL.has(lang)) {
        for (const m of matchesOf(BIDI_MARKS, block.text)) {
          yield { block, start: m.index, end: m.index + 1, message: "bidi", values: { code: codePoint(m[0]) }, suggestion: "", safe: false };
        }
      }
    }
  },
});
