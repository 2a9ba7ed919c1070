import type { CustomerProgress, RegistrationProgress } from '../context/run-context.js'
import { oneLine } from '../findings/finding.js'
import { type Say, sayer } from '../messages/catalogue.js'

export interface ProgressClock {
  now(): number
  /** Calls `tick` every `ms` until the function it returns is called. */
  every(ms: number, tick: () => void): () => void
}

export interface ProgressDisplayOptions {
  clock: ProgressClock
  /** Set when the output is a terminal: the lines are redrawn in place, cut to its width. */
  terminal?: { columns: () => number } | undefined
  write: (text: string) => void
  /** The run's language; English by default. */
  say?: Say
}

/**
 * Where `register` shows each customer's standing while it waits for Partner Center. Its
 * functions may be handed on alone (`progress: display.update`).
 */
export interface ProgressDisplay {
  /** For RunContext.progress. */
  update(progress: RegistrationProgress): void
  /** For RunContext.log: on a terminal the line goes above the lines being redrawn. */
  log(message: string): void
  /** Writes the last standing, once, whatever the throttle, and stops the timer. */
  finish(): void
}

/** Without a terminal (a CI log, a file): one line this often, however often the standing changes. */
export const LINE_EVERY_MS = 30_000
const TICK_MS = 1_000
/** On a terminal, the customers listed one a line; the others are added up on one more. */
const MOST_LINES = 10

export function progressDisplay(options: ProgressDisplayOptions): ProgressDisplay {
  const { clock, terminal, write } = options
  const say = options.say ?? sayer('en')
  const WAITING = say('cli.progress.waiting')
  const DONE = say('cli.progress.done')
  let latest: { progress: RegistrationProgress; at: number } | undefined
  let stopTicking: (() => void) | undefined
  let drawnLines = 0
  let lineAt = Number.NEGATIVE_INFINITY
  let finished = false

  const elapsedMs = () => (latest ? latest.progress.elapsedMs + clock.now() - latest.at : 0)
  // Back to the first line drawn, and everything from there down erased.
  const erase = () => (drawnLines > 0 ? `\r\x1b[${drawnLines}A\x1b[J` : '')
  const draw = (heading: string) => {
    if (!latest || !terminal) return
    const width = Math.max(terminal.columns() - 1, 20)
    const lines = terminalLines(heading, elapsedMs(), latest.progress.customers, say)
    write(`${erase()}${lines.map((line) => `${cut(line, width)}\n`).join('')}`)
    drawnLines = lines.length
  }
  const writeLine = (heading: string) => {
    if (!latest) return
    write(`${oneLineStanding(heading, elapsedMs(), latest.progress.customers, say)}\n`)
    lineAt = clock.now()
  }
  const show = () => {
    if (terminal) draw(WAITING)
    else if (clock.now() - lineAt >= LINE_EVERY_MS) writeLine(WAITING)
  }

  return {
    update(progress) {
      if (finished) return
      latest = { progress, at: clock.now() }
      stopTicking ??= clock.every(TICK_MS, show)
      show()
    },
    log(given) {
      // A log line quotes slugs and what services said: one line, its controls escaped.
      const message = oneLine(given)
      if (!terminal || finished || drawnLines === 0) return write(`${message}\n`)
      write(`${erase()}${message}\n`)
      drawnLines = 0
      draw(WAITING)
    },
    finish() {
      if (finished) return
      finished = true
      stopTicking?.()
      if (terminal) draw(DONE)
      else writeLine(DONE)
      drawnLines = 0
    },
  }
}

function terminalLines(
  heading: string,
  elapsedMs: number,
  customers: readonly CustomerProgress[],
  say: Say,
): string[] {
  const shown = customers.length > MOST_LINES ? customers.slice(0, MOST_LINES - 1) : customers
  const rest = customers.slice(shown.length)
  const label = labels(customers)
  const width = Math.max(...shown.map((c) => label(c).length))
  const lines = shown.map((c) => `  ${label(c).padEnd(width)}  ${standing(c, say)}`)
  if (rest.length > 0)
    lines.push(
      `  ${say('cli.progress.more', { customers: rest.length, standing: standing(total(rest), say) })}`,
    )
  return [say('cli.progress.heading', { heading, duration: duration(elapsedMs) }), ...lines]
}

function oneLineStanding(
  heading: string,
  elapsedMs: number,
  customers: readonly CustomerProgress[],
  say: Say,
): string {
  const label = labels(customers)
  const each = customers.map((c) => `${label(c)} ${standing(c, say)}`).join('; ')
  return say('cli.progress.line', { heading, duration: duration(elapsedMs), each })
}

function standing(
  c: Pick<CustomerProgress, 'devices' | 'sent' | 'processed' | 'pending'>,
  say: Say,
): string {
  const { devices, sent, processed, pending } = c
  return say('cli.progress.standing', { devices, sent, processed, pending })
}

function total(customers: readonly CustomerProgress[]) {
  const sum = (key: 'devices' | 'sent' | 'processed' | 'pending') =>
    customers.reduce((n, c) => n + c[key], 0)
  return {
    devices: sum('devices'),
    sent: sum('sent'),
    processed: sum('processed'),
    pending: sum('pending'),
  }
}

/**
 * Each customer by its slug, and a customer sending under several tags by slug and tag. Both
 * are the partner's: shown with their control characters escaped.
 */
function labels(customers: readonly CustomerProgress[]): (c: CustomerProgress) => string {
  const seen = new Map<string, number>()
  for (const c of customers) seen.set(c.slug, (seen.get(c.slug) ?? 0) + 1)
  return (c) => oneLine((seen.get(c.slug) ?? 0) > 1 ? `${c.slug} (${c.groupTag})` : c.slug)
}

function cut(line: string, width: number): string {
  return line.length <= width ? line : `${line.slice(0, width - 1)}…`
}

/** `45s`, `12m 05s`, `1h 02m 05s`. */
export function duration(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000))
  const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60]
  const two = (n: number) => String(n).padStart(2, '0')
  if (h > 0) return `${h}h ${two(m)}m ${two(s)}s`
  if (m > 0) return `${m}m ${two(s)}s`
  return `${s}s`
}

/** The real clock: a timer that never holds the process open on its own. */
export const SYSTEM_CLOCK: ProgressClock = {
  now: Date.now,
  every(ms, tick) {
    const timer = setInterval(tick, ms)
    timer.unref()
    return () => clearInterval(timer)
  },
}
