import { describe, expect, it } from 'vitest'
import { gate, mapInParallel } from '../../src/repo/in-parallel.js'

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('mapInParallel', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0
    let most = 0
    const results = await mapInParallel(
      Array.from({ length: 40 }, (_, i) => i),
      async (n) => {
        running++
        most = Math.max(most, running)
        await tick((n * 7) % 5)
        running--
        return n * n
      },
      6,
    )
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => i * i))
    expect(most).toBe(6)
  })

  it('rejects with the first failure, as a loop of awaits would', async () => {
    await expect(
      mapInParallel([1, 2, 3], async (n) => {
        if (n === 2) throw new Error('two failed')
        return n
      }),
    ).rejects.toThrow('two failed')
  })

  it('gives an empty list for no items', async () => {
    expect(await mapInParallel([], async () => 1)).toEqual([])
  })
})

describe('gate', () => {
  it('lets no newcomer past a full gate, even as a task hands its place on', async () => {
    const inside = gate(2)
    let running = 0
    let most = 0
    const task = async () => {
      running++
      most = Math.max(most, running)
      await tick(1)
      running--
    }
    // Tasks that start tasks of their own, as the folder walk does.
    await Promise.all(Array.from({ length: 20 }, () => inside(task).then(() => inside(task))))
    expect(most).toBe(2)
    expect(running).toBe(0)
  })

  it('gives its place back when a task fails', async () => {
    const inside = gate(1)
    await expect(inside(async () => Promise.reject(new Error('no')))).rejects.toThrow('no')
    expect(await inside(async () => 'next')).toBe('next')
  })
})
