import { checks } from "../checks/index.js";
import { ENGINE_RULES } from "../checks/run.js";
import type { Diagnostic, Report, ReporterOptions, Severity } from "../types.js";
import { VERSION } from "../version.js";

const LEVEL: Readonly<Record<Severity, string>> = { error: "error", warning: "warning", info: "note" };
const uri = (file: string) => file.split(/[\\/]/u).map(encodeURIComponent).join("/");

/** SARIF 2.1.0: one run, the rules' metadata and help from their own docs, every diagnostic. */
export function sarif(report: Report, _options: ReporterOptions): string {
  const ruleIds = [...new Set([...checks.map((c) => c.id), ...report.results.flatMap((r) => r.diagnostics.map((d) => d.ruleId))])];
  const rules = ruleIds.map((id) => {
    const check = checks.find((c) => c.id === id);
    const summary = check?.docs.summary ?? ENGINE_RULES[id] ?? id;
    return {
      id,
      name: id.replace(/[/-](\p{L})/gu, (_, c: string) => c.toUpperCase()),
      shortDescription: { text: summary },
      fullDescription: { text: summary },
      help: {
        text: check ? `${summary}\nFlagged: ${check.docs.bad}\nNot flagged: ${check.docs.good}` : summary,
        markdown: check ? `${summary}\n\n- Flagged: \`${check.docs.bad.replace(/`/g, "'")}\`\n- Not flagged: \`${check.docs.good.replace(/`/g, "'")}\`` : summary,
      },
      defaultConfiguration: { level: LEVEL[check?.severity ?? "warning"] },
    };
  });
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const result = (d: Diagnostic) => ({
    ruleId: d.ruleId,
    ruleIndex: index.get(d.ruleId)!,
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uri(d.file), uriBaseId: "%SRCROOT%" },
        region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn, snippet: { text: d.excerpt } },
      },
    }],
    ...(d.related?.length ? {
      relatedLocations: d.related.map((r, id) => ({
        id,
        message: { text: r.message },
        physicalLocation: { artifactLocation: { uri: uri(r.file), uriBaseId: "%SRCROOT%" }, region: { startLine: r.line, startColumn: r.column } },
      })),
    } : {}),
    ...(d.fix ? {
      fixes: [{
        description: { text: d.message },
        artifactChanges: [{
          artifactLocation: { uri: uri(d.file), uriBaseId: "%SRCROOT%" },
          replacements: [{ deletedRegion: { byteOffset: d.fix.range[0], byteLength: d.fix.range[1] - d.fix.range[0] }, insertedContent: { text: d.fix.text } }],
        }],
      }],
    } : {}),
  });
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [{
      tool: { driver: { name: "bitext", version: VERSION, semanticVersion: VERSION, informationUri: "https://www.npmjs.com/package/bitext", rules } },
      columnKind: "utf16CodeUnits",
      results: report.results.flatMap((r) => r.diagnostics).map(result),
    }],
  };
  // JSON.stringify escapes control characters and lone surrogates: the log is valid whatever
  // the articles hold.
  return `${JSON.stringify(log, null, 2)}\n`;
}
