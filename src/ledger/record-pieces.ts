import {
  BACKSLASH,
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  DEVICES,
  isBlank,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
} from './json-bytes.js'
/**
 * parseRecordJson over a record's bytes as they are read, piece by piece: each element of the
 * top-level `devices` array is parsed and handed to `each` as soon as its last byte comes in, and
 * no piece is kept once it is used. Read whole, a record of 150,000 devices held its 54 MB of
 * bytes beside the ledger devices they became, the run's highest point. (Each piece in bytes of
 * its own did no better: a piece outlives a few young collections while it is read, so all of
 * them waited for the next full one.)
 *
 * It reads records as the registration run writes them: an object whose `devices` array comes
 * last. Bytes of any other shape (no such array, keys after it, a key with an escape before it,
 * an element that does not parse) make `push` or `end` give up, for the caller to parse the
 * bytes whole with parseRecordJson, which gives JSON.parse's own result or error.
 */
export class RecordPieces {
  readonly #each: (element: unknown, index: number, head: unknown) => unknown
  #phase: 'head' | 'devices' | 'tail' | 'failed' = 'head'
  #opened = false
  #depth = 0
  #inString = false
  #escaped = false
  /** A string at depth 1 in the head, which may be a key: whether it is `devices` so far, and
   * whether it has an escape (which could spell `devices` another way). */
  #inKey = false
  #keyLength = 0
  #keyIsDevices = false
  #keyEscaped = false
  /** Where the head stands after a string at depth 1: waiting for its colon, or for `[`. */
  #after: 'none' | 'key' | 'devices-key' = 'none'
  /** Bytes of the head (until `[`), then of the element being read, then of the tail. */
  #parts: Uint8Array[] = []
  #head: { devices: unknown[] } | undefined
  readonly #devices: unknown[] = []
  /** Whether the array holds anything but blanks so far: `[ ]` holds no element, `[,]` an empty one. */
  #commas = 0

  constructor(each: (element: unknown, index: number, head: unknown) => unknown) {
    this.#each = each
  }

  /**
   * Takes the next piece, keeping a copy of what it still needs of it (so the caller may read the
   * next one into the same bytes); false once the bytes are of a shape it does not read.
   */
  push(piece: Uint8Array): boolean {
    let from = 0
    let i = 0
    while (i < piece.length && this.#phase !== 'failed') {
      if (this.#phase === 'head') {
        if (this.#headByte(piece[i] as number)) {
          this.#parts.push(piece.subarray(from, i))
          this.#openDevices()
          from = i + 1
        }
        i++
      } else if (this.#phase === 'devices') {
        const cut = this.#nextCut(piece, i)
        if (cut < 0) break
        this.#parts.push(piece.subarray(from, cut))
        this.#element()
        from = cut + 1
        if (piece[cut] === CLOSE_BRACKET && this.#phase === 'devices') this.#phase = 'tail'
        i = cut + 1
      } else break
    }
    if (this.#phase === 'failed') return false
    // A copy (a Buffer's slice is none): the reader reads its next piece into the same bytes.
    this.#parts.push(new Uint8Array(piece.subarray(from)))
    return true
  }

  /** The record's JSON, or undefined when it is to be parsed whole. */
  end(): unknown {
    if (this.#phase !== 'tail' || !this.#head) return undefined
    // What follows the array is only the record's closing brace.
    if (textOf(this.#parts).trim() !== '}') return undefined
    this.#head.devices = this.#devices
    return this.#head
  }

  /** One byte of the head; true when it opens the `devices` array. */
  #headByte(c: number): boolean {
    if (this.#depth === 0) {
      // Only blanks before the record's object; nothing after it closes before its devices.
      if (c === OPEN_BRACE && !this.#opened) {
        this.#depth = 1
        this.#opened = true
      } else if (!isBlank(c)) this.#phase = 'failed'
      return false
    }
    if (this.#inString) {
      this.#stringByte(c)
      return false
    }
    if (this.#after !== 'none' && isBlank(c)) return false
    if (this.#after === 'devices-key') {
      if (c === OPEN_BRACKET) return true
      this.#phase = 'failed'
      return false
    }
    if (this.#after === 'key') {
      this.#after = 'none'
      if (c === COLON) {
        if (this.#keyEscaped) this.#phase = 'failed'
        else if (this.#keyIsDevices) this.#after = 'devices-key'
        return false
      }
    }
    if (c === QUOTE) {
      this.#inString = true
      this.#inKey = this.#depth === 1
      this.#keyLength = 0
      this.#keyIsDevices = true
      this.#keyEscaped = false
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.#depth++
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) this.#depth--
    return false
  }

  #stringByte(c: number): void {
    if (this.#escaped) {
      this.#escaped = false
    } else if (c === BACKSLASH) {
      this.#escaped = true
      this.#keyEscaped = true
    } else if (c === QUOTE) {
      this.#inString = false
      if (this.#inKey) {
        this.#after = 'key'
        this.#keyIsDevices &&= this.#keyLength === DEVICES.length
      }
      return
    }
    if (this.#inKey) {
      this.#keyIsDevices &&= DEVICES[this.#keyLength] === c
      this.#keyLength++
    }
  }

  #openDevices(): void {
    try {
      // The head as it stands, the array empty: what `each` is told of the record.
      this.#head = JSON.parse(`${textOf(this.#parts)}[]}`) as { devices: unknown[] }
    } catch {
      this.#phase = 'failed'
      return
    }
    this.#parts = []
    this.#phase = 'devices'
    this.#depth = 2
  }

  /**
   * Where in `piece`, from `start`, the element being read ends (a comma, or the closing
   * bracket), or -1 when it goes on into the next piece or the bytes are of a shape it does not
   * read. The state it scans with lives in locals while it loops: a record of 150,000 devices is
   * 54 MB, which took 266 ms to scan a byte at a time through the fields, 170 ms this way (CPU
   * profile of `plan`).
   */
  #nextCut(piece: Uint8Array, start: number): number {
    let inString = this.#inString
    let escaped = this.#escaped
    let depth = this.#depth
    let cut = -1
    for (let i = start; i < piece.length; i++) {
      const c = piece[i] as number
      if (inString) {
        if (escaped) escaped = false
        else if (c === BACKSLASH) escaped = true
        else if (c === QUOTE) inString = false
      } else if (c === QUOTE) inString = true
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--
        if (depth === 1) {
          if (c === CLOSE_BRACKET) cut = i
          else this.#phase = 'failed'
          break
        }
      } else if (c === COMMA && depth === 2) {
        this.#commas++
        cut = i
        break
      }
    }
    this.#inString = inString
    this.#escaped = escaped
    this.#depth = depth
    return cut
  }

  #element(): void {
    const text = textOf(this.#parts)
    this.#parts = []
    if (this.#commas === 0 && this.#devices.length === 0 && text.trim() === '') return
    let element: unknown
    try {
      element = JSON.parse(text)
    } catch {
      this.#phase = 'failed'
      return
    }
    this.#devices.push(this.#each(element, this.#devices.length, this.#head))
  }
}

function textOf(parts: readonly Uint8Array[]): string {
  const only = parts.length === 1 ? parts[0] : undefined
  const bytes = only ?? Buffer.concat(parts)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8')
}
