import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  encodeUrlPart,
  escapeAnnotation,
  escapeControls,
  escapeJsonControls,
  escapeLogLine,
} from '../../src/findings/escape.js'
import { escapeMarkdown } from '../../src/findings/markdown.js'
import { isWorkflowCommand, RAW_CONTROL } from '../helpers/surfaces.js'

const anything = fc.string({ unit: 'binary', maxLength: 80 })

describe('escaping for the terminal, the log, annotations and Markdown', () => {
  it('shows every control of the terminal as an escape, on one line', () => {
    expect(escapeControls('a\u001b]0;pwned\u0007b\rc\nd\te\u009b2J\u202eevil\u2066')).toBe(
      'a\\u001b]0;pwned\\u0007b\\rc\\nd\\te\\u009b2J\\u202eevil\\u2066',
    )
    fc.assert(
      fc.property(anything, (text) => {
        const out = escapeControls(text)
        return !RAW_CONTROL.test(out) && !out.includes('\n')
      }),
    )
  })

  it('keeps JSON the same for a parser, and free of DEL, C1 and bidi controls', () => {
    fc.assert(
      fc.property(anything, (text) => {
        const json = escapeJsonControls(JSON.stringify({ text }))
        return !RAW_CONTROL.test(json) && JSON.parse(json).text === text
      }),
    )
  })

  it.each([
    [
      '::error title=forged::looks official.csv:1:1',
      '%3A%3Aerror title=forged::looks official.csv:1:1',
    ],
    ['  ::stop-commands::tok', '  %3A%3Astop-commands::tok'],
    ['a\n::stop-commands::tok', 'a%0A::stop-commands::tok'],
    ['100% done\r', '100%25 done%0D'],
    ['x ##[stop-commands]tok', 'x ##%5Bstop-commands]tok'],
    ['bell\u0007', 'bell\\u0007'],
  ])('writes %j to the log as %j, never a workflow command', (line, logged) => {
    expect(escapeLogLine(line)).toBe(logged)
  })

  it('never lets a log line or an annotation be read as a workflow command', () => {
    const hostile = fc
      .array(fc.oneof(anything, fc.constantFrom('::', '\n', '\r', '##[', ' ', '%0A', '\u0085')))
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(hostile, (text) => {
        const line = escapeLogLine(text)
        const annotation = escapeAnnotation(text)
        return (
          !isWorkflowCommand(line) &&
          !/[\r\n]/.test(line) &&
          !RAW_CONTROL.test(line) &&
          !annotation.includes('##[') &&
          !RAW_CONTROL.test(annotation)
        )
      }),
    )
  })

  it('encodes a link target whole: nothing in it ends the link or is read as markup', () => {
    expect(encodeUrlPart('a)**bold**~~strike~~(.csv')).toBe(
      'a%29%2A%2Abold%2A%2A%7E%7Estrike%7E%7E%28.csv',
    )
    expect(encodeUrlPart('lone \ud800 surrogate')).toBe('lone%20%EF%BF%BD%20surrogate')
    fc.assert(fc.property(anything, (text) => /^[A-Za-z0-9\-._%]*$/.test(encodeUrlPart(text))))
  })

  it('leaves no control, HTML or line break in Markdown', () => {
    expect(escapeMarkdown('x\u001b[2J\u202eevil')).toBe('x&#92;u001b&#91;2J&#92;u202eevil')
    fc.assert(
      fc.property(anything, (text) => {
        const md = escapeMarkdown(text)
        return !RAW_CONTROL.test(md) && !/[\r\n<>|`[\]]/.test(md)
      }),
    )
  })
})
