import type { Severity } from './severity.js'

interface RuleEntry {
  severity: Severity
  title: string
  /** The default fix; a finding may carry a sharper one. */
  hint: string
}

const REEXPORT =
  'Capture the device again with Get-WindowsAutopilotInfo -OutputFile and commit the file it writes, unedited.'

/** Every rule the engine reports. Ids are stable: tooling and docs/rules.md refer to them. */
export const RULES = {
  AP101: {
    severity: 'error',
    title: 'file cannot be decoded as text',
    hint: 'Save the file as UTF-8 (or commit it exactly as Get-WindowsAutopilotInfo wrote it); do not join files with `type` or `cat`.',
  },
  AP102: {
    severity: 'notice',
    title: 'UTF-16 or byte order mark: accepted',
    hint: 'Nothing to do: registration goes through the API. Only the manual upload screen wants ANSI.',
  },
  AP103: {
    severity: 'warning',
    title: 'characters outside printable ASCII in a field',
    hint: 'Remove the character unless the device really reports it; Partner Center compares values byte for byte.',
  },
  AP104: {
    severity: 'error',
    title: 'file over the size limit',
    hint: 'Split the device list into several files under devices/.',
  },
  AP105: {
    severity: 'error',
    title: 'empty file, or a header with no rows',
    hint: 'Add device rows under the header, or delete the file.',
  },
  AP106: {
    severity: 'error',
    title: 'device list without the .csv extension',
    hint: 'Rename the file to end in .csv, in customers/<slug>/devices/: only those files are read and registered.',
  },
  AP107: {
    severity: 'error',
    title: 'Excel workbook instead of a CSV file',
    hint: 'Open it in Excel, choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv), save it in customers/<slug>/devices/ and delete the workbook; check that the serials kept their leading zeros. Better still, commit the file Get-WindowsAutopilotInfo wrote.',
  },
  AP108: {
    severity: 'warning',
    title: 'file in a customer folder that is not read',
    hint: 'A customer folder holds customer.yml, device CSVs under devices/ and registration records: move this file elsewhere, or delete it.',
  },
  AP109: {
    severity: 'error',
    title: 'symbolic link or special file where a file or folder is read',
    hint: 'Commit the file or folder itself in its place: links are never followed (on any other machine a link points elsewhere, or out of the repository), and a FIFO or device is no file.',
  },
  AP201: {
    severity: 'error',
    title: 'unknown header',
    hint: 'The first line must be one of the accepted headers; Get-WindowsAutopilotInfo writes the first of them.',
  },
  AP202: {
    severity: 'error',
    title: 'a recognised wrong format',
    hint: 'Produce the file with Get-WindowsAutopilotInfo -OutputFile (or -Partner for Partner Center tuples).',
  },
  AP203: {
    severity: 'error',
    title: 'header right but for letter case or spacing',
    hint: 'Replace the first line with the exact header shown.',
  },
  AP204: {
    severity: 'error',
    title: 'the right columns in the wrong order',
    hint: 'Reorder the columns to the exact header shown, in a plain-text editor.',
  },
  AP205: {
    severity: 'error',
    title: 'columns missing or extra',
    hint: 'Use exactly the columns of one accepted header, no more and no fewer.',
  },
  AP301: {
    severity: 'error',
    title: 'row with the wrong number of fields or an unbalanced quote',
    hint: 'Each row needs one field per header column; a value containing a comma cannot be written without quotes.',
  },
  AP302: {
    severity: 'warning',
    title: 'blank line inside the data',
    hint: 'Delete the blank line.',
  },
  AP303: {
    severity: 'error',
    title: 'no identifier combination Partner Center accepts',
    hint: 'Give a hardware hash (with or without serial and product key id), a 13-digit product key id alone, or serial + manufacturer + model.',
  },
  AP304: {
    severity: 'error',
    title: 'placeholder or spreadsheet-mangled serial number',
    hint: 'Use the serial the device reports (Win32_BIOS SerialNumber); never open the file in a spreadsheet, which drops leading zeros and writes large numbers as 5.02E+11.',
  },
  AP305: {
    severity: 'error',
    title: 'Windows Product ID is not a 13-digit product key id',
    hint: 'Leave the column empty (Get-WindowsAutopilotInfo does) or give the 13-digit OA3 product key id.',
  },
  AP306: {
    severity: 'warning',
    title: 'leading or trailing whitespace in a field',
    hint: 'Remove the spaces around the value; Partner Center compares values exactly.',
  },
  AP307: {
    severity: 'error',
    title: 'Group Tag column names no group tag of the customer',
    hint: "Partner Center has no per-device tag: the batch name is the tag. Empty the column, or make it one of customer.yml's groupTag and groupTags (in a devices/<group tag>/ folder, that folder's tag).",
  },
  AP308: {
    severity: 'warning',
    title: 'Assigned User filled',
    hint: 'Partner Center registration does not carry the assigned user; assign users in Intune after registration.',
  },
  AP401: {
    severity: 'error',
    title: 'hash is not base64',
    hint: `The hash must be one unbroken line of base64. ${REEXPORT}`,
  },
  AP402: {
    severity: 'error',
    title: 'hash length not a multiple of 4',
    hint: 'Restore the lost characters or the `=` padding; Autopilot rejects unpadded base64.',
  },
  AP403: {
    severity: 'error',
    title: 'not a hardware hash',
    hint: `The value is base64 but not a 4K hardware hash. ${REEXPORT}`,
  },
  AP404: {
    severity: 'error',
    title: 'hash damaged or truncated',
    hint: `The hash's SHA-256 trailer does not match its content: the value was cut or altered. ${REEXPORT}`,
  },
  AP405: {
    severity: 'error',
    title: 'serial differs from the serial in the hash',
    hint: 'Use the serial exactly as the hash holds it, or capture the hash again on this device.',
  },
  AP406: {
    severity: 'error',
    title: 'manufacturer or model differs from the hash',
    hint: 'Partner Center compares case-sensitively: copy the value exactly as the hash holds it.',
  },
  AP407: {
    severity: 'error',
    title: 'Windows Product ID differs from the hash',
    hint: 'Leave the column empty or give the product key id the hash holds.',
  },
  AP408: {
    severity: 'error',
    title: 'hash holds no serial or no manufacturer',
    hint: 'Autopilot rejects such a hash (InvalidZtdHardwareHash): set the SMBIOS serial and manufacturer in the firmware, then capture again.',
  },
  AP409: {
    severity: 'warning',
    title: 'hash shows no TPM',
    hint: 'Self-deploying mode and pre-provisioning need TPM 2.0; user-driven enrolment still works.',
  },
  AP410: {
    severity: 'notice',
    title: 'virtual machine',
    hint: 'Fine for a pilot; check that the customer really wants a virtual machine registered.',
  },
  AP411: {
    severity: 'warning',
    title: 'bytes after the hash trailer are not zero',
    hint: `Every captured hash is zero after its SHA-256 trailer: something was glued to this one or altered it. ${REEXPORT}`,
  },
  AP501: {
    severity: 'error',
    title: 'same device twice in one file',
    hint: 'Delete one of the two rows.',
  },
  AP502: {
    severity: 'error',
    title: 'same device in two files of one customer',
    hint: 'Keep the device in one file only.',
  },
  AP503: {
    severity: 'error',
    title: 'same device under two customers',
    hint: 'A device belongs to one tenant (Partner Center would answer 808): keep it under the customer that owns it.',
  },
  AP504: {
    severity: 'notice',
    title: 'device already registered for this customer',
    hint: 'Nothing to do: it is skipped.',
  },
  AP505: {
    severity: 'error',
    title: 'device registered for a different customer',
    hint: 'Remove the row, or deregister the device from the other customer first.',
  },
  AP601: {
    severity: 'error',
    title: 'customer.yml missing or invalid',
    hint: 'Every customers/<slug>/ folder needs a customer.yml with name and customerId.',
  },
  AP602: {
    severity: 'error',
    title: 'customerId is not a GUID',
    hint: "Use the customer's Microsoft Entra tenant id (Partner Center > Customers > the customer > Account > Microsoft ID).",
  },
  AP603: {
    severity: 'error',
    title: 'group tag not an allowed Managed Desktop tag',
    hint: 'Managed Desktop group tags must match exactly, case and punctuation included.',
  },
  AP604: {
    severity: 'error',
    title: 'customerId changed for a customer with registered devices',
    hint: 'Future registrations would go to another tenant: create a new customer folder instead.',
  },
  AP605: {
    severity: 'error',
    title: 'customer folder not a slug, or CSV outside customers/<slug>/devices/',
    hint: 'Customer folders are lowercase letters, digits and hyphens; device files live in customers/<slug>/devices/.',
  },
  AP606: {
    severity: 'error',
    title: 'registration record unreadable, edited or deleted',
    hint: 'Registration records are immutable: restore the file from the default branch. A later run writes a new record instead.',
  },
  AP607: {
    severity: 'error',
    title: 'device folder names no group tag of the customer',
    hint: "devices/<group tag>/ must spell one of the customer's group tags exactly.",
  },
  AP608: {
    severity: 'error',
    title: 'deregistration request that cannot be carried out',
    hint: 'A deregistration names a device the records hold as registered for this customer, once, and in no device file.',
  },
} as const satisfies Record<string, RuleEntry>

export type RuleId = keyof typeof RULES
