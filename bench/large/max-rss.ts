// Loaded with --import into a bitext run: reports the process's peak resident memory at exit.
process.on("exit", () => {
  process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
