// The site's pages: an article in one language, a language's index, and the root page that
// sends a reader to their language. Plain HTML with one shared stylesheet; an article needs no
// JavaScript and loads nothing from any other host. Every string a reader sees comes from the
// site chrome's locale (English where the page's language has none).
import { isLocale } from "../i18n/locales.js";
import { directionOf } from "../language/scripts.js";
import { remembered } from "../remembered.js";
import type { Translate } from "../types.js";
import { escapeHtml as esc } from "./render.js";

/** A page in another language of the same article, for hreflang and the switcher. */
export type Alternate = Readonly<{ lang: string; href: string; current: boolean }>;

export type ArticlePage = Readonly<{
  lang: string;
  title: string;
  description: string;
  body: string; // sanitised HTML
  date?: string; // YYYY-MM-DD
  canonical: string;
  alternates: readonly Alternate[];
  xDefault: string;
  root: string; // relative path to the site's root: "../../"
  feed?: string;
  /** A translation: its source's language and page. */
  original?: Readonly<{ lang: string; href: string }>;
  stale: boolean;
}>;

/** The language of a page's chrome: its own where bitext has a locale for it, else English. */
export const chromeOf = (lang: string) => (isLocale(lang.split("-")[0]!.toLowerCase()) ? lang.split("-")[0]!.toLowerCase() : "en");

// Making an Intl formatter costs far more than using it, and every page of a site names its
// languages and writes its date: each is made once per language.

