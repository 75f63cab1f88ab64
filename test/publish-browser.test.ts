// The published site in a real browser (Debian's Chromium through playwright-core), opened from
// the folder bitext publish built: the language switcher, the root page's choice of language,
// and what a reader sees, left to right and right to left.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PublishManifest } from "../src/types.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = join(ROOT, "test-output");
let browser: Browser;
let site: string;
let manifest: PublishManifest;
const requests: string[] = [];

beforeAll(async () => {
  const install = spawnSync("bash", [join(ROOT, "scripts/install-chromium.sh")], { encoding: "utf8" });
  expect(install.status, install.stderr).toBe(0);
  const dir = mkdtempSync(join(tmpdir(), "bitext-site-"));
  cpSync(join(ROOT, "articles"), join(dir, "articles"), { recursive: true });
  cpSync(join(ROOT, "glossaries"), join(dir, "glossaries"), { recursive: true });
  const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "publish", "--out", "site", "--format", "json"], { cwd: dir, encoding: "utf8" });
  manifest = JSON.parse(run.stdout) as PublishManifest;
  site = join(dir, "site");
  browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}, 600_000);

afterAll(async () => {
  await browser?.close();
});

const open = async (path: string, locale = "en-US", viewport = { width: 1100, height: 900 }) => {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  page.on("request", (request) => requests.push(request.url()));
  await page.goto(pathToFileURL(join(site, path)).href);
  return page;
};

describe("the published site", () => {
  it("follows the language switcher to every translation of an article and back", async () => {
    const page = await open("es/odesa-grain-port/index.html");
    const siblings = manifest.published.filter((p) => p.set === "odesa-grain-port");
    expect(siblings.map((p) => p.lang)).toEqual(["ar", "es", "fr"]);
    for (const sibling of siblings.filter((p) => p.lang !== "es")) {
      await page.click(`nav.languages a[hreflang="${sibling.lang}"]`);
      expect(page.url()).toBe(pathToFileURL(join(site, sibling.path, "index.html")).href);
      expect(await page.getAttribute("html", "lang")).toBe(sibling.lang);
      expect(await page.textContent("nav.languages [aria-current]")).toBe(sibling.lang === "ar" ? "العربية" : "Français");
      await page.click("nav.languages a[hreflang=\"es\"]");
      expect(page.url()).toBe(pathToFileURL(join(site, "es/odesa-grain-port/index.html")).href);
    }
    await page.context().close();
  });

  it.each([
    ["fr-FR", "fr/index.html"], ["de-AT", "de/index.html"], ["uk", "uk/index.html"], ["ar-EG", "ar/index.html"],
  ])("sends a reader whose browser asks for %s to %s", async (locale, path) => {
    const page = await open("index.html", locale);
    await page.waitForURL(`**/${path}`);
    expect(page.url()).toBe(pathToFileURL(join(site, path)).href);
    await page.context().close();
  });

  it("lists every language when none the browser asks for is published", async () => {
    const page = await open("index.html", "ja-JP");
    expect(await page.isVisible("#languages")).toBe(true);
    expect(await page.locator("#languages a").allTextContents()).toEqual(["العربية", "Deutsch", "Español", "Français", "Українська"]);
    await page.context().close();
  });

  it("reads an article left to right and right to left, with no request to any other host", async () => {
    mkdirSync(OUT, { recursive: true });
    const ltr = await open("fr/odesa-grain-port/index.html");
    expect(await ltr.evaluate(() => getComputedStyle(document.querySelector("article p")!).direction)).toBe("ltr");
    await ltr.screenshot({ path: join(OUT, "site-article-fr.png"), fullPage: true });
    await ltr.context().close();
    const rtl = await open("ar/odesa-grain-port/index.html");
    expect(await rtl.evaluate(() => getComputedStyle(document.querySelector("article p")!).direction)).toBe("rtl");
    // The first paragraph's text starts at the right edge of the column.
    const box = await rtl.evaluate(() => {
      const p = document.querySelector("article p:not(.meta)")!;
      const range = document.createRange();
      range.selectNodeContents(p);
      const rects = [...range.getClientRects()];
      return { right: Math.max(...rects.map((r) => r.right)), column: p.getBoundingClientRect().right };
    });
    expect(Math.abs(box.right - box.column)).toBeLessThan(2);
    await rtl.screenshot({ path: join(OUT, "site-article-ar.png"), fullPage: true });
    await rtl.context().close();
    const phone = await open("fr/odesa-grain-port/index.html", "fr-FR", { width: 390, height: 844 });
    await phone.screenshot({ path: join(OUT, "site-article-phone.png"), fullPage: true });
    await phone.context().close();
    expect(readFileSync(join(OUT, "site-article-ar.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(requests.filter((url) => !url.startsWith("file://"))).toEqual([]);
  });
});
