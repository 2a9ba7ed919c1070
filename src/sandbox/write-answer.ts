import type { ServerResponse } from 'node:http'

/**
 * Writes an answer: JSON, after a UTF-8 byte order mark when `bom` (as Partner Center does); a
 * string as plain text (a proxy's page); or no body.
 */
export function writeAnswer(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  bom: boolean | undefined,
) {
  if (body === undefined) {
    res.writeHead(status, { 'Content-Length': '0', ...headers })
    res.end()
    return
  }
  if (typeof body === 'string') {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers })
    res.end(body)
    return
  }
  const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(body)}`
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(text)
}
