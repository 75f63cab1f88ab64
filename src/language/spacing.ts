// Spacing the rules of text/whitespace look for, and one scan that tells whether a paragraph
// may hold any of it.

const DOUBLE = /(?<=\S)[ \t\u00A0\u202F]{2,}(?=\S)|\t/gu;
const EDGE = /^[ \t]+|[ \t]+$/gu;
// A space before , . ; : ! ? that ends a clause (". NET" and " .5" are left alone).
const BEFORE_PUNCT = /(?<=[\p{L}\p{N}”’“»«)\]])[ \t]+([,.;:!?])(?=$|[\s”’»)\]"])/gu;
const BEFORE_COMMA = /(?<=[\p{L}\p{N}”’“»«)\]])[ \t]+([,.])(?=$|[\s”’»)\]"])/gu;
const INSIDE_BRACKETS = /[([¿¡][ \t]+|[ \t]+[)\]]/gu;
// French: a (no-break) space before ; : ! ? — "Pourquoi ?" — not in "14:30" or "https://".
const FRENCH_TIGHT = /(?<=[\p{L}\p{N}»)])([;:!?]+)(?=$|[\s”»)"])/gu;
// What a block must hold for any pattern above to match, found in one scan with no look-behind
// (each look-behind is tried at every character): two spaces or a tab, a space at either end,
// before punctuation or a closing bracket, or after an opening one. Most paragraphs hold none.
const ANY = /[ \t\u00A0\u202F]{2}|\t|^[ \t]|[ \t]$|[ \t][,.;:!?)\]]|[([¿¡][ \t]/u;
const FRENCH_MARK = /[;:!?]/u;

/** The patterns, by name. */
export const WHITESPACE_PATTERNS = { DOUBLE, EDGE, BEFORE_PUNCT, BEFORE_COMMA, INSIDE_BRACKETS, FRENCH_TIGHT } as const;

/** Whether any pattern but FRENCH_TIGHT may match the text. */
export const mayMatch = (text: string): boolean => ANY.test(text);

/** Whether FRENCH_TIGHT may match the text (asked of French text alone). */
export const mayMatchFrench = (text: string): boolean => FRENCH_MARK.test(text);

