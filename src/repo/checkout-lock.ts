import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gitDir } from './git.js'

/**
 * One registration run at a time on a checkout: two would read the same records, send the same
 * devices and write their records side by side. The lock is a file in the git folder (never in
 * the working tree) holding the process id; one whose process is gone is taken over.
 */
export async function lockCheckout(root: string): Promise<{ release: () => Promise<void> }> {
  const file = path.join(await gitDir(root), 'autopilot-gitops-register.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, `${process.pid}\n`, { flag: 'wx' })
      return { release: () => rm(file, { force: true }) }
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number.parseInt(await readFile(file, 'utf8').catch(() => ''), 10)
      if (Number.isInteger(holder) && isRunning(holder)) {
        throw new Error(
          `another register run (process ${holder}) is running on this checkout: wait for it to end, then run again. If no such process runs, delete ${file}`,
        )
      }
      // Left by a run that was killed: take it over.
      await rm(file, { force: true })
    }
  }
  throw new Error(
    `could not take the lock ${file}: another run took it at the same moment; run again`,
  )
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
