import { createHash } from 'node:crypto'

interface FakeCommit {
  sha: string
  tree: string
  parents: string[]
  message: string
}

/**
 * GitHub's Git database API in memory: refs, commits and trees of whole files (path → text),
 * with GitHub's answers to a non-fast-forward update and to a protected branch.
 */
export class FakeGitData {
  readonly refs = new Map<string, string>()
  readonly commits = new Map<string, FakeCommit>()
  readonly trees = new Map<string, Map<string, string>>()
  readonly pulls: {
    number: number
    head: string
    base: string
    title: string
    body: string
    merged?: boolean
  }[] = []
  private counter = 0

  constructor(
    private readonly options: {
      branch: string
      headSha: string
      protectedBranches?: string[]
      /** The branch moves (someone else pushes) this many times, each just before an update of it. */
      moveHeadTimes?: number
    },
  ) {
    this.trees.set('empty-tree', new Map())
    this.commits.set(options.headSha, {
      sha: options.headSha,
      tree: 'empty-tree',
      parents: [],
      message: 'the pushed commit',
    })
    this.refs.set(`heads/${options.branch}`, options.headSha)
  }

  /** Answers a Git database route, or undefined when the route is not one of them. */
  handle(
    method: string,
    route: string,
    body: unknown,
  ): { status: number; body: unknown } | undefined {
    const b = (body ?? {}) as Record<string, unknown>
    let m = /^\/git\/ref\/(.+)$/.exec(route)
    if (m && method === 'GET') {
      const sha = this.refs.get(m[1] ?? '')
      return sha
        ? { status: 200, body: { ref: `refs/${m[1]}`, object: { sha, type: 'commit' } } }
        : { status: 404, body: { message: 'Not Found' } }
    }
    m = /^\/git\/commits\/([0-9a-f]+)$/.exec(route)
    if (m && method === 'GET') {
      const commit = this.commits.get(m[1] ?? '')
      return commit
        ? {
            status: 200,
            body: {
              ...commit,
              tree: { sha: commit.tree },
              parents: commit.parents.map((sha) => ({ sha })),
            },
          }
        : { status: 404, body: { message: 'Not Found' } }
    }
    if (route === '/git/trees' && method === 'POST') {
      const base = this.trees.get(String(b.base_tree)) ?? new Map<string, string>()
      const tree = new Map(base)
      for (const entry of b.tree as { path: string; content: string }[])
        tree.set(entry.path, entry.content)
      const sha = this.newSha('tree')
      this.trees.set(sha, tree)
      return { status: 201, body: { sha } }
    }
    if (route === '/git/commits' && method === 'POST') {
      const sha = this.newSha('commit')
      this.commits.set(sha, {
        sha,
        tree: String(b.tree),
        parents: b.parents as string[],
        message: String(b.message),
      })
      return { status: 201, body: { sha } }
    }
    m = /^\/git\/refs\/(.+)$/.exec(route)
    if (m && method === 'PATCH') return this.updateRef(m[1] ?? '', String(b.sha), b.force === true)
    if (route === '/git/refs' && method === 'POST') {
      const ref = String(b.ref).replace(/^refs\//, '')
      if (this.refs.has(ref)) return { status: 422, body: { message: 'Reference already exists' } }
      this.refs.set(ref, String(b.sha))
      return { status: 201, body: { ref: `refs/${ref}`, object: { sha: b.sha } } }
    }
    if (route === '/pulls' && method === 'GET') {
      const open = this.pulls.filter((p) => !p.merged)
      return {
        status: 200,
        body: open.map((p) => ({ number: p.number, head: { ref: p.head }, base: { ref: p.base } })),
      }
    }
    if (route === '/pulls' && method === 'POST') {
      const number = 100 + this.pulls.length
      this.pulls.push({
        number,
        head: String(b.head),
        base: String(b.base),
        title: String(b.title),
        body: String(b.body),
      })
      return { status: 201, body: { number, html_url: `https://github.example/pull/${number}` } }
    }
    return undefined
  }

  /** The files at a branch's head. */
  filesAt(branch: string): Map<string, string> {
    const sha = this.refs.get(`heads/${branch}`) ?? ''
    return this.trees.get(this.commits.get(sha)?.tree ?? '') ?? new Map()
  }

  commitAt(branch: string): FakeCommit | undefined {
    return this.commits.get(this.refs.get(`heads/${branch}`) ?? '')
  }

  /** Someone else pushes to the branch: a new commit with a file of its own. */
  pushElsewhere(branch: string): void {
    const head = this.commitAt(branch)
    if (!head) return
    const tree = new Map(this.trees.get(head.tree))
    tree.set(`other-${this.counter}.txt`, 'pushed meanwhile\n')
    const treeSha = this.newSha('tree')
    this.trees.set(treeSha, tree)
    const sha = this.newSha('commit')
    this.commits.set(sha, { sha, tree: treeSha, parents: [head.sha], message: 'pushed meanwhile' })
    this.refs.set(`heads/${branch}`, sha)
  }

  private updateRef(ref: string, sha: string, force: boolean) {
    const branch = ref.replace(/^heads\//, '')
    if (this.options.protectedBranches?.includes(branch)) {
      return {
        status: 422,
        body: { message: `Protected branch update failed for refs/heads/${branch}.` },
      }
    }
    if ((this.options.moveHeadTimes ?? 0) > 0) {
      this.options.moveHeadTimes = (this.options.moveHeadTimes ?? 0) - 1
      this.pushElsewhere(branch)
    }
    const current = this.refs.get(ref)
    const commit = this.commits.get(sha)
    if (!commit) return { status: 422, body: { message: 'Object does not exist' } }
    if (!force && current && !commit.parents.includes(current)) {
      return { status: 422, body: { message: 'Update is not a fast forward' } }
    }
    this.refs.set(ref, sha)
    return { status: 200, body: { ref: `refs/${ref}`, object: { sha } } }
  }

  private newSha(kind: string): string {
    this.counter += 1
    return createHash('sha1').update(`${kind} ${this.counter}`).digest('hex')
  }
}
