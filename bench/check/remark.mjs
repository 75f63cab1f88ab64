// The bare Markdown parse npm run bench:check sets beside bitext's Markdown figure: unified +
// remark-parse with GFM and front matter, as bitext parses, over each file named in the list
// file (argv[2]), as one process, start-up included. Prints how many files and nodes.
import { readFileSync } from "node:fs";
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter);
const files = readFileSync(process.argv[2], "utf8").split("\n").filter(Boolean);
let nodes = 0;
for (const path of files) nodes += processor.parse(readFileSync(path, "utf8")).children.length;
console.log(JSON.stringify({ files: files.length, nodes }));
