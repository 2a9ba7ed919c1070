export interface FakeIssue {
  number: number
  title: string
  body: string
  labels: { name: string }[]
  state: 'open' | 'closed'
  state_reason?: string | null
}

type Answer = { status: number; body: unknown }

/**
 * GitHub's issues of one repository, as the drift check uses them: listed by label and state,
 * opened, edited, closed. Numbers are shared with the pull requests' comments (`nextNumber`).
 */
export class FakeIssues {
  readonly list: FakeIssue[] = []
  #next = 100

  constructor(existing: FakeIssue[] = []) {
    this.list.push(...existing.map((i) => ({ ...i })))
  }

  /** The answer for `/issues` and `/issues/{n}` of the repository; undefined for other routes. */
  handle(
    method: string,
    route: string,
    url: URL,
    body: unknown,
    readOnly: boolean,
  ): Answer | undefined {
    const given = (body ?? {}) as Record<string, unknown>
    if (route === '/issues' && method === 'GET') {
      const labels = (url.searchParams.get('labels') ?? '').split(',').filter(Boolean)
      const state = url.searchParams.get('state') ?? 'open'
      const found = this.list.filter(
        (i) =>
          (state === 'all' || i.state === state) &&
          labels.every((l) => i.labels.some((x) => x.name === l)),
      )
      return { status: 200, body: found }
    }
    if (readOnly && method !== 'GET')
      return { status: 403, body: { message: 'Resource not accessible by integration' } }
    if (route === '/issues' && method === 'POST') {
      const issue: FakeIssue = {
        number: this.#next++,
        title: String(given.title ?? ''),
        body: String(given.body ?? ''),
        labels: ((given.labels as string[] | undefined) ?? []).map((name) => ({ name })),
        state: 'open',
      }
      this.list.push(issue)
      return { status: 201, body: issue }
    }
    const edited = /^\/issues\/(\d+)$/.exec(route)
    if (edited && method === 'PATCH') {
      const issue = this.list.find((i) => i.number === Number(edited[1]))
      if (!issue) return { status: 404, body: { message: 'Not Found' } }
      if (typeof given.title === 'string') issue.title = given.title
      if (typeof given.body === 'string') issue.body = given.body
      if (given.state === 'open' || given.state === 'closed') issue.state = given.state
      if (typeof given.state_reason === 'string') issue.state_reason = given.state_reason
      return { status: 200, body: issue }
    }
    return undefined
  }
}
