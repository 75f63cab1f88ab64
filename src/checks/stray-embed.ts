import { EMBED_LINK, embedResidue } from "../article/embeds.js";
import { squash } from "../squash.js";
import type { TextBlock } from "../types.js";
import { defineCheck } from "./define.js";

// A post is at most 280 characters, a link counting as 23: what fits is the post's own text.
const POST_LIMIT = 280;
const LINK_WEIGHT = 23;
const QUOTED = /["“”„«»]/u;

const postLength = (text: string) => text.replace(EMBED_LINK, "x".repeat(LINK_WEIGHT)).trim().length;

export const strayEmbed = defineCheck({
  id: "stray/embed",
  severity: "error",
  messages: ["link", "attribution", "caption", "text"],
  docs: {
    summary: "What a social-media embed leaves in the text: its links, its attribution line and the post itself.",
    bad: "Waiting for new raids. pic.twitter.com/pIHxRybkpo — Ukraine Front Lines (@EuromaidanPR) May 23, 2023",
    good: "Ukraine Front Lines (@EuromaidanPR) wrote on May 23 that the unit was waiting for new raids.",
  },
  *run({ blocks, sourceOf }) {
    const residues = blocks.map((block) => embedResidue(block).map((r) => ({ ...r, message: r.kind })));
    // In a translation, a post is usually left as it was posted, while the article around it is
    // translated: a paragraph that differs from its source while the post does not is prose.
    const verbatim = (block: TextBlock) => {
      const source = sourceOf(block);
      return source.length > 0 && squash(source.map((b) => b.text).join(" ")) === squash(block.text);
    };
    const inPost = new Set<number>();
    for (const [n, block] of blocks.entries()) {
      const found = residues[n]!;
      for (const r of found) yield { block, start: r.start, end: r.end, message: r.message, suggestion: "", safe: false };
      const first = found.find((r) => r.message !== "caption");
      // A post ends in its link or its attribution; what comes before, up to the post's length,
      // is the post's text.
      const endsPost = found.some((r) => r.message === "attribution")
        || (first?.message === "link" && residues[n + 1]?.[0]?.message === "attribution" && residues[n + 1]![0]!.start === 0);
      if (!first || !endsPost || inPost.has(n)) continue;
      let budget = POST_LIMIT - postLength(block.text.slice(first.start, found.find((r) => r.message === "link")?.end ?? first.start));
      const own = block.text.slice(0, first.start);
      if (own.trim() !== "") {
        budget -= postLength(own);
        yield { block, start: own.search(/\S/u), end: own.trimEnd().length, message: "text", suggestion: "", safe: false };
      }
      // A post broken over two lines leaves one paragraph before its link. Going further back
      // would take the article's own short paragraphs for the post's; so would taking a
      // paragraph that introduces the post (ends in a colon), quotes someone, or names the
      // post's author, as news does; or one translated where the post was left as posted.
      const previous = blocks[n - 1];
      const author = [...found, ...(residues[n + 1] ?? [])].find((r) => r.name)?.name;
      if (previous && previous.kind !== "heading" && residues[n - 1]!.length === 0 && !inPost.has(n - 1)
        && !/:\s*$/u.test(previous.text) && !QUOTED.test(previous.text) && postLength(previous.text) <= budget
        && !(author && previous.text.includes(author)) && !(verbatim(block) && !verbatim(previous))) {
        inPost.add(n - 1);
        yield { block: previous, start: previous.text.search(/\S/u), end: previous.text.trimEnd().length, message: "text", suggestion: "", safe: false };
      }
    }
  },
});
