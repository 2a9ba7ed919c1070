import type { ServerResponse } from 'node:http'

/** Writes an answer: JSON, after a UTF-8 byte order mark when `bom` (as Partner Center does), or no body. */
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
  const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(body)}`
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers })
  res.end(text)
}
