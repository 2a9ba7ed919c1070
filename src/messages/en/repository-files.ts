import type { Format } from '../format.js'
import type { Messages } from '../messages.js'
import type { Text } from '../text.js'
import { sizeIn } from './checks-files.js'

const size = (bytes: number) => sizeIn('en', bytes, { bytes: 'bytes', kib: 'KiB', mib: 'MiB' })

/**
 * Findings about customer.yml and the files of the repository (src/config, src/repo), in
 * English. A value quoted in backticks is the partner's, cut short by the caller.
 */
export const repositoryFilesEn = {
  'repo.customer.missing': (p: { slug: string }) =>
    `customer.yml is missing for customer \`${p.slug}\``,
  'repo.customer.folder': (p: { slug: string }) =>
    `customer.yml is a folder, not a file: customer \`${p.slug}\` has no settings`,
  'repo.customer.oversized': (p: { size: number; limit: number }) =>
    `customer.yml is ${size(p.size)}, over the limit of ${size(p.limit)}; it was not read`,
  'repo.customer.oversizedHint': () =>
    'A customer.yml holds five short fields (name, customerId, groupTag, groupTags, managedDesktop): write only those.',
  'repo.customer.notYaml': (p: { error: string; more: number }, f: Format) =>
    `customer.yml is not valid YAML: ${p.error}${p.more > 0 ? ` (and ${f.number(p.more)} more errors)` : ''}`,
  'repo.customer.aliases': () =>
    'customer.yml expands its YAML aliases (`*name`) more than 100 times, so it was not read',
  'repo.customer.aliasesHint': () =>
    'Write each value out: a customer.yml needs no anchors (`&name`) or aliases (`*name`).',
  'repo.customer.unusable': (p: { error: string }) =>
    `customer.yml cannot be read as values: ${p.error}`,
  'repo.customer.notGuid': (p: { value: string }) => `customerId \`${p.value}\` is not a GUID`,
  'repo.customer.unknownFields': (p: { keys: string; more: number }, f: Format) =>
    `customer.yml has unknown field(s) ${p.keys}${p.more > 0 ? ` and ${f.number(p.more)} more` : ''}; the fields are name, customerId, groupTag, groupTags, managedDesktop`,
  'repo.customer.fieldMissing': (p: { field: string }) =>
    `customer.yml field \`${p.field}\` is missing`,
  /** `problem` is zod's own words, lowercased. */
  'repo.customer.fieldInvalid': (p: { field: string; problem: string }) =>
    `customer.yml field \`${p.field}\` ${p.problem}`,
  'repo.customer.invalid': (p: { problem: string }) => `customer.yml ${p.problem}`,
  'repo.customer.tagTwice': (p: { tag: string }) => `groupTags lists \`${p.tag}\` twice`,
  'repo.customer.tagTwiceHint': () => 'List each group tag once.',
  'repo.groupTag.notManaged': (p: { tag: string; near?: string }) =>
    `group tag \`${p.tag}\` is not a Managed Desktop group tag${p.near ? `: did you mean \`${p.near}\`?` : ''}`,
  'repo.groupTag.notManagedHint': (p: { tags: string }) =>
    `Use exactly one of ${p.tags}; or set managedDesktop: false for a customer outside Managed Desktop.`,
  'repo.folder.noTag': (p: { folder: string; slug: string; near?: string }) =>
    `folder \`devices/${p.folder}/\` names no group tag of customer \`${p.slug}\`${p.near ? `: did you mean \`${p.near}\`?` : ''}`,
  'repo.folder.noTagHint': (p: { groupTag: string; tags: string }) =>
    `Put the file in devices/ (the default, \`${p.groupTag}\`) or in devices/<group tag>/ for one of ${p.tags}, spelled exactly; or add the tag to groupTags in customer.yml.`,
  'repo.folder.notSlug': (p: { slug: string }) => `customer folder \`${p.slug}\` is not a slug`,
  'repo.file.stray': (p: { file: string }) =>
    `\`${p.file}\` is outside customers/<slug>/devices/, so it belongs to no customer and will not be registered`,
  'repo.file.vanished': (p: { file: string }) => `\`${p.file}\` vanished while it was read`,
  'repo.file.documentation': (p: { file: string }) =>
    `\`${p.file}\` is documentation: it is not read`,
  'repo.file.documentationHint': (p: { devices: string }) =>
    `Nothing to do; device lists go in ${p.devices} as .csv files.`,
  'repo.file.notCustomer.deviceList': (p: { file: string }) =>
    `\`${p.file}\` is a device list, not a customer folder: it is not read, and none of its devices is registered`,
  'repo.file.notCustomer.workbook': (p: { file: string }) =>
    `\`${p.file}\` is an Excel workbook, not a customer folder: it is not read, and none of its devices is registered`,
  'repo.file.notCustomer.other': (p: { file: string }) =>
    `\`${p.file}\` is a file, not a customer folder: it is not read`,
  'repo.file.notCustomerHint': (p: { csvName: string }) =>
    `A customer is a folder, customers/<slug>/, with customer.yml and the device lists in devices/ as .csv files: move this file into the folder of its customer (as \`customers/<slug>/devices/${p.csvName}\` if it lists devices), or delete it.`,
  'repo.file.listNotCsv': (p: { file: string; firstLine: Text; encoding?: Text }, f: Format) =>
    `\`${p.file}\` is a device list (its first line is ${f.text(p.firstLine)}${p.encoding ? `, ${f.text(p.encoding)}` : ''}), but its name does not end in .csv: it is not read, and none of its devices is registered`,
  'repo.file.renameToCsv': (p: { target: string; devices: string }) =>
    `Rename it to \`${p.target}\`: only .csv files under ${p.devices} are read and registered.`,
  'repo.file.moveToCsv': (p: { target: string; devices: string }) =>
    `Move it to \`${p.target}\`: only .csv files under ${p.devices} are read and registered.`,
  'repo.encoding.utf8Bom': () => 'UTF-8 with a byte order mark',
  /** An encoding said by its name alone (UTF-16LE, Windows-1252). */
  'repo.encoding.named': (p: { name: string }) => p.name,
  'repo.file.settingsName': (p: { file: string }) =>
    `\`${p.file}\` is not read: the customer's settings must be in \`customer.yml\``,
  'repo.file.settingsNameHint': (p: { slug: string }) =>
    `Rename it to \`customers/${p.slug}/customer.yml\`: only that name is read.`,
  /** `what` is the file's kind as csv/file-kind.ts words it. */
  'repo.file.notDeviceList': (p: { file: string; what?: Text }, f: Format) =>
    `\`${p.file}\` is not a device list${p.what ? ` (it is ${f.text(p.what)})` : ''}, so it is not read`,
  'repo.file.notDeviceListInDevices': (p: { file: string; what?: Text }, f: Format) =>
    `\`${p.file}\` is not a device list${p.what ? ` (it is ${f.text(p.what)})` : ''}, so it is not read: nothing in it is registered`,
  'repo.request.noDevice': () =>
    'the row names no device: it has no serial number and no product key id',
  'repo.request.noDeviceHint': () =>
    'Give each device of a deregistration request its serial number (or its product key id).',
} satisfies Messages
