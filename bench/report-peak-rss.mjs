// Preloaded (`node --import`) by `npm run bench -- scale` into the CLI it measures: prints the
// process's peak RSS (getrusage, all threads: the worker's too) as the last stderr line at exit.
process.on('exit', () => { process.stderr.write(`\nnewsgraph-bench peak-rss-kb ${process.resourceUsage().maxRSS}\n`); });
