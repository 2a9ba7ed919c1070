import type { DecodedHardwareHash } from '../hash/decode-hardware-hash.js'
import { text } from '../messages/text-of.js'
import { quoted } from './row-fields.js'

/**
 * A virtual machine whose hypervisor sets no SMBIOS serial number (QEMU, KVM and Proxmox by
 * default) reports an empty serial or the `SMBIOS_STRING_INDEX_0` placeholder. Nothing in the
 * file can repair that: the serial is set in the hypervisor and the hash captured again.
 */
export const VM_SERIAL_HINT = text('check.vmSerialHint')

/** Whether a serial is what a virtual machine without an SMBIOS serial reports. */
export function isMissingVmSerial(serial: string): boolean {
  const squashed = serial.trim().toLowerCase()
  return squashed === '' || squashed === 'smbios_string_index_0'
}

/** The machine as the hash names it, when the hash is valid and says it is a virtual machine. */
export function virtualMachineName(decoded: DecodedHardwareHash | undefined): string | undefined {
  if (decoded?.verdict !== 'valid' || !decoded.isVirtualMachine) return undefined
  return `${quoted(decoded.manufacturer ?? '')} ${quoted(decoded.model ?? '')}`
}
