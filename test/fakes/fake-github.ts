import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { FakeEnvironmentSecrets, type FakeSecretsOptions } from './fake-environment-secrets.js'
import { FakeGitData } from './fake-git-data.js'
import { type FakeIssue, FakeIssues } from './fake-issues.js'

export interface RecordedRequest {
  method: string
  path: string
  authorization: string | undefined
  body: unknown
}

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
}

export interface FakeGitHubOptions {
  /** The files of each pull request, by number, as GitHub lists them. */
  pullRequestFiles?: Record<
    number,
    { filename: string; status: string; previous_filename?: string }[]
  >
  /** A read-only token, as a pull request from a fork gets: writes answer 403. */
  readOnly?: boolean
  /** The files listing answers 500, so the action must fall back to git. */
  failFileListing?: boolean
  /** Comments already on the pull requests, by number. */
  comments?: Record<number, FakeComment[]>
  /** Page size GitHub would use at most; our client asks for 100. */
  maxPerPage?: number
  /** The default branch and the pushed commit at its head: the Git database starts there. */
  git?: { branch: string; headSha: string; protectedBranches?: string[]; moveHeadTimes?: number }
  /** Merged pull requests: which commit each brought, who merged, the reviews. */
  merged?: {
    number: number
    sha: string
    base: string
    mergedBy: string
    /** Who opened it; `author` unless said. */
    author?: string
    reviews: { user: string; state: string }[]
  }[]
  /** The commits of `base...head` ranges, as the compare API lists them. */
  compare?: Record<string, string[]>
  /** Requests whose `METHOD /path <JSON body>` matches get no answer, ever: to kill a run at that point. */
  hang?: RegExp
  /** Requests whose `METHOD /path` matches answer 500: GitHub refusing a commit, a comment, a listing. */
  failRequests?: RegExp
  /**
   * Quote the request in every error's message, as a proxy or a too helpful server might: its
   * method, path and Authorization header (the token).
   */
  echoRequests?: boolean
  /** The repository's environments and who may write their secrets. */
  secrets?: FakeSecretsOptions
  /** Issues already open or closed. */
  issues?: FakeIssue[]
}

/**
 * A GitHub REST API on 127.0.0.1: the routes the action uses, with GitHub's pagination (Link
 * headers) and its answers to a read-only token, recording every request.
 */
