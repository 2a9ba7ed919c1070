// What the launcher (src/cli.ts) reads of a command line before it starts the engine: nothing
// here says a word to anyone, so the launcher's bundle carries no message catalogue.

/** Whether the arguments ask for help (before a `--` that ends the options). */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--')
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

export const FORMAT_OPTION = { format: { type: 'string' } } as const
export const PLAN_OPTIONS = { ...FORMAT_OPTION, base: { type: 'string' } } as const
