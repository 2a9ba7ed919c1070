/**
 * How many file-system calls a reader keeps in flight. Each call is a round trip to libuv's
 * threads; awaited one after another, 10,000 small customer folders spend their time waiting.
 */
export const FILE_CALLS_IN_FLIGHT = 32

/**
 * `work` over every item, at most `limit` at a time, the results in the items' order. The first
 * failure rejects the whole, as a loop of awaits would.
 */
export async function mapInParallel<T, R>(
  items: readonly T[],
  work: (item: T, index: number) => Promise<R>,
  limit = FILE_CALLS_IN_FLIGHT,
): Promise<R[]> {
  const results: R[] = new Array(items.length)
  let next = 0
  const lane = async () => {
    while (next < items.length) {
      const index = next++
      results[index] = await work(items[index] as T, index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
  return results
}

/** A gate that lets at most `limit` tasks run at once; for work that recurses, unlike a map. */
export function gate(limit = FILE_CALLS_IN_FLIGHT): <R>(task: () => Promise<R>) => Promise<R> {
  let running = 0
  const waiting: Array<() => void> = []
  return async (task) => {
    // A finishing task hands its place to the first waiter, so no newcomer slips in between.
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await task()
    } finally {
      const first = waiting.shift()
      if (first) first()
      else running--
    }
  }
}
