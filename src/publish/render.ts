// An article's body as HTML, through unified: remark-parse (with the front matter and GFM that
// check reads) → remark-rehype → rehype-sanitize → rehype-stringify. Raw HTML in an article is
// never passed through: remark-rehype leaves it out, and the sanitiser strips what Markdown
// itself could smuggle in (javascript: links, event handlers).
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { Article } from "../types.js";

const markdown = unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).use(remarkGfm)
  .use(remarkRehype).use(rehypeSanitize).use(rehypeStringify);

export const escapeHtml = (text: string) => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** The article's body: Markdown rendered and sanitised, plain text a paragraph a line. */
export function renderBody(article: Article): string {
  if (article.format === "markdown") return String(markdown.processSync(article.source.text)).trim();
  return article.blocks.map((b) => `<p>${escapeHtml(b.text)}</p>`).join("\n");
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);
// A block's text keeps inline HTML as written (check reports it); a title or a description does not.
const squash = (value: string) => value.replace(/<\/?[A-Za-z][^<>]*>/gu, "").replace(/\s+/gu, " ").trim();

/** The title: the front matter's, else the first heading, else the first paragraph's start. */
export function titleOf(article: Article): string {
  const heading = article.blocks.find((b) => b.kind === "heading");
  return text(article.frontMatter.title) ?? squash((heading ?? article.blocks[0])?.text ?? "").slice(0, 120);
}

/** The description: the front matter's, else the first paragraph, cut at a word near 200 characters. */
export function descriptionOf(article: Article): string {
  const given = text(article.frontMatter.description);
  if (given) return given;
  const first = squash(article.blocks.find((b) => b.kind !== "heading")?.text ?? "");
  return first.length <= 200 ? first : `${first.slice(0, 200).replace(/\s+\S*$/u, "")}…`;
}

/** The publication date (YYYY-MM-DD) from the front matter's `date`, if it is one. */
export function dateOf(article: Article): string | undefined {
  const value = article.frontMatter.date;
  const iso = value instanceof Date ? value.toISOString() : typeof value === "string" ? value.trim() : undefined;
  const day = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso ?? "");
  if (!day) return undefined;
  const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
  return Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day[3]) ? undefined : date.toISOString().slice(0, 10);
}
