import { describe, expect, it } from 'vitest'
import type { CustomerProgress, RegistrationProgress } from '../../src/context/run-context.js'
import { duration, type ProgressClock, progressDisplay } from '../../src/report/progress-display.js'

/** A clock whose time moves only when the test says, running the timers that fall due on the way. */
function fakeClock() {
  let now = 0
  const timers: { everyMs: number; next: number; tick: () => void; stopped: boolean }[] = []
  const clock: ProgressClock = {
    now: () => now,
    every(everyMs, tick) {
      const timer = { everyMs, next: now + everyMs, tick, stopped: false }
      timers.push(timer)
      return () => {
        timer.stopped = true
      }
    },
  }
  const advance = (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = timers
        .filter((t) => !t.stopped && t.next <= end)
        .sort((a, b) => a.next - b.next)[0]
      if (!due) break
      now = due.next
      due.next += due.everyMs
      due.tick()
    }
    now = end
  }
  return { clock, advance, now: () => now, running: () => timers.filter((t) => !t.stopped).length }
}

function customer(slug: string, devices: number, processed: number): CustomerProgress {
  return {
    slug,
    groupTag: 'Microsoft365Managed_Autopilot',
    devices,
    sent: devices,
    processed,
    pending: devices - processed,
  }
}

function setUp(terminal?: { columns: () => number }) {
  const time = fakeClock()
  const writes: string[] = []
  const display = progressDisplay({ clock: time.clock, terminal, write: (t) => writes.push(t) })
  const update = (customers: CustomerProgress[]) => {
    const progress: RegistrationProgress = { elapsedMs: time.now(), customers }
    display.update(progress)
  }
  return { ...time, writes, display, update }
}

describe('the progress display without a terminal (a CI log)', () => {
  it('writes one line at once, then one every 30 s however often the standing changes, then the last', () => {
    const { writes, display, update, advance, running } = setUp()
    update([customer('contoso', 1000, 0), customer('fabrikam', 500, 0)])
    // An update every 5 s for two minutes; each line shows the latest standing when it falls due.
    for (let s = 5; s <= 120; s += 5) {
      advance(5_000)
      update([customer('contoso', 1000, s * 5), customer('fabrikam', 500, Math.min(500, s * 5))])
    }
    advance(3_000)
    display.finish()
    expect(writes).toEqual([
      'Waiting for Partner Center, 0s: contoso 1,000 of 1,000 sent, 0 processed, 1,000 pending; fabrikam 500 of 500 sent, 0 processed, 500 pending\n',
      'Waiting for Partner Center, 30s: contoso 1,000 of 1,000 sent, 125 processed, 875 pending; fabrikam 500 of 500 sent, 125 processed, 375 pending\n',
      'Waiting for Partner Center, 1m 00s: contoso 1,000 of 1,000 sent, 275 processed, 725 pending; fabrikam 500 of 500 sent, 275 processed, 225 pending\n',
      'Waiting for Partner Center, 1m 30s: contoso 1,000 of 1,000 sent, 425 processed, 575 pending; fabrikam 500 of 500 sent, 425 processed, 75 pending\n',
      'Waiting for Partner Center, 2m 00s: contoso 1,000 of 1,000 sent, 575 processed, 425 pending; fabrikam 500 of 500 sent, 500 processed, 0 pending\n',
      'Partner Center, 2m 03s: contoso 1,000 of 1,000 sent, 600 processed, 400 pending; fabrikam 500 of 500 sent, 500 processed, 0 pending\n',
    ])
    expect(running()).toBe(0)
  })

  it('keeps a line every 30 s while nothing changes (a run can wait 30 minutes), and passes log lines through', () => {
    const { writes, display, update, advance } = setUp()
    update([customer('contoso', 2, 0)])
    advance(65_000)
    display.log('contoso: upload 1 still processing')
    advance(30_000)
    expect(writes).toEqual([
      'Waiting for Partner Center, 0s: contoso 2 of 2 sent, 0 processed, 2 pending\n',
      'Waiting for Partner Center, 30s: contoso 2 of 2 sent, 0 processed, 2 pending\n',
      'Waiting for Partner Center, 1m 00s: contoso 2 of 2 sent, 0 processed, 2 pending\n',
      'contoso: upload 1 still processing\n',
      'Waiting for Partner Center, 1m 30s: contoso 2 of 2 sent, 0 processed, 2 pending\n',
    ])
    expect(writes.join('')).not.toContain('\x1b')
  })

  it('writes nothing, and starts no timer, when it was never told anything', () => {
    const { writes, display, running } = setUp()
    display.finish()
    display.finish()
    expect(writes).toEqual([])
    expect(running()).toBe(0)
  })
})