/** A language named in itself: "español", "العربية", "日本語". */
export const ownName: (lang: string) => string = remembered((lang) => {
  try {
    const name = new Intl.DisplayNames([lang], { type: "language" }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}, 1_000);

const dateFormat = remembered((lang): Intl.DateTimeFormat | null => {
  try {
    return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" });
  } catch {
    return null;
  }
}, 1_000);

/** A date as the page's language writes it: "19 July 2023", "19 de julio de 2023", "١٩ يوليو ٢٠٢٣". */
export function formatDate(date: string, lang: string): string {
  const format = dateFormat(lang);
  if (format === null) return date;
  try {
    return format.format(new Date(`${date}T00:00:00Z`));
  } catch {
    return date;
  }
}

// A translated sentence with markup in one place: "Published on <time>…</time>".
const SLOT = "\u0000";
const markup = (sentence: string, html: string) => esc(sentence).replace(SLOT, html);

function head(lang: string, title: string, description: string, root: string, extra: string): string {
  return `<!doctype html>
<html lang="${esc(lang)}" dir="${directionOf(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<meta name="description" content="${esc(description)}">
<link rel="stylesheet" href="${root}style.css">
${extra}</head>
`;
}

function switcher(alternates: readonly Alternate[], label: string): string {
  const items = alternates.map((a) => (a.current
    ? `<li><span aria-current="page" lang="${esc(a.lang)}">${esc(ownName(a.lang))}</span></li>`
    : `<li><a href="${esc(a.href)}" hreflang="${esc(a.lang)}" lang="${esc(a.lang)}">${esc(ownName(a.lang))}</a></li>`)).join("");
  return `<nav class="languages" aria-label="${esc(label)}"><ul>${items}</ul></nav>`;
}

/** An article in one language. */
export function articlePage(page: ArticlePage, t: Translate): string {
  const links = [
    `<link rel="canonical" href="${esc(page.canonical)}">`,
    ...page.alternates.map((a) => `<link rel="alternate" hreflang="${esc(a.lang)}" href="${esc(a.href)}">`),
    `<link rel="alternate" hreflang="x-default" href="${esc(page.xDefault)}">`,
    ...(page.feed ? [`<link rel="alternate" type="application/atom+xml" href="${esc(page.feed)}" title="${esc(t("site.feed"))}">`] : []),
  ].join("\n");
  const parts = [
    ...(page.date ? [markup(t("site.publishedOn", { date: SLOT }), `<time datetime="${page.date}" dir="${directionOf(page.lang)}">${esc(formatDate(page.date, page.lang))}</time>`)] : []),
    ...(page.original ? [`<a href="${esc(page.original.href)}" hreflang="${esc(page.original.lang)}">${esc(t("site.translatedFrom", { language: page.original.lang }))}</a>`] : []),
  ];
  // English chrome on a right-to-left page reads left to right, each piece isolated.
  const isolate = (html: string) => (directionOf(chromeOf(page.lang)) === directionOf(page.lang) ? html : `<bdi dir="${directionOf(chromeOf(page.lang))}">${html}</bdi>`);
  const meta = parts.length > 0 ? `<p class="meta">${parts.map(isolate).join(" · ")}</p>` : "";
  const banner = page.stale && page.original
    ? `<p class="stale" role="note">${isolate(`${esc(t("site.stale"))}: <a href="${esc(page.original.href)}" hreflang="${esc(page.original.lang)}">${esc(t("site.readOriginal"))}</a>`)}</p>` : "";
  return `${head(page.lang, page.title, page.description, page.root, `${links}\n`)}<body>
<header class="site"><a class="home" href="../index.html">${esc(t("site.articles"))}</a>${switcher(page.alternates, t("site.languages"))}</header>
<main>
<article>
${banner}${meta}
${page.body}
</article>
</main>
<footer class="site"><a href="${page.root}index.html">${esc(t("site.home"))}</a>${page.feed ? ` · <a href="${esc(page.feed)}">${esc(t("site.feed"))}</a>` : ""}</footer>
</body>
</html>
`;
}

export type IndexEntry = Readonly<{ title: string; description: string; date?: string; href: string }>;

/** A language's index: its published articles, newest first. */
export function languageIndex(lang: string, entries: readonly IndexEntry[], languages: readonly Alternate[], feed: string | undefined, t: Translate): string {
  const title = `${t("site.articles")} · ${ownName(lang)}`;
  const items = entries.map((e) => `<li><h2><a href="${esc(e.href)}">${esc(e.title)}</a></h2>`
    + `${e.date ? `<p class="meta"><time datetime="${e.date}">${esc(formatDate(e.date, lang))}</time></p>` : ""}<p>${esc(e.description)}</p></li>`).join("\n");
  const extra = feed ? `<link rel="alternate" type="application/atom+xml" href="${esc(feed)}" title="${esc(t("site.feed"))}">\n` : "";
  return `${head(lang, title, title, "../", extra)}<body>
<header class="site"><a class="home" href="../index.html">${esc(t("site.home"))}</a>${switcher(languages, t("site.languages"))}</header>
<main>
<h1>${esc(title)}</h1>
${entries.length > 0 ? `<ul class="articles">\n${items}\n</ul>` : `<p>${esc(t("site.noArticles"))}</p>`}
</main>
<footer class="site">${feed ? `<a href="${esc(feed)}">${esc(t("site.feed"))}</a>` : ""}</footer>
</body>
</html>
`;
}

/**
 * The root page: every language by its own name, and a script that sends the reader to the best
 * match of the browser's languages (the list stays for readers without JavaScript).
 */
export function rootPage(languages: readonly string[], fallback: string, t: Translate): string {
  const items = languages.map((lang) => `<li><a href="${esc(lang)}/index.html" hreflang="${esc(lang)}" lang="${esc(lang)}">${esc(ownName(lang))}</a></li>`).join("");
  const script = `<script>
(function () {
  var available = ${JSON.stringify(languages)};
  var wanted = navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
  function pick() {
    for (var i = 0; i < wanted.length; i++) {
      var tag = String(wanted[i]).toLowerCase();
      for (var j = 0; j < available.length; j++) if (available[j] === tag) return available[j];
      var base = tag.split("-")[0];
      for (var k = 0; k < available.length; k++) if (available[k].split("-")[0] === base) return available[k];
    }
    return null;
  }
  var lang = pick();
  if (lang) location.replace(lang + "/index.html");
  else document.getElementById("languages").hidden = false;
})();
</script>`;
  return `${head(fallback, t("site.chooseLanguage"), t("site.chooseLanguage"), "", "")}<body>
<main class="root">
<h1>${esc(t("site.chooseLanguage"))}</h1>
<noscript><ul class="choose">${items}</ul></noscript>
<ul class="choose" id="languages" hidden>${items}</ul>
</main>
${script}
</body>
</html>
`;
}