export async function startFakeGitHub(options: FakeGitHubOptions = {}) {
  const requests: RecordedRequest[] = []
  const comments = new Map<number, FakeComment[]>(
    Object.entries(options.comments ?? {}).map(([n, list]) => [Number(n), [...list]]),
  )
  let nextId = 1000
  const git = options.git ? new FakeGitData(options.git) : undefined
  await FakeEnvironmentSecrets.ready()
  const secrets = options.secrets ? new FakeEnvironmentSecrets(options.secrets) : undefined
  const issues = new FakeIssues(options.issues)
  let hung: () => void = () => {}
  const hangReached = new Promise<void>((resolve) => {
    hung = resolve
  })
  const server = createServer((req, res) => {
    if (options.echoRequests)
      echoes.set(
        res,
        `request ${req.method} ${req.url} with Authorization: ${req.headers.authorization}`,
      )
    void handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }))
  })
  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const body = await readBody(req)
    requests.push({
      method: req.method ?? '',
      path: `${url.pathname}${url.search}`,
      authorization: req.headers.authorization,
      body,
    })
    if (!req.headers.authorization) return send(res, 401, { message: 'Requires authentication' })
    if (options.failRequests?.test(`${req.method} ${url.pathname}`))
      return send(res, 500, { message: 'Server Error' })
    if (options.hang?.test(`${req.method} ${url.pathname} ${JSON.stringify(body) ?? ''}`)) {
      hung()
      return
    }
    // Octokit encodes the `/` of a ref such as heads/main.
    const repoRoute = decodeURIComponent(
      /^\/repos\/[^/]+\/[^/]+(\/.*)$/.exec(url.pathname)?.[1] ?? '',
    )
    const secretAnswer = secrets?.handle(
      req.method ?? '',
      repoRoute,
      req.headers.authorization,
      body,
    )
    if (secretAnswer) return send(res, secretAnswer.status, secretAnswer.body)
    const issueAnswer = issues.handle(
      req.method ?? '',
      repoRoute,
      url,
      body,
      options.readOnly ?? false,
    )
    if (issueAnswer) return send(res, issueAnswer.status, issueAnswer.body)
    const gitAnswer = git?.handle(req.method ?? '', repoRoute, body)
    if (gitAnswer) {
      if (options.readOnly && req.method !== 'GET')
        return send(res, 403, { message: 'Resource not accessible by integration' })
      return send(res, gitAnswer.status, gitAnswer.body)
    }
    const range = /^\/compare\/([0-9a-f]+\.\.\.[0-9a-f]+)$/.exec(repoRoute)?.[1]
    if (range && req.method === 'GET') {
      // Without a scripted range, the head alone: the fake keeps no history.
      const shas = options.compare?.[range] ?? [range.split('...')[1] ?? '']
      // Oldest first, a page at a time, with the total: as GitHub lists a long range.
      const perPage = Number(url.searchParams.get('per_page') ?? 250)
      const page = Number(url.searchParams.get('page') ?? 1)
      return send(res, 200, {
        total_commits: shas.length,
        commits: shas.slice((page - 1) * perPage, page * perPage).map((sha) => ({ sha })),
      })
    }
    let found = /^\/commits\/([0-9a-f]+)\/pulls$/.exec(repoRoute)
    if (found && req.method === 'GET') {
      const pulls = (options.merged ?? []).filter((p) => p.sha === found?.[1])
      return send(
        res,
        200,
        pulls.map((p) => ({
          number: p.number,
          merged_at: '2026-11-24T10:00:00Z',
          base: { ref: p.base },
        })),
      )
    }
    found = /^\/pulls\/(\d+)(\/reviews)?$/.exec(repoRoute)
    if (found && req.method === 'GET') {
      const pull = (options.merged ?? []).find((p) => p.number === Number(found?.[1]))
      if (!pull) return send(res, 404, { message: 'Not Found' })
      if (found[2]) {
        return page(
          res,
          url,
          pull.reviews.map((r, i) => ({ id: i + 1, user: { login: r.user }, state: r.state })),
        )
      }
      return send(res, 200, {
        number: pull.number,
        merged_by: { login: pull.mergedBy },
        user: { login: pull.author ?? 'author' },
      })
    }
    let match = /^\/repos\/[^/]+\/[^/]+\/pulls\/(\d+)\/files$/.exec(url.pathname)
    if (match && req.method === 'GET') {
      if (options.failFileListing) return send(res, 500, { message: 'Server Error' })
      return page(res, url, options.pullRequestFiles?.[Number(match[1])] ?? [])
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname)
    if (match) {
      const list = comments.get(Number(match[1])) ?? []
      comments.set(Number(match[1]), list)
      if (req.method === 'GET') return page(res, url, list)
      if (req.method === 'POST') {
        if (options.readOnly)
          return send(res, 403, { message: 'Resource not accessible by integration' })
        const comment = {
          id: nextId++,
          body: (body as { body: string }).body,
          user: { login: 'github-actions[bot]', type: 'Bot' },
        }
        list.push(comment)
        return send(res, 201, comment)
      }
    }
    match = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname)
    if (match && req.method === 'PATCH') {
      if (options.readOnly)
        return send(res, 403, { message: 'Resource not accessible by integration' })
      const comment = [...comments.values()].flat().find((c) => c.id === Number(match?.[1]))
      if (!comment) return send(res, 404, { message: 'Not Found' })
      comment.body = (body as { body: string }).body
      return send(res, 200, comment)
    }
    send(res, 404, {
      message: `Not Found: the fake has no route for ${req.method} ${url.pathname}`,
    })
  }
  function page(res: ServerResponse, url: URL, items: readonly unknown[]) {
    const perPage = Math.min(
      Number(url.searchParams.get('per_page') ?? 30),
      options.maxPerPage ?? 100,
    )
    const number = Number(url.searchParams.get('page') ?? 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (n: number) => {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(n))
      return `<${baseUrl()}${next.pathname}${next.search}>`
    }
    const links =
      number < last ? [`${link(number + 1)}; rel="next"`, `${link(last)}; rel="last"`] : []
    send(
      res,
      200,
      items.slice((number - 1) * perPage, number * perPage),
      links.length ? { link: links.join(', ') } : {},
    )
  }
  function baseUrl() {
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: baseUrl(),
    requests,
    git,
    secrets,
    issues: issues.list,
    /** Resolves when a request matching `hang` has arrived. */
    hangReached,
    comments: (pr: number) => comments.get(pr) ?? [],
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

/** The request each answer quotes in an error's message (echoRequests). */
const echoes = new WeakMap<ServerResponse, string>()

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  const echo = status >= 400 ? echoes.get(res) : undefined
  const message = (body as { message?: unknown } | undefined)?.message
  const answer =
    echo && typeof message === 'string'
      ? { ...(body as object), message: `${message} (${echo})` }
      : body
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(answer))
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : undefined
}
