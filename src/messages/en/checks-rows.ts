import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

/**
 * What the rules say of a row, its hardware hash and its duplicates, and how the cap counts the
 * findings it does not list. Column names (`Device Serial Number`…) are the CSV's own, in every
 * language; `field` values are those names.
 */
export const checksRowsEn = {
  'check.char.space': () => 'space',
  'check.char.tab': () => 'tab',
  'check.char.lineBreak': () => 'line break',
  'check.char.carriageReturn': () => 'carriage return',
  'check.char.quote': () => 'quote `"`',
  'check.char.crlf': () => 'line break (CRLF)',
  'check.char.other': (p: { char: string; code: string }) => `\`${p.char}\` (U+${p.code})`,
  'check.oddCharacter': (p: { field: string; value: string; character: Text }, f) =>
    `${p.field} \`${p.value}\` holds ${f.text(p.character)}`,
  'check.spacesAround': (p: { field: string; value: string }) =>
    `${p.field} \`${p.value}\` has spaces around it`,

  'check.hash.badCharacter': (p: { character: Text; position: number }, f) =>
    `character ${f.text(p.character)} at position ${p.position} is not base64`,
  'check.hash.length': (p: { length: number }) => `length ${p.length} is not a multiple of 4`,
  'check.hash.tooShort': (p: { bytes: number }, _f) =>
    `it is ${p.bytes} byte(s) long, too short for a hash`,
  'check.hash.noMagic': () => 'it does not start with the magic bytes "OA"',
  'check.hash.contentTooSmall': (p: { length: number }) =>
    `content length ${p.length} is too small`,
  'check.hash.recordOverflow': (
    p: {
      type: number
      offset: number
      length: number
      contentLength: number
    },
    _f,
  ) =>
    `record ${p.type} at byte ${p.offset} claims ${p.length} bytes, which does not fit the declared content length ${p.contentLength}`,
  'check.hash.truncated': (p: { bytes: number; needed: number }, _f) =>
    `truncated: ${p.bytes} bytes, but content and checksum need ${p.needed}`,
  'check.hash.noChecksum': (p: { offset: number }) => `no checksum record at byte ${p.offset}`,
  'check.hash.checksumMismatch': () => 'the SHA-256 checksum does not match the content',
  'check.hash.afterTrailer': (p: { count: number; first: number; length: number }, _f) =>
    `${p.count} byte(s) after the SHA-256 trailer are not zero, the first at byte ${p.first} of ${p.length}`,

  'check.notBase64': (p: { problem: Text }, f) =>
    `Hardware Hash is not base64: ${f.text(p.problem)}`,
  'check.unpadded': (p: { problem: Text }, f) =>
    `Hardware Hash ${f.text(p.problem)}: characters or padding are missing`,
  'check.notAHash': (p: { problem: Text }, f) =>
    `Hardware Hash is not a hardware hash: ${f.text(p.problem)}`,
  'check.damaged': (p: { problem: Text }, f) =>
    `Hardware Hash is damaged or truncated: ${f.text(p.problem)}`,
  'check.afterTrailer': (p: { warning: Text }, f) =>
    `Hardware Hash matches its checksum, but ${f.text(p.warning)}`,
  'check.noTpm': () => 'the hash shows no TPM',
  'check.virtualMachine': (p: { machine: string }) =>
    `the device is a virtual machine (${p.machine})`,
  'check.hashNoSerial': () => 'the hash holds no serial',
  'check.hashNoManufacturer': () => 'the hash holds no manufacturer',
  'check.hashNoSerialOrManufacturer': () => 'the hash holds no serial and manufacturer',
  'check.hashNoSerialVm': (p: { machine: string }) =>
    `the hash holds no serial: this virtual machine (${p.machine}) has no SMBIOS serial number`,
  'check.serialDiffers': (p: { serial: string; inHash: string }) =>
    `serial ${p.serial} differs from ${p.inHash} in the hash`,
  'check.lostZerosHint': () =>
    'A spreadsheet dropped the leading zeros: restore them, and never open the file in a spreadsheet again.',
  'check.hashSerialPlaceholder': (p: { serial: string; reason: Text }, f) =>
    `the serial in the hash, ${p.serial}, is ${f.text(p.reason)}`,
  'check.hashSerialPlaceholderVm': (p: { serial: string; reason: Text; machine: string }, f) =>
    `the serial in the hash, ${p.serial}, is ${f.text(p.reason)}: this virtual machine (${p.machine}) has no SMBIOS serial number`,
  'check.fieldDiffers': (p: { field: string; given: string; expected: string }) =>
    `${p.field} ${p.given} differs from ${p.expected} in the hash`,

  'check.serial.zeros': () => 'all zeros: a firmware placeholder',
  'check.serial.placeholder': () => 'a firmware placeholder, not a serial number',
  'check.serial.scientific': () =>
    'written in scientific notation by a spreadsheet; the real serial is lost',
  'check.serialPlaceholder': (p: { serial: string; reason: Text }, f) =>
    `serial ${p.serial} is ${f.text(p.reason)}`,
  'check.serialPlaceholderVm': (p: { serial: string; reason: Text; machine: string }, f) =>
    `serial ${p.serial} is ${f.text(p.reason)}: this virtual machine (${p.machine}) has no SMBIOS serial number`,
  'check.vmSerialHint': () =>
    "Set an SMBIOS serial number in the hypervisor, then capture the hash again with Get-WindowsAutopilotInfo: QEMU `-smbios type=1,serial=…`; libvirt `<sysinfo type='smbios'><system><entry name='serial'>…</entry></system></sysinfo>` with `<os><smbios mode='sysinfo'/></os>`; Proxmox `smbios1: serial=…` in the VM's configuration.",
  'check.productKeyId': (p: { value: string }) =>
    `Windows Product ID ${p.value} is not a 13-digit product key id`,
  'check.assignedUser': (p: { user: string }) => `Assigned User ${p.user} will not be registered`,
  'check.groupTagDiffers': (p: { tag: string; customerTag: string }) =>
    `Group Tag ${p.tag} differs from the customer's group tag ${p.customerTag}`,
  'check.groupTagNone': (p: { tag: string; tags: string }) =>
    `Group Tag ${p.tag} is none of the customer's group tags (${p.tags})`,
  'check.groupTagFolder': (p: { tag: string; folder: string }) =>
    `Group Tag ${p.tag} differs from the tag of its folder, ${p.folder}`,

  'check.identifier.serial': () => 'serial',
  'check.identifier.manufacturer': () => 'manufacturer',
  'check.identifier.model': () => 'model',
  'check.identifier.productKeyId': () => 'productKeyId',
  'check.plus': (p: { left: Text; right: Text }, f) => `${f.text(p.left)} + ${f.text(p.right)}`,
  'check.noIdentifierCombination': () => 'row has no identifier at all, and no hardware hash',
  'check.onlyIdentifiers': (p: { given: Text }, f) =>
    `row has only ${f.text(p.given)}, and no hardware hash`,
  'check.noTupleColumnsHint': (p: { hint: Text }, f) =>
    `${f.text(p.hint)} This header has no manufacturer or model column: for tuple rows use the Partner Center header.`,

  'check.device.makeSerial': (p: { manufacturer: string; serial: string }) =>
    `device ${p.manufacturer} serial ${p.serial}`,
  'check.device.serial': (p: { serial: string }) => `device serial ${p.serial}`,
  'check.device.makeProductKey': (p: { manufacturer: string; productKeyId: string }) =>
    `device ${p.manufacturer} product key id ${p.productKeyId}`,
  'check.device.productKey': (p: { productKeyId: string }) =>
    `device product key id ${p.productKeyId}`,
  'check.device.make': (p: { manufacturer: string }) => `device ${p.manufacturer}`,
  'check.device.sameHash': () => 'the device (same hardware hash)',
  'check.deviceLabel.named': (p: { name: string }) => p.name,
  'check.deviceLabel.productKey': (p: { productKeyId: string }) =>
    `product key id ${p.productKeyId}`,
  'check.duplicateInFile': (p: { device: Text; line: number }, f) =>
    `${f.text(p.device)} is also on line ${p.line} of this file`,
  'check.duplicateInCustomer': (p: { device: Text; where: string }, f) =>
    `${f.text(p.device)} is also in ${p.where}`,
  'check.duplicateAcrossCustomers': (p: { device: Text; customer: string; where: string }, f) =>
    `${f.text(p.device)} is also listed under customer ${p.customer} (${p.where})`,
  'check.duplicateOutsideCustomers': (p: { device: Text; where: string }, f) =>
    `${f.text(p.device)} is also listed under a file outside any customer (${p.where})`,

  'check.moreLikeThis': (p: { count: number; title: Text; lines: Text; limit: number }, f) =>
    `and ${f.number(p.count)} more like this in this file (${f.text(p.title)}), ${f.text(p.lines)}: only the first ${f.number(p.limit)} findings of a rule are listed for each file`,
  'check.linesFromTo': (p: { first: number; last: number }, f) =>
    `from line ${f.number(p.first)} to line ${f.number(p.last)}`,
  'check.onLine': (p: { line: number }, f) => `on line ${f.number(p.line)}`,
} satisfies Messages
