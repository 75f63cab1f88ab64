import { memo } from "../article/block-memo.js";
import { primaryLanguage } from "../article/language.js";
import { entryFor, perGlossary } from "../glossary/match.js";
import { matchesOf } from "../matches.js";
import { splitSentences } from "../segment/sentences.js";
import type { Alignment, Article, BlockLink, Glossary, SentenceLink, TextBlock } from "../types.js";
import { alignUnits } from "./align.js";
import { featuresOf, fold } from "./features.js";
import { numbersOf } from "../language/numbers.js";

export type AlignArticlesOptions = Readonly<{
  /** What each block is: a paragraph (default), or a sentence, as in one-sentence-per-line files. */
  units?: "paragraphs" | "sentences";
  /**
   * Also link the sentences inside each pair of paragraphs (default true), as `bitext align`
   * reports them. The checks read only the paragraph links: `bitext check` leaves this out.
   */
  sentences?: boolean;
}>;

/** Aligns a translation's blocks with its source's, then (unless told not to) the sentences inside each pair. */
export function alignArticles(source: Article, target: Article, glossary: Glossary, options: AlignArticlesOptions = {}): Alignment {
  const pairs = glossaryPairs(glossary, source.lang, target.lang);
  const sentenceUnits = options.units === "sentences";
  const langs = { sourceLang: primaryLanguage(source.lang), targetLang: primaryLanguage(target.lang) };
  // A source's features are read once, however many translations it is aligned with.
  const units = (a: Article, lang: string) => a.blocks.map((b) => {
    const heading = b.kind === "heading";
    return { text: b.text, heading, features: memo(b, ["features", lang], () => featuresOf(b.text, heading, lang, numbersOf(b, lang, heading || b.text.length <= 24))) };
  });
  const raw = alignUnits(units(source, langs.sourceLang), units(target, langs.targetLang), { pairs, level: sentenceUnits ? "sentence" : "paragraph", ...langs });
  const links: BlockLink[] = raw.map((link) => {
    const s = link.source.map((i) => source.blocks[i]!);
    const t = link.target.map((i) => target.blocks[i]!);
    const sentences = options.sentences !== false && !sentenceUnits && s.length > 0 && t.length > 0 ? alignSentences(s, t, source.lang, target.lang, pairs) : undefined;
    return { source: s, target: t, score: link.score, ...(sentences ? { sentences } : {}) };
  });
  const length = (blocks: readonly TextBlock[]) => blocks.reduce((sum, b) => sum + b.text.length, 0);
  const sourceLength = length(source.blocks);
  return { source, target, links, ratio: sourceLength > 0 ? length(target.blocks) / sourceLength : 1 };
}

/** The sentences of blocks, in order, as [block, start, end]. */
export function sentencesOf(blocks: readonly TextBlock[], lang: string): { block: TextBlock; start: number; end: number }[] {
  return blocks.flatMap((block) => splitSentences(block.text, primaryLanguage(lang)).map((s) => ({ block, ...s })));
}

function alignSentences(s: readonly TextBlock[], t: readonly TextBlock[], sourceLang: string, targetLang: string,
  pairs: ReadonlyMap<string, ReadonlySet<string>>): SentenceLink[] {
  const ss = sentencesOf(s, sourceLang);
  const ts = sentencesOf(t, targetLang);
  if (ss.length === 1 && ts.length === 1) return [{ source: [0], target: [0], score: 1 }];
  const text = (x: { block: TextBlock; start: number; end: number }) => ({ text: x.block.text.slice(x.start, x.end) });
  // Inside one pair the sentences are few and near: lengths, shared words and numbers suffice.
  return alignUnits(ss.map(text), ts.map(text), { pairs, learn: false, cognates: false, sourceLang: primaryLanguage(sourceLang), targetLang: primaryLanguage(targetLang) })
    .map((l) => ({ source: l.source, target: l.target, score: l.score }));
}

const WORD = /[\p{L}\p{M}]{3,}/gu;

/** Glossary terms as word pairs between two languages: Járkov ~ Kharkiv, Київ ~ Kyiv. */
export function glossaryPairs(glossary: Glossary, sourceLang: string, targetLang: string): ReadonlyMap<string, ReadonlySet<string>> {
  return pairsOf(glossary, `${sourceLang}\u0000${targetLang}`);
}

// Made once per glossary and pair of languages, however many articles are aligned.
const pairsOf = perGlossary((glossary, key): ReadonlyMap<string, ReadonlySet<string>> => {
  const [sourceLang, targetLang] = key.split("\u0000") as [string, string];
  const pairs = new Map<string, Set<string>>();
  const words = (phrases: readonly string[]) => phrases.flatMap((p) => matchesOf(WORD, p).map((m) => fold(m[0])));
  for (const term of glossary.terms) {
    const from = entryFor(term, sourceLang);
    const to = entryFor(term, targetLang);
    if (!from || !to) continue;
    const targets = words([to.use, ...to.also, ...to.forms]);
    for (const w of words([from.use, ...from.also, ...from.forms])) {
      let set = pairs.get(w);
      if (!set) pairs.set(w, (set = new Set()));
      for (const t of targets) set.add(t);
    }
  }
  return pairs;
});
