import { hash } from 'node:crypto'
import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

/**
 * What a 4K hardware hash holds, read from the binary layout in autopilot-csv.md §6.
 * `verdict` is `valid` only when the structure adds up and the SHA-256 trailer matches.
 */
export interface DecodedHardwareHash {
  verdict: HashVerdict
  /** What is wrong, for a verdict other than `valid`: words in no language yet. */
  problem?: Text
  /**
   * For a valid hash that is odd all the same: bytes after the trailer that are not zero (every
   * captured hash seen is zero there; autopilot-csv.md §6.4 step 5).
   */
  warning?: Text
  /** 0-based index of the first character that is not base64, for `not-base64`. */
  badCharIndex?: number
  serialNumber?: string
  manufacturer?: string
  model?: string
  productKeyId?: string
  hasTpm: boolean
  tpmVersion?: string
  isVirtualMachine: boolean
  toolVersion?: number
  toolBuild?: string
  osBuild?: string
  /** Capture time, from the header record (inferred layout: seconds since 2000-01-01 UTC). */
  capturedAt?: string
  cpuArchitecture?: string
  /** The SHA-256 the hash carries in its trailer, hex: the same content gives the same digest. */
  contentSha256?: string
  /** Bytes of content before the trailer, and of the whole blob. */
  contentLength?: number
  byteLength?: number
}

export type HashVerdict = 'valid' | 'not-base64' | 'unpadded' | 'not-a-hash' | 'damaged'

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/
const MAGIC = 0x414f // "OA" read little-endian
const TRAILER_TYPE = 0x5343 // "CS"
const TRAILER_LENGTH = 36
const EPOCH_2000_MS = Date.UTC(2000, 0, 1)

const STRING_RECORDS: Record<number, 'serialNumber' | 'manufacturer' | 'model' | 'productKeyId'> = {
  14: 'serialNumber',
  16: 'manufacturer',
  17: 'model',
  24: 'productKeyId',
}
const TPM_VERSION = 13
const TPM_EK_PUB = 25
const ARCHITECTURES: Record<number, string> = { 0: 'x86', 5: 'ARM', 9: 'x64', 12: 'ARM64' }

export function decodeHardwareHash(value: string): DecodedHardwareHash {
  const empty: DecodedHardwareHash = { verdict: 'valid', hasTpm: false, isVirtualMachine: false }
  // Node's decoder skips characters that are not base64 (and takes the URL-safe alphabet): when
  // none was skipped the byte count is exact. That proves padded, standard base64 at a fraction of
  // a regular expression's cost on 4,000 characters.
  const bytes = Buffer.from(value, 'base64')
  const padding = value.endsWith('==') ? 2 : value.endsWith('=') ? 1 : 0
  const isExact =
    value.length > 0 &&
    value.length % 4 === 0 &&
    bytes.length === (value.length / 4) * 3 - padding &&
    !value.includes('-') &&
    !value.includes('_')
  if (isExact) return decodeBytes(bytes)
  if (!BASE64.test(value)) {
    const badCharIndex = firstNonBase64(value)
    const char = value[badCharIndex] ?? ''
    return {
      ...empty,
      verdict: 'not-base64',
      badCharIndex,
      problem: text('check.hash.badCharacter', {
        character: describeChar(char),
        position: badCharIndex + 1,
      }),
    }
  }
  if (value.length % 4 !== 0) {
    return {
      ...empty,
      verdict: 'unpadded',
      problem: text('check.hash.length', { length: value.length }),
    }
  }
  return decodeBytes(bytes)
}

function decodeBytes(bytes: Buffer): DecodedHardwareHash {
  const result: DecodedHardwareHash = {
    verdict: 'valid',
    hasTpm: false,
    isVirtualMachine: false,
    byteLength: bytes.length,
  }
  if (bytes.length < 4) {
    const problem = text('check.hash.tooShort', { bytes: bytes.length })
    return { ...result, verdict: 'not-a-hash', problem }
  }
  if (bytes.readUInt16LE(0) !== MAGIC) {
    return {
      ...result,
      verdict: 'not-a-hash',
      problem: text('check.hash.noMagic'),
    }
  }
  const contentLength = bytes.readUInt16LE(2)
  result.contentLength = contentLength
  const walkProblem = walkRecords(bytes, contentLength, result)
  if (walkProblem) return { ...result, verdict: 'not-a-hash', problem: walkProblem }
  result.isVirtualMachine = looksVirtual(result.manufacturer, result.model)
  if (contentLength < 4) {
    return {
      ...result,
      verdict: 'not-a-hash',
      problem: text('check.hash.contentTooSmall', { length: contentLength }),
    }
  }
  const damage = trailerProblem(bytes, contentLength)
  if (damage) return { ...result, verdict: 'damaged', problem: damage }
  const warning = afterTrailerWarning(bytes, contentLength + TRAILER_LENGTH)
  return warning ? { ...result, warning } : result
}

const ZEROS = Buffer.alloc(4096)

