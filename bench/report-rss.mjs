// Preloaded into each timed process: reports its peak resident memory (all threads) on exit.
// On Linux that is VmHWM, the high-water mark of this program's own memory. getrusage's maxRSS
// is not: a spawned process starts as a copy of its parent, and the kernel keeps that copy's
// peak as the child's own past the exec. A bench runner holding the last run's 60 MB of output
// (some 300 MB resident) made a run of ours read 295 MB, whatever the run itself used.
import { readFileSync, writeSync } from 'node:fs'

function peakKb() {
  try {
    const kb = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1]
    if (kb !== undefined) return Number(kb)
  } catch {
    // No /proc (macOS): getrusage's figure.
  }
  return process.resourceUsage().maxRSS
}

process.on('exit', () => {
  writeSync(2, `\nBENCH_MAX_RSS_KB=${peakKb()}\n`)
})
