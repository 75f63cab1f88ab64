// saxes words its errors "line:column: what"; bitext's messages give the line themselves, so only
// the "what" is kept, and an undefined entity is named, as saxes does not.

/** What went wrong, from a saxes error raised with the parser `position` chars into `text`. */
export function xmlErrorReason(error: Error, text: string, position: number): string {
  const reason = error.message.replace(/^(?:[^:]*:)?\d+:\d+: /u, "");
  if (!reason.startsWith("undefined entity")) return reason;
  const name = /&([^\s&;<]+);$/u.exec(text.slice(0, position))?.[1];
  return name ? `undefined entity &${name}; (XML knows only &amp; &lt; &gt; &quot; &apos;: write the character itself)` : reason;
}
