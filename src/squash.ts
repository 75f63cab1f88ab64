/** Text with every run of white space as one space: what a reader sees of a paragraph. */
export const squash = (text: string): string => text.replace(/\s+/gu, " ").trim();
