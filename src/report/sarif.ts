import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { Diagnostic, Report, ReporterOptions, Severity } from "../types.js";
import { VERSION } from "../version.js";
import { jsonWithArray } from "./json-stream.js";

const LEVEL: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "note" };

type ArtifactLocation = { uri: string; uriBaseId?: string };

// SARIF1004: a URI relative to a uriBaseId must not begin with a slash (or climb out with ..), or
// it won't combine with the base. A file under the working directory is named relative to
// %SRCROOT%; any other by its absolute file: URI, without a base. Each segment is percent-encoded
// as RFC 3986 asks (spaces, #, %, non-ASCII).
function locationOf(file: string, cwd: string | undefined): ArtifactLocation {
  const absolute = cwd === undefined ? file : resolve(cwd, file);
  const inside = cwd === undefined ? file : relative(cwd, absolute);
  if (inside !== "" && !isAbsolute(inside) && inside !== ".." && !inside.startsWith(`..${sep}`)) {
    return { uri: inside.split(/[\\/]/u).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(absolute).href };
}

/**
 * SARIF 2.1.0: one run, the rules' metadata and help from their own docs, every diagnostic. The
 * results are written a file's at a time.
 */
export function* sarif(report: Report, { cwd }: ReporterOptions): Generator<string> {
  const located = new Map<string, ArtifactLocation>();
  const at = (file: string) => located.get(file) ?? located.set(file, locationOf(file, cwd)).get(file)!;
  const fired = new Set<string>();
  for (const r of report.results) for (const d of r.diagnostics) fired.add(d.ruleId);
  const known = new Map(report.rules.map((r) => [r.id, r]));
  const ruleIds = [...new Set([...report.rules.filter((r) => !r.engine || fired.has(r.id)).map((r) => r.id), ...fired])];
  const rules = ruleIds.map((id) => {
    const rule = known.get(id);
    const summary = rule?.summary ?? id;
    const examples = rule?.bad !== undefined && rule.good !== undefined ? { bad: rule.bad, good: rule.good } : undefined;
    return {
      id,
      name: id.replace(/[/-](\p{L})/gu, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: summary },
      fullDescription: { text: summary },
      help: {
        text: examples ? `${summary}\nFlagged: ${examples.bad}\nNot flagged: ${examples.good}` : summary,
        markdown: examples ? `${summary}\n\n- Flagged: \`${examples.bad.replace(/`/g, "'")}\`\n- Not flagged: \`${examples.good.replace(/`/g, "'")}\`` : summary,
      },
      defaultConfiguration: { level: LEVEL[rule?.severity ?? "warning"] },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const result = (d: Diagnostic) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: LEVEL[d.severity],
    message: { text: d.message },
    ...(d.unit !== undefined ? { properties: { unit: d.unit } } : {}),
    locations: [{
      physicalLocation: {
        artifactLocation: at(d.file),
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, snippet: { text: d.excerpt } },
      },
      // An XLIFF unit, by which a CAT tool finds the segment.
      ...(d.unit !== undefined ? { logicalLocations: [{ name: d.unit, kind: "element" }] } : {}),
    }],
    ...(d.related?.length ? {
      relatedLocations: d.related.map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: { artifactLocation: at(r.file), region: { startLine: r.line, startColumn: r.column } },
      })),
    } : {}),
    ...(d.fix ? {
      fixes: [{
        description: { text: d.message },
        artifactChanges: [{
          artifactLocation: at(d.file),
          replacements: [{ deletedRegion: { byteOffset: d.fix.range[0], byteLength: d.fix.range[1] - d.fix.range[0] }, insertedContent: { text: d.fix.text } }],
        }],
      }],
    } : {}),
  });
  const log = (hole: string) => ({
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "bitext", version: VERSION, semanticVersion: VERSION, informationUri: "https://www.npmjs.com/package/bitext", rules } },
      ...(cwd === undefined ? {} : { originalUriBaseIds: { "%SRCROOT%": { uri: pathToFileURL(cwd).href.replace(/\/?$/u, "/") } } }),
      columnKind: "utf16CodeUnits",
      results: hole,
    }],
  });
  // JSON.stringify escapes control characters and lone surrogates: the log is valid whatever
  // the articles hold.
  yield* jsonWithArray(log, (function* () {
    for (const r of report.results) for (const d of r.diagnostics) yield result(d);
  })());
  yield "\n";
}
