/**
 * The global `--lang en|fr`, taken out of the arguments wherever it stands before a `--` (before
 * the command's name or among its own options; `--lang fr` or `--lang=fr`), so that no command
 * has to know it. `given` is the value as typed, checked by the caller; `''` when the option came
 * without one. The launcher (src/cli.ts) uses this too: it holds nothing else of the messages.
 */
export function takeLanguage(argv: readonly string[]): { given?: string; rest: string[] } {
  const rest: string[] = []
  let given: string | undefined
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--') {
      rest.push(...argv.slice(i))
      break
    }
    if (arg === '--lang') {
      given = argv[i + 1] ?? ''
      i++
    } else if (arg.startsWith('--lang=')) given = arg.slice('--lang='.length)
    else rest.push(arg)
  }
  return given === undefined ? { rest } : { given, rest }
}
