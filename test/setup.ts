import { afterAll } from 'vitest'
import { captured, SECRETS } from './helpers/secrets.js'

// Everything the tests write, and everything they capture from the bundles they run, is scanned
// for secrets and tokens; only the runner's ::add-mask:: command may name one, to mask it.
for (const stream of [process.stdout, process.stderr]) {
  const write = stream.write.bind(stream) as (chunk: unknown, ...rest: unknown[]) => boolean
  stream.write = ((chunk: unknown, ...rest: unknown[]) => {
    captured.push(String(chunk))
    return write(chunk, ...rest)
  }) as typeof stream.write
}

for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
  const original = console[method].bind(console)
  console[method] = (...args: unknown[]) => {
    captured.push(args.map(String).join(' '))
    original(...args)
  }
}

afterAll(() => {
  const leaks = captured
    .flatMap((text) => text.split('\n'))
    .filter((line) => !line.startsWith('::add-mask::'))
    .filter((line) => SECRETS.some((secret) => line.includes(secret)))
  if (leaks.length > 0)
    throw new Error(`a secret or token appeared in captured output: ${leaks.length} line(s)`)
})
