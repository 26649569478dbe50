// Preloaded by the benchmark into a process (node -r bench/max-rss.cjs ...): at exit, writes the
// process's peak resident memory in bytes and its CPU time in ms (all its threads, as the kernel
// counts them) to the file named by TDKT_MAX_RSS_FILE, as JSON. CPU time is steadier than wall time
// on a shared machine: other processes delay a run but do not add to its CPU time.
"use strict";
process.on("exit", () => {
  const file = process.env.TDKT_MAX_RSS_FILE;
  if (!file) return;
  const u = process.resourceUsage();
  const cpuMs = (u.userCPUTime + u.systemCPUTime) / 1000;
  require("node:fs").writeFileSync(file, JSON.stringify({ maxRss: u.maxRSS * 1024, cpuMs }));
});
