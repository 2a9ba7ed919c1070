import path from 'node:path'
import type { ChangedFile } from './git.js'

/** The checkout's folder relative to the repository's top level, with `/`; '' at the top. */
export function checkoutPrefix(topLevel: string, root: string): string {
  return path.relative(topLevel, root).split(path.sep).join('/')
}

/** A path in the checkout as the repository's top level names it: changesInRoot's inverse. */
export function fromTopLevel(prefix: string, file: string): string {
  return prefix === '' ? file : `${prefix}/${file}`
}

/** Keeps the changes inside the checkout (`prefix` from the repository's top level), with paths relative to it. */
export function changesInRoot(files: readonly ChangedFile[], prefix: string): ChangedFile[] {
  if (prefix === '') return [...files]
  const inside = (p: string | undefined) => p?.startsWith(`${prefix}/`) ?? false
  return files
    .filter((f) => inside(f.path) || inside(f.previousPath))
    .map((f) => ({
      ...f,
      path: inside(f.path) ? f.path.slice(prefix.length + 1) : f.path,
      ...(f.previousPath && inside(f.previousPath)
        ? { previousPath: f.previousPath.slice(prefix.length + 1) }
        : {}),
    }))
}
