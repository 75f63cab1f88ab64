// The sitemap (sitemaps.org 0.9, with an xhtml:link alternate for every translation of a page)
// and an Atom feed (RFC 4287) per language. Both need absolute addresses, so a base URL.

const xml = (text: string) => text.replace(/[&<>"']/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&apos;" })[c]!);

export type SitemapUrl = Readonly<{ loc: string; lastmod?: string; alternates: readonly { lang: string; href: string }[] }>;

/** sitemap.xml: every published page, each with its translations (x-default among them). */
export function sitemap(urls: readonly SitemapUrl[]): string {
  const entries = urls.map((u) => ["  <url>", `    <loc>${xml(u.loc)}</loc>`, ...(u.lastmod ? [`    <lastmod>${u.lastmod}</lastmod>`] : []),
    ...u.alternates.map((a) => `    <xhtml:link rel="alternate" hreflang="${xml(a.lang)}" href="${xml(a.href)}"/>`), "  </url>"].join("\n"));
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${entries.join("\n")}
</urlset>
`;
}

export type FeedEntry = Readonly<{ id: string; title: string; summary: string; date?: string; author: string }>;

// Atom's dates are RFC 3339 instants; an article's date is a day.
const instant = (day: string) => `${day}T00:00:00Z`;
// A feed must say when it changed. With no dated article it names a fixed instant, not the build's
// time: the same articles give the same feed, byte for byte.
const NO_DATE = "1970-01-01";

/** An Atom feed of one language's published articles, newest first. */
export function atomFeed(feed: Readonly<{ id: string; self: string; title: string; lang: string; author: string; entries: readonly FeedEntry[] }>): string {
  const dates = feed.entries.map((e) => e.date ?? NO_DATE).sort();
  const updated = dates.at(-1) ?? NO_DATE;
  const entries = feed.entries.map((e) => `  <entry>
    <id>${xml(e.id)}</id>
    <title>${xml(e.title)}</title>
    <link rel="alternate" type="text/html" href="${xml(e.id)}"/>
    <updated>${instant(e.date ?? NO_DATE)}</updated>
${e.date ? `    <published>${instant(e.date)}</published>\n` : ""}    <author><name>${xml(e.author)}</name></author>
    <summary>${xml(e.summary)}</summary>
  </entry>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(feed.lang)}">
  <id>${xml(feed.id)}</id>
  <title>${xml(feed.title)}</title>
  <updated>${instant(updated)}</updated>
  <author><name>${xml(feed.author)}</name></author>
  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>
  <link rel="alternate" type="text/html" href="${xml(feed.id)}"/>
${entries}
</feed>
`;
}
