// bitext publish on the bundled articles: the site it builds, page by page, and the gate's choices.
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { validateXML } from "xmllint-wasm";
import type { PublishManifest } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BASE = "https://news.example.org/";
const bitext = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd, encoding: "utf8" });
const workspace = () => {
  const dir = mkdtempSync(join(tmpdir(), "bitext-publish-"));
  cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
  cpSync(join(ROOT, "glossaries"), join(dir, "glossaries"), { recursive: true });
  return dir;
};
/** Every file of a folder, by path, with its bytes. */
const tree = (dir: string): Record<string, string> => {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = readFileSync(path, "utf8");
    }
  };
  walk(dir);
  return out;
};
const attrs = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m.slice(1));

const PUBLISHED = [
  "ar/odesa-grain-port/", "de/kharkiv-underground-school/", "es/kharkiv-underground-school/", "es/odesa-grain-port/",
  "es/zaporizhzhia-inspectors/", "fr/odesa-grain-port/", "uk/zaporizhzhia-inspectors/",
];

describe("bitext publish", () => {
  const dir = workspace();
  const run = bitext(["publish", "--out", "site", "--base-url", BASE, "--format", "json"], dir);
  const manifest = JSON.parse(run.stdout) as PublishManifest;
  const site = tree(join(dir, "site"));

  it("publishes a page per translation that passes, and holds back exactly the languages with errors (exit 1)", () => {
    expect([run.status, run.stderr]).toEqual([1, ""]);
    expect(manifest.published.map((p) => p.path)).toEqual(PUBLISHED);
    expect(manifest.held.map((h) => [h.file, h.why])).toEqual([
      ["articles/kharkiv-underground-school/en.md", "errors"], ["articles/kharkiv-underground-school/fr.md", "errors"],
      ["articles/kharkiv-underground-school/uk.md", "errors"], ["articles/odesa-grain-port/de.md", "errors"],
      ["articles/odesa-grain-port/en.md", "errors"], ["articles/odesa-grain-port/uk.md", "errors"],
      ["articles/zaporizhzhia-inspectors/de.md", "errors"], ["articles/zaporizhzhia-inspectors/en.md", "errors"],
      ["articles/zaporizhzhia-inspectors/fr.md", "errors"],
    ]);
    expect(manifest.held[3]!.reasons[0]).toEqual({ file: "articles/odesa-grain-port/de.md", line: 12, column: 72, ruleId: "align/numbers",
      message: "32 here but 23 in the source: check the number" });
    expect(Object.keys(site).filter((f) => f.endsWith("/index.html") && f.split("/").length === 3).sort()).toEqual(PUBLISHED.map((p) => `${p}index.html`));
    expect(Object.keys(site).filter((f) => !f.endsWith("/index.html") || f.split("/").length !== 3)).toEqual([
      "ar/feed.xml", "ar/index.html", "de/feed.xml", "de/index.html", "es/feed.xml", "es/index.html", "fr/feed.xml", "fr/index.html",
      "index.html", "sitemap.xml", "style.css", "uk/feed.xml", "uk/index.html",
    ]);
    // No page links to one that was held back.
    for (const [file, text] of Object.entries(site)) {
      for (const held of manifest.held) expect(text.includes(`/${held.lang}/${held.set}/`), `${file} links to ${held.file}`).toBe(false);
    }
  });

  it("gives every page its language and direction, title, description, canonical address and reciprocal hreflang with x-default", () => {
    for (const page of manifest.published) {
      const html = site[`${page.path}index.html`]!;
      const [lang, dir] = attrs(html, /<html lang="([^"]+)" dir="([^"]+)">/gu)[0]!;
      expect([lang, dir]).toEqual([page.lang, page.lang === "ar" ? "rtl" : "ltr"]);
      expect(html).toMatch(/<title>[^<]{10,}<\/title>/u);
      expect(html).toMatch(/<meta name="description" content="[^"]{40,}">/u);
      expect(html).toContain(`<link rel="canonical" href="${BASE}${page.path}">`);
      const alternates = Object.fromEntries(attrs(html, /<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">/gu));
      const siblings = manifest.published.filter((p) => p.set === page.set);
      expect(alternates).toEqual({
        ...Object.fromEntries(siblings.map((s) => [s.lang, `${BASE}${s.path}`])), "x-default": `${BASE}es/${page.set}/`,
      });
      // Reciprocal: each page it names names it back.
      for (const sibling of siblings) expect(site[`${sibling.path}index.html`]).toContain(`hreflang="${page.lang}" href="${BASE}${page.path}"`);
    }
    const ar = site["ar/odesa-grain-port/index.html"]!;
    // The switcher names each language in itself.
    expect(attrs(ar, /<li><(?:a href="[^"]+" hreflang="[^"]+"|span aria-current="page") lang="([^"]+)">([^<]+)</gu)).toEqual([["ar", "العربية"], ["es", "Español"], ["fr", "Français"]]);
  });

  it("speaks the page's language in its chrome and dates, and English where it has no locale", () => {
    expect(site["de/kharkiv-underground-school/index.html"]).toContain("Veröffentlicht am <time datetime=\"2023-09-04\" dir=\"ltr\">4. September 2023</time>");
    expect(site["de/kharkiv-underground-school/index.html"]).toContain(">Übersetzt aus dem Original (Spanisch)</a>");
    expect(site["uk/zaporizhzhia-inspectors/index.html"]).toContain("Опубліковано <time datetime=\"2023-08-21\" dir=\"ltr\">21 серпня 2023 р.</time>");
    expect(site["es/odesa-grain-port/index.html"]).toContain("Publicado el <time datetime=\"2023-07-19\" dir=\"ltr\">19 de julio de 2023</time>");
    // Arabic has no locale of bitext's messages: English chrome, an Arabic date.
    expect(site["ar/odesa-grain-port/index.html"]).toContain("<bdi dir=\"ltr\">Published on <time datetime=\"2023-07-19\" dir=\"rtl\">19 يوليو 2023</time></bdi>");
    expect(Object.values(site).join("")).not.toMatch(/site\.[a-zA-Z]+/u);
  });

  it("lists each language's articles newest first, and the root page every language by its own name", () => {
    const es = site["es/index.html"]!;
    expect(attrs(es, /<h2><a href="([^"]+)">/gu).map(([href]) => href)).toEqual([
      "../es/kharkiv-underground-school/index.html", "../es/zaporizhzhia-inspectors/index.html", "../es/odesa-grain-port/index.html",
    ]);
    expect(attrs(site["index.html"]!, /<noscript><ul class="choose">(.*?)<\/ul><\/noscript>/gu)[0]![0]!.match(/lang="[^"]+">[^<]+/gu)).toEqual([
      "lang=\"ar\">العربية", "lang=\"de\">Deutsch", "lang=\"es\">Español", "lang=\"fr\">Français", "lang=\"uk\">Українська",
    ]);
  });

  it("writes a sitemap valid against the sitemaps.org schema, with every translation of each address", async () => {
    const schema = (name: string) => readFileSync(join(ROOT, "test/fixtures/schemas", name), "utf8");
    const result = await validateXML({ xml: [{ fileName: "sitemap.xml", contents: site["sitemap.xml"]! }], schema: [schema("sitemap.xsd")],
      preload: [{ fileName: "xhtml-link.xsd", contents: schema("xhtml-link.xsd") }] });
    expect(result.errors.map((e) => e.message)).toEqual([]);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "url" || name === "xhtml:link" })
      .parse(site["sitemap.xml"]!) as { urlset: { url: { loc: string; "xhtml:link": { hreflang: string; href: string }[] }[] } };
    expect(parsed.urlset.url.map((u) => u.loc)).toEqual(PUBLISHED.map((p) => BASE + p));
    const odesa = parsed.urlset.url.find((u) => u.loc === `${BASE}fr/odesa-grain-port/`)!;
    expect(odesa["xhtml:link"].map((l) => `${l.hreflang} ${l.href}`)).toEqual([
      `ar ${BASE}ar/odesa-grain-port/`, `es ${BASE}es/odesa-grain-port/`, `fr ${BASE}fr/odesa-grain-port/`, `x-default ${BASE}es/odesa-grain-port/`,
    ]);
  });

  it("writes an Atom feed per language that a strict parser reads and that has what RFC 4287 requires", () => {
    for (const lang of manifest.languages) {
      const text = site[`${lang}/feed.xml`]!;
      expect(XMLValidator.validate(text)).toBe(true);
      const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "", isArray: (name) => name === "entry" || name === "link" })
        .parse(text) as { feed: { xmlns: string; id: string; title: string; updated: string; author: { name: string }; link: { rel: string; href: string }[];
          entry: { id: string; title: string; updated: string; link: { rel: string; href: string }[]; author: { name: string } }[] } };
      expect(feed.xmlns).toBe("http://www.w3.org/2005/Atom");
      expect([feed.id, feed.updated, feed.author.name]).toEqual([`${BASE}${lang}/`, expect.stringMatching(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u), "news.example.org"]);
      expect(feed.title.length).toBeGreaterThan(0);
      expect(feed.link.map((l) => l.rel)).toEqual(["self", "alternate"]);
      const pages = manifest.published.filter((p) => p.lang === lang).map((p) => BASE + p.path).sort();
      expect(feed.entry.map((e) => e.id).sort()).toEqual(pages);
      for (const entry of feed.entry) {
        expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/u);
        expect(entry.link[0]).toMatchObject({ rel: "alternate", href: entry.id });
      }
    }
  });

  it("builds the same bytes a second time, and --dry-run writes nothing", () => {
    expect(bitext(["publish", "--out", "site", "--base-url", BASE], dir).status).toBe(1);
    expect(tree(join(dir, "site"))).toEqual(site);
    const dry = bitext(["publish", "--out", "dry", "--base-url", BASE, "--dry-run", "--format", "json"], dir);
    expect(JSON.parse(dry.stdout)).toEqual({ ...manifest, out: "dry" });
    expect(existsSync(join(dir, "dry"))).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(["articles", "glossaries", "site"]);
  });

  it.skipIf(process.platform === "win32")("builds the site where a symbolic link --out names leads, and leaves the link a link", () => {
    const linked = workspace();
    mkdirSync(join(linked, "www", "news"), { recursive: true });
    writeFileSync(join(linked, "www", "news", "old.html"), "the old site\n");
    symlinkSync(join("www", "news"), join(linked, "site"));
    expect(bitext(["publish", "--out", "site", "--base-url", BASE], linked).status).toBe(1);
    expect(lstatSync(join(linked, "site")).isSymbolicLink()).toBe(true);
    expect(tree(join(linked, "www", "news"))).toEqual(site);
    expect(readdirSync(join(linked, "www"))).toEqual(["news"]);
  });

  it("sanitises raw HTML, never passing it through", () => {
    const hostile = workspace();
    mkdirSync(join(hostile, "articles/hostile"));
    writeFileSync(join(hostile, "articles/hostile/en.md"), [
      "---", "role: source", "title: <script>alert(1)</script>", "---", "", "# Drones over Kyiv", "",
      "Drones <b onclick=\"alert(2)\">hit</b> the port <script>alert(3)</script> of Odesa; [read more](javascript:alert(4)).", "",
    ].join("\n"));
    expect(bitext(["publish", "articles/hostile", "--out", "site", "--allow-errors"], hostile).status).toBe(0);
    const html = readFileSync(join(hostile, "site/en/hostile/index.html"), "utf8");
    expect(html).not.toMatch(/<script|onclick|javascript:/iu);
    expect(html).toContain("<title>&#60;script&#62;alert(1)&#60;/script&#62;</title>");
    // The tags go; what stood between them is text.
    expect(html).toContain("<p>Drones hit the port alert(3) of Odesa; <a>read more</a>.</p>");
    expect(html).toContain("<meta name=\"description\" content=\"Drones hit the port alert(3) of Odesa; read more.\">");
  });
});

