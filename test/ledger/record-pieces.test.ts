import { describe, expect, it } from 'vitest'
import { RecordPieces } from '../../src/ledger/record-pieces.js'

/**
 * The text's bytes given to RecordPieces `size` bytes at a time, each read into the bytes of the
 * one before as the reader does: its JSON, or `whole` if it gave up.
 */
function inPieces(text: string, size: number): unknown {
  const bytes = Buffer.from(text)
  const pieces = new RecordPieces((element) => element)
  const piece = Buffer.alloc(size)
  for (let at = 0; at < bytes.length; at += size) {
    const length = bytes.copy(piece, 0, at, at + size)
    if (!pieces.push(piece.subarray(0, length))) return 'whole'
  }
  return pieces.end() ?? 'whole'
}

const SIZES = [1, 2, 3, 7, 1000]

describe('RecordPieces', () => {
  it.each([
    ['compact', '{"a":1,"b":[1,2],"devices":[{"s":"x"},{"s":"y"}]}'],
    ['pretty', JSON.stringify({ a: [1, { b: 2 }], devices: [{ s: 'x' }, [1, 2], 'z'] }, null, 2)],
    ['no device', '{"devices":[]}'],
    ['no device, spaced', ' { "devices" : [ \n ] } \n'],
    [
      'strings with brackets, commas, quotes and escapes',
      '{"x":"devices","devicesx":["a"],"devices":["a,]}", "\\"],[", {"k\\\\":"\\\\"}]}',
    ],
    ['not ASCII', '{"name":"Überraschung ✓","devices":[{"m":"Ünïcødé 😀"}]}'],
    ['a nested devices key before', '{"x":{"devices":[9]},"devices":[1,2]}'],
  ])('reads %s as JSON.parse does, piece by piece', (_, text) => {
    for (const size of SIZES) expect(inPieces(text, size)).toEqual(JSON.parse(text))
  })

  it.each([
    ['keys after the devices', '{"devices":[1,2,3],"after":{"devices":[9]}}'],
    ['a nested devices key only', '{"x":{"devices":[1,2]}}'],
    ['devices not an array', '{"devices":"none"}'],
    ['devices twice', '{"devices":[1],"devices":[2]}'],
    ['a key with an escape', '{"devic\\u0065s":[2],"devices":[1]}'],
    ['a trailing comma', '{"devices":[1,]}'],
    ['a missing comma', '{"devices":[{"a":1} {"b":2}]}'],
    ['an empty element', '{"devices":[,]}'],
    ['a mismatched close', '{"devices":[{"a":1}}}'],
    ['garbage after', '{"devices":[1]} x'],
    ['a second object', '{} {"devices":[1]}'],
    ['unterminated', '{"devices":[1, "abc'],
    ['a byte order mark', '\uFEFF{"devices":[1]}'],
    ['an array at the top', '[{"devices":[1]}]'],
    ['nothing', ''],
    ['a bad element', '{"devices":[1, tru, 3]}'],
    ['a bad head', '{"a":tru,"devices":[1]}'],
  ])('leaves %s to be parsed whole', (_, text) => {
    for (const size of SIZES) expect(inPieces(text, size)).toBe('whole')
  })

  it('hands each element over with its index and the head, and keeps what it returns', () => {
    const seen: unknown[] = []
    const pieces = new RecordPieces((element, index, head) => {
      seen.push([element, index, (head as { tag: string }).tag])
      return index
    })
    const bytes = Buffer.from('{"tag":"t","devices":[{"n":1},{"n":2}]}')
    for (let at = 0; at < bytes.length; at += 5) pieces.push(bytes.subarray(at, at + 5))
    expect(pieces.end()).toEqual({ tag: 't', devices: [0, 1] })
    expect(seen).toEqual([
      [{ n: 1 }, 0, 't'],
      [{ n: 2 }, 1, 't'],
    ])
  })
})