describe('the progress display on a terminal', () => {
  const ERASE_3 = '\r\x1b[3A\x1b[J'

  it('redraws its lines in place on each change and each second, and leaves the last standing', () => {
    const { writes, display, update, advance, running } = setUp({ columns: () => 100 })
    update([customer('contoso', 1000, 0), customer('fab', 5, 0)])
    expect(writes).toEqual([
      'Waiting for Partner Center, 0s:\n  contoso  1,000 of 1,000 sent, 0 processed, 1,000 pending\n  fab      5 of 5 sent, 0 processed, 5 pending\n',
    ])
    advance(1_000)
    expect(writes[1]).toBe(
      `${ERASE_3}Waiting for Partner Center, 1s:\n  contoso  1,000 of 1,000 sent, 0 processed, 1,000 pending\n  fab      5 of 5 sent, 0 processed, 5 pending\n`,
    )
    advance(500)
    update([customer('contoso', 1000, 400), customer('fab', 5, 5)])
    expect(writes[2]).toBe(
      `${ERASE_3}Waiting for Partner Center, 1s:\n  contoso  1,000 of 1,000 sent, 400 processed, 600 pending\n  fab      5 of 5 sent, 5 processed, 0 pending\n`,
    )
    display.log('contoso: uploaded 1000 device(s)')
    expect(writes[3]).toBe(`${ERASE_3}contoso: uploaded 1000 device(s)\n`)
    expect(writes[4]?.startsWith('Waiting for Partner Center, 1s:\n')).toBe(true)
    advance(62_000)
    expect(writes).toHaveLength(5 + 62)
    display.finish()
    expect(writes.at(-1)).toBe(
      `${ERASE_3}Partner Center, 1m 03s:\n  contoso  1,000 of 1,000 sent, 400 processed, 600 pending\n  fab      5 of 5 sent, 5 processed, 0 pending\n`,
    )
    expect(running()).toBe(0)
    // Below the last standing, which stays on the screen.
    display.log('Record: customers/contoso/registrations/x.json')
    expect(writes.at(-1)).toBe('Record: customers/contoso/registrations/x.json\n')
  })

  it('cuts lines to the terminal width (a wrapped line would break the redraw) and adds up the customers past ten', () => {
    const { writes, update } = setUp({ columns: () => 41 })
    const many = Array.from({ length: 12 }, (_, i) => customer(`customer-${i + 1}`, 10, i))
    update(many)
    const lines = (writes[0] ?? '').split('\n').slice(0, -1)
    expect(lines).toHaveLength(11)
    expect(lines.every((line) => line.length <= 40)).toBe(true)
    expect(lines[1]).toBe('  customer-1  10 of 10 sent, 0 processe…')
    expect(lines[10]).toBe('  3 more customers: 30 of 30 sent, 30 p…')
  })

  it('shows a folder name with control characters escaped', () => {
    const { writes, update } = setUp({ columns: () => 200 })
    update([customer('evil\x1b[2Jname', 1, 0)])
    expect(writes[0]).toContain('evil\\u001b[2Jname')
  })
})

describe('duration', () => {
  it.each([
    [0, '0s'],
    [59_999, '59s'],
    [60_000, '1m 00s'],
    [30 * 60_000 + 5_000, '30m 05s'],
    [3_600_000 + 2 * 60_000 + 9_000, '1h 02m 09s'],
  ])('%d ms is %s', (ms, text) => {
    expect(duration(ms)).toBe(text)
  })
})
