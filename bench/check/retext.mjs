// The retext pipeline npm run bench:check compares bitext with: retext-quotes,
// retext-repeated-words and retext-sentence-spacing over each file named in the list file
// (argv[2]), as one process, start-up included. Prints how many files and messages.
import { readFileSync } from "node:fs";
import retextLatin from "retext-latin";
import retextQuotes from "retext-quotes";
import retextRepeatedWords from "retext-repeated-words";
import retextSentenceSpacing from "retext-sentence-spacing";
import { unified } from "unified";
import { VFile } from "vfile";

const processor = unified().use(retextLatin).use(retextQuotes).use(retextRepeatedWords).use(retextSentenceSpacing);
const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let messages = 0;
for (const path of files) {
  const file = new VFile({ path, value: readFileSync(path, "utf8") });
  await processor.run(processor.parse(file), file);
  messages += file.messages.length;
}
console.log(JSON.stringify({ files: files.length, messages }));
