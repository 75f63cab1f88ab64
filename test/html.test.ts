// The translator's view in a real browser: Debian's Chromium, driven by playwright-core.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { alignArticles } from "../src/align/articles.js";
import { readArticle } from "../src/article/read.js";
import type { Report } from "../src/types.js";
import { bundledGlossary as glossary } from "./run-check.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output");
const bitext = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args], { cwd, encoding: "utf8" });

let browser: Browser;
let dir: string;
let page: Awaited<ReturnType<Browser["newPage"]>>;
let report: Report;
const requests: string[] = [];

beforeAll(async () => {
  const install = spawnSync("bash", [join(ROOT, "scripts/install-chromium.sh")], { encoding: "utf8" });
  expect(install.status, install.stderr).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "bitext-html-"));
  cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
  cpSync(join(ROOT, "glossaries"), join(dir, "glossaries"), { recursive: true });
  // An article whose text tries to run code: it must show as text.
  mkdirSync(join(dir, "articles/hostile"));
  writeFileSync(join(dir, "articles/hostile/en.md"), [
    "# <script>window.__pwned = 1</script> in a heading",
    "",
    "Drones over Kiev <img src=x onerror=\"window.__pwned = 2\"> and <a href=\"javascript:window.__pwned=3\">a link</a>.",
    "",
  ].join("\n"));
  expect(bitext(["check", "--format", "html", "--output", "report.html"], dir).status).toBe(1);
  report = JSON.parse(bitext(["check", "--format", "json"], dir).stdout) as Report;
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(dir, "report.html")).href);
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

describe("the HTML report", () => {
  it("shows every aligned pair and lists every diagnostic once", async () => {
    const diagnostics = report.results.flatMap((r) => r.diagnostics).length;
    expect(await page.locator("li.p").count()).toBe(diagnostics);
    let links = 0;
    for (const result of report.results.filter((r) => r.source)) {
      const [source, target] = await Promise.all([readArticle(join(dir, result.source!)), readArticle(join(dir, result.file))]);
      links += alignArticles(source, target, glossary).links.length;
    }
    expect(report.results.filter((r) => r.source)).toHaveLength(13);
    // Every paragraph carries its language and direction: the Arabic translation reads right to left.
    expect(await page.locator('.block[lang="ar"][dir="rtl"]').count()).toBe(8);
    expect(await page.locator('.block[lang="es"][dir="ltr"]').count()).toBeGreaterThan(0);
    expect(await page.locator(".pair .row").count()).toBe(links);
    expect(await page.locator(".row.missing").count()).toBe(1);
    expect(await page.locator(".row.extra").count()).toBe(2);
  });

  it("marks a clicked problem, shows its pair and its explanation", async () => {
    const mark = page.locator("mark.d[data-rules~='glossary/term']").filter({ hasText: "Odessa" }).first();
    await mark.click();
    await expect.poll(() => mark.getAttribute("class")).toContain("current");
    const id = (await mark.getAttribute("data-ids"))!.split(" ")[0]!;
    expect(await page.locator(`#${id}`).getAttribute("class")).toContain("current");
    expect(await page.locator(`#${id}`).innerText()).toContain("“Odessa” is a form to avoid: write “Odesa”");
    const box = (await mark.boundingBox())!;
    expect(box.y).toBeGreaterThan(0);
    expect(box.y).toBeLessThan(900);
    expect(await page.locator("#status").innerText()).toContain("Odessa");
  });

  it("moves from problem to problem with the keyboard and filters by rule", async () => {
    await page.keyboard.press("j");
    const first = await page.locator("mark.d.current").first().getAttribute("data-ids");
    await page.keyboard.press("j");
    expect(await page.locator("mark.d.current").first().getAttribute("data-ids")).not.toBe(first);
    await page.selectOption("#f-rule", "stray/embed");
    expect(await page.locator("li.p:not(.hidden)").count()).toBe(report.results.flatMap((r) => r.diagnostics).filter((d) => d.ruleId === "stray/embed").length);
    await page.selectOption("#f-rule", "");
  });

  it("shows injected markup as text and runs none of it", async () => {
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator("img, a[href^='javascript']").count()).toBe(0);
    expect(await page.locator("text=<script>window.__pwned = 1</script>").count()).toBeGreaterThan(0);
  });

  it("makes no network request and saves a screenshot", async () => {
    expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
    mkdirSync(OUT, { recursive: true });
    await page.locator("mark.d").first().click();
    await page.screenshot({ path: join(OUT, "report.png") });
    // The Arabic translation beside its source, read right to left.
    const arabic = page.locator('article.pair[data-lang="ar"]');
    await arabic.scrollIntoViewIfNeeded();
    await arabic.screenshot({ path: join(OUT, "report-rtl.png") });
    const box = await page.locator('.block[lang="ar"]').first().evaluate((p) => getComputedStyle(p).direction);
    expect(box).toBe("rtl");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(OUT, "report-phone.png") });
    expect(readFileSync(join(OUT, "report.png")).subarray(1, 4).toString()).toBe("PNG");
  });
});
