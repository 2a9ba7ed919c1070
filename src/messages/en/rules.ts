import type { Messages } from '../messages.js'

const REEXPORT =
  'Capture the device again with Get-WindowsAutopilotInfo -OutputFile and commit the file it writes, unedited.'

/**
 * Each rule's title and default fix in English, word for word as docs/rules.md, the goldens and
 * the tests quote them.
 */
export const rulesEn = {
  'AP101.title': () => 'file cannot be decoded as text',
  'AP101.hint': () =>
    'Save the file as UTF-8 (or commit it exactly as Get-WindowsAutopilotInfo wrote it); do not join files with `type` or `cat`.',
  'AP102.title': () => 'UTF-16 or byte order mark: accepted',
  'AP102.hint': () =>
    'Nothing to do: registration goes through the API. Only the manual upload screen wants ANSI.',
  'AP103.title': () => 'characters outside printable ASCII in a field',
  'AP103.hint': () =>
    'Remove the character unless the device really reports it; Partner Center compares values byte for byte.',
  'AP104.title': () => 'file over the size limit',
  'AP104.hint': () => 'Split the device list into several files under devices/.',
  'AP105.title': () => 'empty file, or a header with no rows',
  'AP105.hint': () => 'Add device rows under the header, or delete the file.',
  'AP106.title': () => 'device list without the .csv extension',
  'AP106.hint': () =>
    'Rename the file to end in .csv, in customers/<slug>/devices/: only those files are read and registered.',
  'AP107.title': () => 'Excel workbook instead of a CSV file',
  'AP107.hint': () =>
    'Open it in Excel, choose File > Save As > CSV UTF-8 (Comma delimited) (*.csv), save it in customers/<slug>/devices/ and delete the workbook; check that the serials kept their leading zeros. Better still, commit the file Get-WindowsAutopilotInfo wrote.',
  'AP108.title': () => 'file in a customer folder that is not read',
  'AP108.hint': () =>
    'A customer folder holds customer.yml, device CSVs under devices/ and registration records: move this file elsewhere, or delete it.',
  'AP109.title': () => 'symbolic link or special file where a file or folder is read',
  'AP109.hint': () =>
    'Commit the file or folder itself in its place: links are never followed (on any other machine a link points elsewhere, or out of the repository), and a FIFO or device is no file.',
  'AP201.title': () => 'unknown header',
  'AP201.hint': () =>
    'The first line must be one of the accepted headers; Get-WindowsAutopilotInfo writes the first of them.',
  'AP202.title': () => 'a recognised wrong format',
  'AP202.hint': () =>
    'Produce the file with Get-WindowsAutopilotInfo -OutputFile (or -Partner for Partner Center tuples).',
  'AP203.title': () => 'header right but for letter case or spacing',
  'AP203.hint': () => 'Replace the first line with the exact header shown.',
  'AP204.title': () => 'the right columns in the wrong order',
  'AP204.hint': () => 'Reorder the columns to the exact header shown, in a plain-text editor.',
  'AP205.title': () => 'columns missing or extra',
  'AP205.hint': () => 'Use exactly the columns of one accepted header, no more and no fewer.',
  'AP301.title': () => 'row with the wrong number of fields or an unbalanced quote',
  'AP301.hint': () =>
    'Each row needs one field per header column; a value containing a comma cannot be written without quotes.',
  'AP302.title': () => 'blank line inside the data',
  'AP302.hint': () => 'Delete the blank line.',
  'AP303.title': () => 'no identifier combination Partner Center accepts',
  'AP303.hint': () =>
    'Give a hardware hash (with or without serial and product key id), a 13-digit product key id alone, or serial + manufacturer + model.',
  'AP304.title': () => 'placeholder or spreadsheet-mangled serial number',
  'AP304.hint': () =>
    'Use the serial the device reports (Win32_BIOS SerialNumber); never open the file in a spreadsheet, which drops leading zeros and writes large numbers as 5.02E+11.',
  'AP305.title': () => 'Windows Product ID is not a 13-digit product key id',
  'AP305.hint': () =>
    'Leave the column empty (Get-WindowsAutopilotInfo does) or give the 13-digit OA3 product key id.',
  'AP306.title': () => 'leading or trailing whitespace in a field',
  'AP306.hint': () => 'Remove the spaces around the value; Partner Center compares values exactly.',
  'AP307.title': () => 'Group Tag column names no group tag of the customer',
  'AP307.hint': () =>
    "Partner Center has no per-device tag: the batch name is the tag. Empty the column, or make it one of customer.yml's groupTag and groupTags (in a devices/<group tag>/ folder, that folder's tag).",
  'AP308.title': () => 'Assigned User filled',
  'AP308.hint': () =>
    'Partner Center registration does not carry the assigned user; assign users in Intune after registration.',
  'AP401.title': () => 'hash is not base64',
  'AP401.hint': () => `The hash must be one unbroken line of base64. ${REEXPORT}`,
  'AP402.title': () => 'hash length not a multiple of 4',
  'AP402.hint': () =>
    'Restore the lost characters or the `=` padding; Autopilot rejects unpadded base64.',
  'AP403.title': () => 'not a hardware hash',
  'AP403.hint': () => `The value is base64 but not a 4K hardware hash. ${REEXPORT}`,
  'AP404.title': () => 'hash damaged or truncated',
  'AP404.hint': () =>
    `The hash's SHA-256 trailer does not match its content: the value was cut or altered. ${REEXPORT}`,
  'AP405.title': () => 'serial differs from the serial in the hash',
  'AP405.hint': () =>
    'Use the serial exactly as the hash holds it, or capture the hash again on this device.',
  'AP406.title': () => 'manufacturer or model differs from the hash',
  'AP406.hint': () =>
    'Partner Center compares case-sensitively: copy the value exactly as the hash holds it.',
  'AP407.title': () => 'Windows Product ID differs from the hash',
  'AP407.hint': () => 'Leave the column empty or give the product key id the hash holds.',
  'AP408.title': () => 'hash holds no serial or no manufacturer',
  'AP408.hint': () =>
    'Autopilot rejects such a hash (InvalidZtdHardwareHash): set the SMBIOS serial and manufacturer in the firmware, then capture again.',
  'AP409.title': () => 'hash shows no TPM',
  'AP409.hint': () =>
    'Self-deploying mode and pre-provisioning need TPM 2.0; user-driven enrolment still works.',
  'AP410.title': () => 'virtual machine',
  'AP410.hint': () =>
    'Fine for a pilot; check that the customer really wants a virtual machine registered.',
  'AP411.title': () => 'bytes after the hash trailer are not zero',
  'AP411.hint': () =>
    `Every captured hash is zero after its SHA-256 trailer: something was glued to this one or altered it. ${REEXPORT}`,
  'AP501.title': () => 'same device twice in one file',
  'AP501.hint': () => 'Delete one of the two rows.',
  'AP502.title': () => 'same device in two files of one customer',
  'AP502.hint': () => 'Keep the device in one file only.',
  'AP503.title': () => 'same device under two customers',
  'AP503.hint': () =>
    'A device belongs to one tenant (Partner Center would answer 808): keep it under the customer that owns it.',
  'AP504.title': () => 'device already registered for this customer',
  'AP504.hint': () => 'Nothing to do: it is skipped.',
  'AP505.title': () => 'device registered for a different customer',
  'AP505.hint': () => 'Remove the row, or deregister the device from the other customer first.',
  'AP601.title': () => 'customer.yml missing or invalid',
  'AP601.hint': () =>
    'Every customers/<slug>/ folder needs a customer.yml with name and customerId.',
  'AP602.title': () => 'customerId is not a GUID',
  'AP602.hint': () =>
    "Use the customer's Microsoft Entra tenant id (Partner Center > Customers > the customer > Account > Microsoft ID).",
  'AP603.title': () => 'group tag not an allowed Managed Desktop tag',
  'AP603.hint': () =>
    'Managed Desktop group tags must match exactly, case and punctuation included.',
  'AP604.title': () => 'customerId changed for a customer with registered devices',
  'AP604.hint': () =>
    'Future registrations would go to another tenant: create a new customer folder instead.',
  'AP605.title': () => 'customer folder not a slug, or CSV outside customers/<slug>/devices/',
  'AP605.hint': () =>
    'Customer folders are lowercase letters, digits and hyphens; device files live in customers/<slug>/devices/.',
  'AP606.title': () => 'registration record unreadable, edited or deleted',
  'AP606.hint': () =>
    'Registration records are immutable: restore the file from the default branch. A later run writes a new record instead.',
  'AP607.title': () => 'device folder names no group tag of the customer',
  'AP607.hint': () => "devices/<group tag>/ must spell one of the customer's group tags exactly.",
  'AP608.title': () => 'deregistration request that cannot be carried out',
  'AP608.hint': () =>
    'A deregistration names a device the records hold as registered for this customer, once, and in no device file.',
} satisfies Messages
