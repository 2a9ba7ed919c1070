// Preloaded into each timed process: reports its peak resident memory (all threads) on exit.
import { writeSync } from 'node:fs'

process.on('exit', () => {
  writeSync(2, `\nBENCH_MAX_RSS_KB=${process.resourceUsage().maxRSS}\n`)
})
