import { directionOf } from "../language/scripts.js";
import type { BlockView, Diagnostic, FileResult, FileView, Report, ReporterOptions, SetView, Translate } from "../types.js";
import { VERSION } from "../version.js";

// Everything from articles, glossaries and file names goes through this: the report shows text,
// it never runs it.
const esc = (s: string) => s.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
const RANK = { error: 0, warning: 1, info: 2 } as const;

type Placed = { d: Diagnostic; id: string };

function worst(list: readonly Placed[]): Diagnostic["severity"] {
  return list.reduce<Diagnostic["severity"]>((w, p) => (RANK[p.d.severity] < RANK[w] ? p.d.severity : w), "info");
}

/** A block's text with each diagnostic's span marked; overlapping spans are cut at their edges. */
function markedText(block: BlockView, placed: readonly Placed[]): string {
  const marks = block.marks.map((m) => ({ ...m, p: placed[m.diagnostic]! }));
  const cuts = [...new Set([0, block.text.length, ...marks.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  let html = "";
  for (const m of marks.filter((x) => x.start === x.end && x.start === 0)) html += gap(m.p);
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const text = esc(block.text.slice(a, b));
    const over = marks.filter((m) => m.start <= a && m.end >= b && m.start < m.end).map((m) => m.p);
    html += over.length === 0 ? text
      : `<mark class="d ${worst(over)}" tabindex="0" data-ids="${over.map((p) => p.id).join(" ")}" data-rules="${esc(over.map((p) => p.d.ruleId).join(" "))}" data-sev="${over.map((p) => p.d.severity).join(" ")}" title="${esc(over.map((p) => p.d.message).join("\n"))}">${text}</mark>`;
    for (const m of marks.filter((x) => x.start === x.end && x.start === b)) html += gap(m.p);
  }
  return html;
}

const gap = (p: Placed) =>
  `<mark class="d gap ${p.d.severity}" tabindex="0" data-ids="${p.id}" data-rules="${esc(p.d.ruleId)}" data-sev="${p.d.severity}" title="${esc(p.d.message)}">⟂</mark>`;

function problemList(placed: readonly Placed[], t: Translate): string {
  if (placed.length === 0) return "";
  const items = placed.map(({ d, id }) => `<li id="${id}" class="p ${d.severity}" data-rule="${esc(d.ruleId)}" data-sev="${d.severity}">`
    + `<span class="sev">${esc(t(`report.severity.${d.severity}`))}</span> <code class="rule">${esc(d.ruleId)}</code> `
    + `<span class="where">${esc(`${d.file}:${d.line}:${d.column}`)}</span> <span class="msg"><bdi>${esc(d.message)}</bdi></span>`
    + (d.suggestion !== undefined ? ` <span class="sugg">${d.suggestion === "" ? esc(t("report.html.remove")) : `→ <q dir="auto">${esc(d.suggestion)}</q>`}</span>` : "")
    + "</li>").join("");
  return `<ul class="problems">${items}</ul>`;
}

function cell(file: FileView | undefined, blocks: readonly BlockView[], placed: readonly Placed[], empty: string): string {
  if (!file || blocks.length === 0) return `<div class="cell empty">${esc(empty)}</div>`;
  // Each paragraph carries its language and direction: Arabic and Hebrew read right to left, and
  // their punctuation lands at the wrong end of a left-to-right line.
  const dir = directionOf(file.lang);
  return `<div class="cell" lang="${esc(file.lang)}" dir="${dir}">${blocks.map((b) =>
    `<p class="block ${b.kind}" lang="${esc(file.lang)}" dir="${dir}"><span class="ln">${b.line}</span>${markedText(b, placed)}</p>`).join("")}</div>`;
}

function placedFor(result: FileResult | undefined, fileIndex: number): Placed[] {
  return (result?.diagnostics ?? []).map((d, n) => ({ d, id: `d${fileIndex}-${n}` }));
}

function setSection(set: SetView, report: Report, t: Translate, offset: number): string {
  const resultOf = (file: string) => report.results.find((r) => r.file === file);
  const parts: string[] = [`<section class="set"><h2>${esc(set.name)}</h2>`];
  const paired = new Set(set.pairs.map((p) => p.target));
  set.files.forEach((file, i) => {
    const index = offset + i;
    const placed = placedFor(resultOf(file.file), index);
    const pair = set.pairs.find((p) => p.target === file.file);
    if (pair) {
      const source = set.files.find((f) => f.file === pair.source)!;
      const sourcePlaced = placedFor(resultOf(source.file), offset + set.files.indexOf(source));
      const rows = pair.links.map((link) => {
        const s = link.source.map((n) => source.blocks.find((b) => b.index === n)!).filter(Boolean);
        const tg = link.target.map((n) => file.blocks.find((b) => b.index === n)!).filter(Boolean);
        const mine = placed.filter((p) => tg.some((b) => b.marks.some((m) => placed[m.diagnostic] === p)));
        const kind = link.source.length === 0 ? "extra" : link.target.length === 0 ? "missing" : link.source.length > 1 || link.target.length > 1 ? "merged" : "one";
        const changes = link.source.filter((n) => pair.changes?.[n]).map((n) => pair.changes![n]!);
        const diff = changes.length === 0 ? "" : `<div class="diff"><span class="label">${esc(t("report.html.changedSince", { revision: pair.revision ?? "" }))}</span> `
          + changes.map((c) => c.map((w) => (w.added ? `<ins>${esc(w.text)}</ins>` : w.removed ? `<del>${esc(w.text)}</del>` : esc(w.text))).join("")).join(" ¶ ")
          + "</div>";
        return `<div class="row ${kind}${diff ? " stale" : ""}" data-type="${link.type}"><div class="link"><span class="type">${link.type}</span> <span class="score">${link.score.toFixed(2)}</span></div>`
          + cell(source, s, sourcePlaced, t("report.html.noSource"))
          + cell(file, tg, placed, t("report.html.missing"))
          + `<div class="row-problems">${diff}${problemList(mine, t)}</div></div>`;
      }).join("");
      const unplaced = placed.filter((p) => !file.blocks.some((b) => b.marks.some((m) => placed[m.diagnostic] === p)));
      parts.push(`<article class="pair" data-lang="${esc(file.lang)}"><h3><span class="file">${esc(source.file)}</span> → <span class="file">${esc(file.file)}</span></h3>`
        + `<div class="grid"><div class="head"></div><div class="head">${esc(t("report.html.source"))} (${esc(source.lang)})</div><div class="head">${esc(t("report.html.translation"))} (${esc(file.lang)})</div>${rows}</div>`
        + problemList(unplaced, t) + "</article>");
    } else if (!set.pairs.some((p) => p.source === file.file) || !paired.size) {
      parts.push(`<article class="single" data-lang="${esc(file.lang)}"><h3><span class="file">${esc(file.file)}</span></h3>`
        + file.blocks.map((b) => {
          const mine = placed.filter((p) => b.marks.some((m) => placed[m.diagnostic] === p));
          return `<div class="row one">${cell(file, [b], placed, "")}<div class="row-problems">${problemList(mine, t)}</div></div>`;
        }).join("")
        + problemList(placed.filter((p) => !file.blocks.some((b) => b.marks.some((m) => placed[m.diagnostic] === p))), t) + "</article>");
    } else {
      // A source with translations is shown beside them; its own problems are listed here.
      parts.push(`<article class="source-problems" data-lang="${esc(file.lang)}"><h3><span class="file">${esc(file.file)}</span></h3>${problemList(placed, t) || `<p class="clean">✔</p>`}</article>`);
    }
  });
  parts.push("</section>");
  return parts.join("");
}

const STYLE = `
:root{--bg:#fbfaf7;--fg:#1d1d1f;--muted:#6b6b70;--line:#e4e1da;--err:#c62828;--errbg:#fde7e7;--warn:#a86400;--warnbg:#fff3d6;--info:#1f5fa8;--infobg:#e6f0fb;--cur:#5b3cc4}
*{box-sizing:border-box}body{margin:0;font:16px/1.55 Georgia,"DejaVu Serif",serif;color:var(--fg);background:var(--bg)}
header{position:sticky;top:0;z-index:2;background:#fff;border-bottom:1px solid var(--line);padding:.6rem 1rem;display:flex;flex-wrap:wrap;gap:.6rem 1.2rem;align-items:center;font:14px/1.3 system-ui,"DejaVu Sans",sans-serif}
header h1{font-size:1.05rem;margin:0}header .sum b{font-weight:600}.sum .e{color:var(--err)}.sum .w{color:var(--warn)}
header label{display:inline-flex;gap:.25rem;align-items:center}header select,header button{font:inherit;padding:.2rem .4rem}
main{max-width:1400px;margin:0 auto;padding:1rem}h2{font:600 1.1rem system-ui,"DejaVu Sans",sans-serif;margin:1.6rem 0 .4rem;color:#333}
h3{font:500 .9rem system-ui,"DejaVu Sans",sans-serif;color:var(--muted);margin:.8rem 0 .4rem}.file{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.grid{display:grid;grid-template-columns:4.2rem 1fr 1fr;border-top:1px solid var(--line)}.grid .head{font:600 .8rem system-ui,sans-serif;color:var(--muted);padding:.3rem .5rem;text-transform:uppercase;letter-spacing:.04em}
.row{display:contents}.row>div{padding:.45rem .6rem;border-bottom:1px solid var(--line)}
.row .link{font:12px system-ui,sans-serif;color:var(--muted);text-align:right}.row.merged .link .type{color:var(--cur);font-weight:600}
.row.missing .link .type,.row.extra .link .type{color:var(--err);font-weight:600}.row .row-problems{grid-column:2/4;padding-top:0;border-bottom:1px solid var(--line)}
.row .row-problems:empty{display:none}.cell.empty{background:repeating-linear-gradient(135deg,#f4f1ea 0 8px,#fbfaf7 8px 16px);color:var(--muted);font-style:italic}
.block{margin:0 0 .4rem}.block.heading{font-weight:700}.ln{font:11px system-ui,sans-serif;color:#aaa;margin-inline-end:.4rem;user-select:none}
mark.d{background:var(--infobg);border-bottom:2px solid var(--info);color:inherit;cursor:pointer;border-radius:2px}mark.d.warning{background:var(--warnbg);border-color:var(--warn)}
mark.d.error{background:var(--errbg);border-color:var(--err)}mark.d.gap{padding:0 .2rem;font-weight:700;color:var(--err)}mark.d.current,mark.d:focus{outline:3px solid var(--cur);outline-offset:1px}
.problems{list-style:none;margin:.2rem 0;padding:0;font:14px/1.4 system-ui,"DejaVu Sans",sans-serif}.problems li{padding:.15rem .4rem;border-left:3px solid var(--info);margin:.15rem 0;background:#fff}
.problems li.error{border-color:var(--err)}.problems li.warning{border-color:var(--warn)}.problems li.current{background:#efeafd}.sev{font-weight:600}.error .sev{color:var(--err)}.warning .sev{color:var(--warn)}
.rule{font-size:.8em;color:var(--muted)}.where{font:12px ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}.sugg{color:#1b6e3a}.sugg q{font-weight:600}
.hidden{display:none!important}mark.d.off{background:none;border-bottom:0;cursor:text}.single .row{display:block}.single .row>div{border-bottom:0;padding:.2rem 0}
.clean{color:#1b6e3a}.diff{font:14px/1.5 system-ui,"DejaVu Sans",sans-serif;background:#fff;border-left:3px solid var(--cur);padding:.25rem .5rem;margin:.2rem 0}
.diff .label{font-weight:600;color:var(--cur)}.diff ins{background:#dcf5e3;text-decoration:none}.diff del{background:#fde7e7;color:#8a1c1c}footer{color:var(--muted);font:12px system-ui,sans-serif;text-align:center;padding:2rem}
@media (max-width:760px){.grid{grid-template-columns:1fr}.grid .head,.row .link{display:none}.row>div{border-bottom:0}.row .cell:nth-child(3){border-bottom:1px solid var(--line);background:#fff}.row .row-problems{grid-column:auto}}
@media print{header{position:static}header .filters,header button{display:none}mark.d{border-bottom-width:1px}.row{break-inside:avoid}}
`;

// Filters and keyboard navigation: plain DOM, no data but what the page already shows.
const SCRIPT = `
(() => {
  const $ = (s, r = document) => [...r.querySelectorAll(s)];
  const sev = document.getElementById("f-sev"), rule = document.getElementById("f-rule"), lang = document.getElementById("f-lang");
  let current = -1;
  const visible = () => $("mark.d").filter((m) => !m.classList.contains("off") && m.offsetParent !== null);
  function apply() {
    const s = sev.value, r = rule.value, l = lang.value;
    const ok = (severity, rules) => (!s || severity.split(" ").includes(s)) && (!r || rules.split(" ").includes(r));
    $("article[data-lang]").forEach((a) => a.classList.toggle("hidden", !!l && a.dataset.lang !== l));
    $("mark.d").forEach((m) => m.classList.toggle("off", !ok(m.dataset.sev, m.dataset.rules)));
    $("li.p").forEach((li) => li.classList.toggle("hidden", !ok(li.dataset.sev, li.dataset.rule)));
    current = -1;
  }
  function select(m) {
    $(".current").forEach((e) => e.classList.remove("current"));
    m.classList.add("current");
    m.focus({ preventScroll: true });
    m.scrollIntoView({ block: "center" });
    for (const id of m.dataset.ids.split(" ")) document.getElementById(id)?.classList.add("current");
    document.getElementById("status").textContent = m.title.split("\\n").join(" · ");
  }
  function step(by) {
    const list = visible();
    if (list.length === 0) return;
    current = (current + by + list.length) % list.length;
    select(list[current]);
  }
  [sev, rule, lang].forEach((e) => e.addEventListener("change", apply));
  document.getElementById("next").addEventListener("click", () => step(1));
  document.getElementById("prev").addEventListener("click", () => step(-1));
  document.addEventListener("click", (e) => {
    const m = e.target.closest && e.target.closest("mark.d");
    if (m) { current = visible().indexOf(m); select(m); }
  });
  document.addEventListener("keydown", (e) => {
    if (e.target.closest && e.target.closest("select")) return;
    if (e.key === "j" || e.key === "n") step(1);
    else if (e.key === "k" || e.key === "p") step(-1);
    else if (e.key === "Enter" && e.target.matches && e.target.matches("mark.d")) select(e.target);
  });
})();
`;

/** One self-contained page: every article set side by side with its problems marked. */
export function html(report: Report, { t }: ReporterOptions): string {
  const all = report.results.flatMap((r) => r.diagnostics);
  const rules = [...new Set(all.map((d) => d.ruleId))].sort();
  const langs = [...new Set(report.results.map((r) => r.lang))].sort();
  const s = report.summary;
  let offset = 0;
  const sections = (report.views ?? []).map((set) => {
    const html = setSection(set, report, t, offset);
    offset += set.files.length;
    return html;
  }).join("");
  const option = (value: string, label: string) => `<option value="${esc(value)}">${esc(label)}</option>`;
  return `<!DOCTYPE html>
<html lang="${esc(t("report.html.lang"))}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(t("report.html.title"))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>bitext</h1>
<span class="sum"><b class="e">${esc(t("report.errors", { count: s.errors }))}</b> · <b class="w">${esc(t("report.warnings", { count: s.warnings }))}</b> · ${esc(t("report.infos", { count: s.infos }))} · ${esc(t("report.files", { count: s.files }))}</span>
<span class="filters">
<label>${esc(t("report.html.severity"))} <select id="f-sev">${option("", t("report.html.all"))}${(["error", "warning", "info"] as const).map((x) => option(x, t(`report.severity.${x}`))).join("")}</select></label>
<label>${esc(t("report.column.rule"))} <select id="f-rule">${option("", t("report.html.all"))}${rules.map((r) => option(r, r)).join("")}</select></label>
<label>${esc(t("report.html.language"))} <select id="f-lang">${option("", t("report.html.all"))}${langs.map((l) => option(l, l)).join("")}</select></label>
</span>
<button id="prev" type="button">↑ ${esc(t("report.html.previous"))}</button><button id="next" type="button">↓ ${esc(t("report.html.next"))}</button>
<span id="status" role="status" aria-live="polite"></span>
</header>
<main>
${report.problems.length > 0 ? `<section class="set"><h2>${esc(t("report.unusable", { count: report.problems.length }))}</h2><ul class="problems">${report.problems.map((p) => `<li class="p error"><span class="where">${esc(p.file)}</span> ${esc(p.message)}</li>`).join("")}</ul></section>` : ""}
${sections}
</main>
<footer>bitext ${esc(VERSION)} · ${esc(t("report.html.keys"))}</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
