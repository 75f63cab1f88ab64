// bitext publish: article sets in, a multilingual static site out, with what fails QA held back.
// The articles are checked as bitext check checks them; the gate decides page by page; the pages,
// indexes, sitemap and feeds are built in memory, in a stable order and with no build time in
// them, and written into a folder beside the target that replaces it whole at the end.
import { basename, resolve, sep } from "node:path";
import { readArticle } from "../article/read.js";
import { InputError } from "../errors.js";
import { createTranslator } from "../i18n/index.js";
import type { Article, HeldPage, InputProblem, PublishedPage, PublishManifest, Report, Translate } from "../types.js";
import { writeTreeAtomic } from "../workspace/atomic-write.js";
import { checkPaths } from "../workspace/check.js";
import { sourceOfSet } from "../workspace/check-set.js";
import type { Config } from "../workspace/config.js";
import { discover } from "../workspace/discover.js";
import { atomFeed, type FeedEntry, sitemap, type SitemapUrl } from "./feeds.js";
import { type Decision, gate } from "./gate.js";
import { type Alternate, articlePage, chromeOf, type IndexEntry, languageIndex, ownName, rootPage } from "./pages.js";
import { dateOf, descriptionOf, renderBody, titleOf } from "./render.js";
import { STYLE } from "./style.js";

export type PublishOptions = Readonly<{
  paths?: readonly string[];
  out: string;
  baseUrl?: string;
  glossaries?: readonly string[];
  config: Config;
  t: Translate;
  locale?: string;
  cwd?: string;
  allOrNothing?: boolean;
  allowStale?: boolean;
  allowErrors?: boolean;
  dryRun?: boolean;
}>;

export type PublishResult = Readonly<{ manifest: PublishManifest; report: Report; problems: readonly InputProblem[] }>;

type Page = Readonly<{ set: string; article: Article; decision: Decision; source: Article; isSource: boolean; path: string; lang: string }>;

const langPath = (tag: string) => tag.toLowerCase();

/** Checks the article sets, gates them and builds the site (or, dry, says what it would build). */
export async function publishSite(options: PublishOptions): Promise<PublishResult> {
  const cwd = options.cwd ?? process.cwd();
  const paths = options.paths?.length ? options.paths : ["articles"];
  const out = resolve(cwd, options.out);
  for (const path of paths) {
    const folder = resolve(cwd, path);
    if (out === folder || out.startsWith(folder + sep)) throw new InputError(options.out, "publish.outInside", { out: options.out, folder: path });
  }
  const report = await checkPaths({ paths, glossaries: options.glossaries, config: options.config, t: options.t, cwd,
    ...(options.locale ? { locale: options.locale } : {}) });
  const results = new Map(report.results.map((r) => [r.file, r]));
  const discovery = await discover(paths, cwd);

  const pages: Page[] = [];
  const held: HeldPage[] = [];
  for (const input of discovery.inputs) {
    if (input.kind !== "set") continue; // a lone file belongs to no set: nothing to publish it beside
    const articles: Article[] = [];
    for (const file of input.files) {
      if (!results.has(file)) continue; // unreadable: already among the report's problems
      articles.push(await readArticleAt(file, cwd));
    }
    if (articles.length === 0) continue;
    const source = sourceOfSet(articles, options.config.sourceLang) ?? [...articles].sort((a, b) => a.lang.localeCompare(b.lang))[0]!;
    const translations = articles.filter((a) => a !== source).sort((a, b) => a.lang.localeCompare(b.lang));
    const slug = basename(input.dir === "." ? cwd : input.dir);
    const decisions = gate({
      name: slug,
      source: { file: source.file, lang: source.lang, diagnostics: results.get(source.file)!.diagnostics },
      translations: translations.map((a) => ({ file: a.file, lang: a.lang, diagnostics: results.get(a.file)!.diagnostics })),
    }, options);
    [source, ...translations].forEach((article, n) => {
      const decision = decisions[n]!;
      if (decision.publish) {
        pages.push({ set: slug, article, decision, source, isSource: article === source, lang: article.lang, path: `${langPath(article.lang)}/${slug}/` });
      } else {
        held.push({ set: slug, lang: article.lang, file: article.file, why: decision.why!, reasons: decision.reasons });
      }
    });
  }
  pages.sort((a, b) => a.path.localeCompare(b.path));

  const base = options.baseUrl?.replace(/\/?$/u, "/");
  const languages = [...new Set(pages.map((p) => langPath(p.lang)))].sort();
  const published: PublishedPage[] = pages.map((p) => ({
    set: p.set, lang: p.lang, file: p.article.file, path: p.path, source: p.isSource,
    ...(base ? { url: base + p.path } : {}), ...(p.decision.stale ? { stale: true } : {}), ...(p.decision.forced ? { forced: true } : {}),
  }));
  const manifest: PublishManifest = {
    version: 1, out: options.out, ...(base ? { baseUrl: base } : {}), languages, published, held,
  };
  if (!options.dryRun) await writeTreeAtomic(out, buildSite(pages, languages, base));
  return { manifest, report, problems: report.problems };
}

