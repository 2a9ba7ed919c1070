/** Below this many bytes of CSV, starting workers costs more than it saves. */
export const WORKER_THRESHOLD_BYTES = 24 * 1024 * 1024

/**
 * A worker holds one file's rows at a time, so a small young generation is enough; V8's default
 * lets each worker's heap swell for no speed. One comparison at 100,000 devices: peak RSS 263 MB
 * with the default, 208 MB with 8 (run-to-run noise on this kind of machine is some 50 MB); 4 for
 * these workers and the CLI's engine worker, 3 runs each way: 200–214 MB against 212–228 MB, in
 * the same 2.1–2.2 s.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 4 }
