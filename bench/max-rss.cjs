// Preloaded by the benchmark into a CLI process (node -r bench/max-rss.cjs ...): at exit, writes the
// process's peak resident memory (all its threads) in bytes to the file named by TDKT_MAX_RSS_FILE.
"use strict";
process.on("exit", () => {
  const file = process.env.TDKT_MAX_RSS_FILE;
  if (file) require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
});