function allZero(bytes: Buffer, from: number): boolean {
  for (let at = from; at < bytes.length; at += ZEROS.length) {
    const part = bytes.subarray(at, Math.min(at + ZEROS.length, bytes.length))
    if (!part.equals(ZEROS.subarray(0, part.length))) return false
  }
  return true
}

/** Non-zero bytes after the trailer, in words; undefined when all of them are zero. */
function afterTrailerWarning(bytes: Buffer, end: number): Text | undefined {
  // Every device's padding is checked: compared natively with zeros first, counted only when odd
  // (a loop over each byte cost 0.3 s of CPU at 100,000 devices).
  if (allZero(bytes, end)) return undefined
  let first = -1
  let count = 0
  for (let i = end; i < bytes.length; i++) {
    if (bytes[i] === 0) continue
    if (first === -1) first = i
    count++
  }
  if (first === -1) return undefined
  return text('check.hash.afterTrailer', { count, first, length: bytes.length })
}

/**
 * Reads every record from byte 4 up to the declared content length into `result`; a record that
 * does not fit is the problem returned. Nothing bounds the count or size of records but the
 * content length: old (ToolVersion 3) and new hashes differ in both.
 */
function walkRecords(
  bytes: Buffer,
  contentLength: number,
  result: DecodedHardwareHash,
): Text | undefined {
  const walkEnd = Math.min(contentLength, bytes.length)
  let offset = 4
  while (offset < walkEnd) {
    if (offset + 4 > bytes.length) break
    const type = bytes.readUInt16LE(offset)
    const length = bytes.readUInt16LE(offset + 2)
    if (length < 4 || offset + length > contentLength) {
      return text('check.hash.recordOverflow', { type, offset, length, contentLength })
    }
    readRecord(result, type, bytes.subarray(offset + 4, Math.min(offset + length, bytes.length)))
    offset += length
  }
  return undefined
}

/** Why the `CS` trailer after the content does not vouch for it: cut off, missing, or a wrong SHA-256. */
function trailerProblem(bytes: Buffer, contentLength: number): Text | undefined {
  if (contentLength + TRAILER_LENGTH > bytes.length) {
    const needed = contentLength + TRAILER_LENGTH
    return text('check.hash.truncated', { bytes: bytes.length, needed })
  }
  if (
    bytes.readUInt16LE(contentLength) !== TRAILER_TYPE ||
    bytes.readUInt16LE(contentLength + 2) !== TRAILER_LENGTH
  ) {
    return text('check.hash.noChecksum', { offset: contentLength })
  }
  const expected = hash('sha256', bytes.subarray(0, contentLength), 'buffer')
  if (!expected.equals(bytes.subarray(contentLength + 4, contentLength + TRAILER_LENGTH))) {
    return text('check.hash.checksumMismatch')
  }
  return undefined
}

function readRecord(result: DecodedHardwareHash, type: number, value: Buffer): void {
  const field = STRING_RECORDS[type]
  if (field) {
    result[field] = cString(value)
  } else if (type === TPM_VERSION) {
    result.hasTpm = true
    result.tpmVersion = cString(value)
  } else if (type === TPM_EK_PUB) {
    result.hasTpm = true
  } else if (type === 1 && value.length >= 24) {
    result.toolBuild = version(value, 0)
    result.osBuild = version(value, 8)
    result.capturedAt = new Date(EPOCH_2000_MS + value.readUInt32LE(16) * 1000).toISOString()
    result.cpuArchitecture = ARCHITECTURES[value[22] ?? -1] ?? `unknown (${value[22]})`
    result.toolVersion = value[23]
  }
}

function version(value: Buffer, at: number): string {
  const minor = value.readUInt16LE(at)
  const major = value.readUInt16LE(at + 2)
  const revision = value.readUInt16LE(at + 4)
  const build = value.readUInt16LE(at + 6)
  return `${major}.${minor}.${build}.${revision}`
}

function cString(value: Buffer): string {
  const end = value.indexOf(0)
  return value.toString('utf8', 0, end === -1 ? value.length : end)
}

const VIRTUAL = /vmware|virtualbox|innotek|qemu|kvm|xen|parallels|virtual machine|bochs|amazon ec2/i

function looksVirtual(manufacturer = '', model = ''): boolean {
  return VIRTUAL.test(manufacturer) || VIRTUAL.test(model)
}

function firstNonBase64(text: string): number {
  const padding = text.search(/=+$/)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const isAlphabet =
      (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47
    if (!isAlphabet && !(c === 61 && padding !== -1 && i >= padding && text.length - i <= 2)) {
      return i
    }
  }
  return text.length
}

/** Names a character so that a space, a tab or a line break is visible in a message. */
export function describeChar(char: string): Text {
  const name = CHARACTER_NAMES[char]
  if (name) return name
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  return text('check.char.other', { char, code })
}

const CHARACTER_NAMES: Record<string, Text> = {
  ' ': text('check.char.space'),
  '\t': text('check.char.tab'),
  '\n': text('check.char.lineBreak'),
  '\r': text('check.char.carriageReturn'),
  '"': text('check.char.quote'),
}