async function readArticleAt(file: string, cwd: string): Promise<Article> {
  const article = await readArticle(resolve(cwd, file));
  return { ...article, file };
}

/** Every file of the site, by its path in the site, in a stable order. */
function buildSite(pages: readonly Page[], languages: readonly string[], base: string | undefined): Map<string, string> {
  const files = new Map<string, string>();
  const bySet = new Map<string, Page[]>();
  for (const page of pages) bySet.set(page.set, [...(bySet.get(page.set) ?? []), page]);
  const translators = new Map<string, Translate>();
  const chrome = (lang: string) => translators.get(lang) ?? translators.set(lang, createTranslator(chromeOf(lang))).get(lang)!;
  // Pages name each other by absolute address with a base URL; without one, relatively and with
  // their file name, so that the site also reads from the disk (file:// serves no index.html).
  const link = (path: string) => (base ? base + path : `../../${path}index.html`);
  const feedOf = (lang: string) => (base ? `${base}${lang}/feed.xml` : undefined);
  const entries = new Map<string, (IndexEntry & { day?: string })[]>();
  const urls: SitemapUrl[] = [];

  files.set("style.css", STYLE);
  for (const page of pages) {
    const siblings = bySet.get(page.set)!;
    const alternates: Alternate[] = siblings.map((s) => ({ lang: s.lang, href: link(s.path), current: s === page }));
    const original = siblings.find((s) => s.isSource);
    const date = dateOf(page.article) ?? dateOf(page.source);
    const title = titleOf(page.article);
    const description = descriptionOf(page.article);
    files.set(`${page.path}index.html`, articlePage({
      lang: page.lang, title, description, body: renderBody(page.article), canonical: link(page.path), alternates,
      // x-default is the original where it is published, else the first language published.
      xDefault: link((original ?? siblings[0]!).path), root: "../../",
      ...(date ? { date } : {}), ...(feedOf(langPath(page.lang)) ? { feed: feedOf(langPath(page.lang))! } : {}),
      ...(!page.isSource && original ? { original: { lang: original.lang, href: link(original.path) } } : {}),
      stale: page.decision.stale,
    }, chrome(page.lang)));
    const lang = langPath(page.lang);
    entries.set(lang, [...(entries.get(lang) ?? []), { title, description, href: `../${page.path}index.html`, ...(date ? { date, day: date } : {}) }]);
    if (base) {
      urls.push({ loc: base + page.path, ...(date ? { lastmod: date } : {}),
        alternates: [...alternates.map((a) => ({ lang: a.lang, href: a.href })), { lang: "x-default", href: link((original ?? siblings[0]!).path) }] });
    }
  }
  for (const lang of languages) {
    const t = chrome(lang);
    // Newest first; undated last; then by title, so that the order never depends on the disk.
    const list = (entries.get(lang) ?? []).sort((a, b) => (b.day ?? "").localeCompare(a.day ?? "") || a.title.localeCompare(b.title));
    const others: Alternate[] = languages.map((l) => ({ lang: l, href: `../${l}/index.html`, current: l === lang }));
    files.set(`${lang}/index.html`, languageIndex(lang, list.map(({ day: _day, ...e }) => e), others, feedOf(lang), t));
    if (base) {
      const author = new URL(base).host;
      const feed: FeedEntry[] = list.map((e) => ({ id: base + e.href.replace(/^\.\.\//u, "").replace(/index\.html$/u, ""), title: e.title, summary: e.description, author, ...(e.day ? { date: e.day } : {}) }));
      files.set(`${lang}/feed.xml`, atomFeed({ id: `${base}${lang}/`, self: `${base}${lang}/feed.xml`, title: `${t("site.articles")} · ${ownName(lang)}`, lang, author, entries: feed }));
    }
  }
  files.set("index.html", rootPage(languages, languages[0] ?? "en", createTranslator("en")));
  if (base) files.set("sitemap.xml", sitemap(urls));
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}
