import type { Text } from '../messages/text.js'
import { text } from '../messages/text-of.js'

const PLACEHOLDERS = new Set(
  [
    'to be filled by o.e.m.',
    'default string',
    'system serial number',
    'chassis serial number',
    'not specified',
    'not applicable',
    'none',
    'n/a',
    'na',
    'invalid',
    'serial',
    'serialnumber',
    '123456789',
    '1234567890',
    'smbios_string_index_0',
    'o.e.m.',
    'oem',
  ].map((s) => s.replaceAll(' ', '')),
)

/** Why a serial cannot be a real device's, or undefined when it may be. */
export function placeholderSerialReason(serial: string): Text | undefined {
  const squashed = serial.trim().toLowerCase().replaceAll(' ', '')
  if (squashed === '') return undefined
  if (/^0+$/.test(squashed)) return text('check.serial.zeros')
  if (PLACEHOLDERS.has(squashed)) return text('check.serial.placeholder')
  if (/^\d+(\.\d+)?e\+?\d+$/.test(squashed)) return text('check.serial.scientific')
  return undefined
}
