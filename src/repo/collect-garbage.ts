/**
 * A full garbage collection now, in the CLI's engine worker (src/cli.ts exposes `gc` to it); a
 * no-op anywhere else. Called where a large run's phase ends and lets go of what it held. Left to
 * itself, V8 collects the old generation only once it has grown to some multiple of what was live
 * at the last collection, so a run that builds 150,000 rows, then as many ledger states, then as
 * many planned devices, peaks on the garbage of the phases before: `npm run bench -- --scale`,
 * 10,000 customers × 10 devices 262 to 216 MB, a record of 150,000 devices 359 to 306 MB, for
 * 10 to 60 ms a collection (some 150 ms of a 4 s run).
 */
export function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (typeof gc === 'function') gc()
}