describe("bitext publish: the gate's options", () => {
  const manifestOf = (args: string[], cwd: string) => JSON.parse(bitext(["publish", "--out", "site", "--format", "json", ...args], cwd).stdout) as PublishManifest;

  it("--all-or-nothing holds back every page of a set that has one held back", () => {
    const dir = workspace();
    expect(manifestOf(["--all-or-nothing"], dir).published).toEqual([]);
    const sets = manifestOf(["--all-or-nothing"], dir).held;
    expect(sets.filter((h) => h.why === "set").map((h) => h.file).sort()).toEqual([
      "articles/kharkiv-underground-school/de.md", "articles/kharkiv-underground-school/es.md", "articles/odesa-grain-port/ar.md",
      "articles/odesa-grain-port/es.md", "articles/odesa-grain-port/fr.md", "articles/zaporizhzhia-inspectors/es.md", "articles/zaporizhzhia-inspectors/uk.md",
    ]);
  });

  it("a source with errors holds back its whole set; --allow-errors publishes anyway, and says so", () => {
    const dir = workspace();
    const es = join(dir, "articles/odesa-grain-port/es.md");
    writeFileSync(es, readFileSync(es, "utf8").replace("Odesa, en el sur", "Odesa,  en el sur").replace("Ucrania", "Ucrania Ucrania"));
    writeFileSync(es, readFileSync(es, "utf8").replace("# Drones rusos", "# drones rusos. los drones"));
    const gated = manifestOf(["articles/odesa-grain-port"], dir);
    expect(gated.published).toEqual([]);
    expect(gated.held.map((h) => [h.lang, h.why])).toEqual([["es", "source"], ["ar", "source"], ["de", "source"], ["en", "source"], ["fr", "source"], ["uk", "source"]]);
    const forced = bitext(["publish", "articles/odesa-grain-port", "--out", "site", "--allow-errors"], dir);
    expect(forced.status).toBe(0);
    expect(forced.stdout).toContain("  en/odesa-grain-port/  ← articles/odesa-grain-port/en.md (published with errors: --allow-errors)");
  });

  it("holds back a stale translation, and publishes it under --allow-stale with a banner that links to the original", () => {
    const dir = workspace();
    const git = (...args: string[]) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
    git("init", "-q");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@example.org", "-c", "user.name=t", "commit", "-qm", "articles");
    const revision = git("rev-parse", "HEAD").stdout.trim();
    const fr = join(dir, "articles/odesa-grain-port/fr.md");
    writeFileSync(fr, readFileSync(fr, "utf8").replace("source: es.md", `source: es.md\nsource-revision: ${revision}`));
    const es = join(dir, "articles/odesa-grain-port/es.md");
    writeFileSync(es, readFileSync(es, "utf8").replace("informó de que las defensas", "aseguró que las defensas"));
    const held = manifestOf(["articles/odesa-grain-port"], dir);
    expect(held.held.find((h) => h.lang === "fr")).toMatchObject({ why: "stale", reasons: [expect.objectContaining({ ruleId: "align/stale" })] });
    const stale = manifestOf(["articles/odesa-grain-port", "--allow-stale"], dir);
    expect(stale.published.find((p) => p.lang === "fr")).toMatchObject({ path: "fr/odesa-grain-port/", stale: true });
    expect(readFileSync(join(dir, "site/fr/odesa-grain-port/index.html"), "utf8")).toContain(
      "<p class=\"stale\" role=\"note\">L’original a changé depuis cette traduction: <a href=\"../../es/odesa-grain-port/index.html\" hreflang=\"es\">Lire l’original</a></p>");
  });

  it("without a base URL links pages relatively and says why there is no sitemap or feed", () => {
    const dir = workspace();
    const run = bitext(["publish", "--out", "site"], dir);
    expect(run.stderr).toBe("bitext: No base URL (--base-url or the config's baseUrl): pages link relatively, and the sitemap and feeds, which need absolute addresses, were not written\n");
    expect(existsSync(join(dir, "site/sitemap.xml"))).toBe(false);
    expect(readFileSync(join(dir, "site/fr/odesa-grain-port/index.html"), "utf8")).toContain("<link rel=\"alternate\" hreflang=\"ar\" href=\"../../ar/odesa-grain-port/index.html\">");
  });

  it.each([
    [["publish"], "bitext: bitext publish needs --out DIR: where to build the site\n"],
    [["publish", "--out", "site", "--base-url", "news.example.org"], "bitext: --base-url must be an absolute http or https address, not “news.example.org”\n"],
    [["publish", "--out", "articles/site"], "bitext: articles/site: --out articles/site would be inside the article folder articles: choose another folder\n"],
    [["publish", "--out", "glossaries/russia-ukraine.yaml"], "bitext: glossaries/russia-ukraine.yaml: is not a folder: bitext publish builds the site in a folder\n"],
  ])("refuses %j with one line, exit 2", (args, stderr) => {
    const dir = workspace();
    const run = bitext(args, dir);
    expect([run.status, run.stderr]).toEqual([2, stderr]);
  });
});

describe("bitext publish: an interrupted build", () => {
  it("leaves the previous site whole, and no half-built folder beside it", async () => {
    const dir = workspace();
    for (let n = 0; n < 150; n++) cpSync(join(ROOT, "articles/odesa-grain-port"), join(dir, "articles", `set-${String(n).padStart(3, "0")}`), { recursive: true });
    expect(bitext(["publish", "articles/odesa-grain-port", "--out", "site"], dir).status).toBe(1);
    const before = tree(join(dir, "site"));
    for (const delay of [300, 900, 1500, 2500]) {
      const child = spawn(process.execPath, [join(ROOT, "dist/cli.js"), "publish", "--out", "site"], { cwd: dir });
      // Listened for at once: a fast build may be over before the signal is sent.
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGINT");
      await exited;
      const now = tree(join(dir, "site"));
      // Old or new, never half: the new site has every set's pages.
      if (JSON.stringify(now) !== JSON.stringify(before)) expect(Object.keys(now).filter((f) => f.startsWith("fr/set-")).length).toBe(150);
      expect(readdirSync(dir).filter((f) => f.startsWith(".site"))).toEqual([]);
    }
  }, 120_000);
});
