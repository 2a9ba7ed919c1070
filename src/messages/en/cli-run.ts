import type { Messages } from '../messages.js'

// What the commands print as they run: register's lines, the plan for a terminal, decode-hash's
// table, init's next steps, the sandbox's addresses, the progress while Partner Center works.

/** The CLI's running words in English. */
export const cliRunEn = {
  'cli.register.inProgress': (p: { file: string }) => `Uploads in progress recorded: ${p.file}`,
  'cli.register.commitRecords': () => 'Commit the records: they are the audit trail.',
  'cli.createBatch.nothingSent': (p: { slug: string }) =>
    `Nothing to send for ${p.slug}, so no batch was created: Partner Center creates a batch with its first devices. Add the customer's device files (committed) and run this again.`,
  'cli.progress.waiting': () => 'Waiting for Partner Center',
  'cli.progress.done': () => 'Partner Center',
  'cli.progress.heading': (p: { heading: string; duration: string }) =>
    `${p.heading}, ${p.duration}:`,
  'cli.progress.line': (p: { heading: string; duration: string; each: string }) =>
    `${p.heading}, ${p.duration}: ${p.each}`,
  'cli.progress.standing': (
    p: { sent: number; devices: number; processed: number; pending: number },
    f,
  ) =>
    `${f.number(p.sent)} of ${f.number(p.devices)} sent, ${f.number(p.processed)} processed, ${f.number(p.pending)} pending`,
  'cli.progress.more': (p: { customers: number; standing: string }, f) =>
    `${f.count(p.customers, 'more customer', 'more customers')}: ${p.standing}`,
  'cli.plan.customer': (p: {
    slug: string
    name: string
    tenant: string
    groupTag: string
    counts: string
  }) => `${p.slug} (${p.name}) tenant ${p.tenant} group tag ${p.groupTag}: ${p.counts}`,
  'cli.plan.invalidConfig': () => 'customer.yml invalid',
  'cli.plan.deregister': (p: { n: number }, f) => `${f.number(p.n)} TO DEREGISTER, `,
  'cli.plan.counts': (
    p: {
      register: number
      retry: number
      already: number
      blocked: number
      removed: number
      retag: string
    },
    f,
  ) =>
    `${f.number(p.register)} to register, ${f.number(p.retry)} to retry${p.retag}, ${f.number(p.already)} already registered, ${f.number(p.blocked)} blocked, ${f.number(p.removed)} removed`,
  'cli.plan.retag': (p: { n: number }, f) => `, ${f.number(p.n)} to retag`,
  'cli.plan.blocked': (p: { reasons: string }) => `  BLOCKED, nothing is registered: ${p.reasons}`,
  'cli.plan.action.deregister': () => 'deregister',
  'cli.plan.action.register': () => 'register',
  'cli.plan.action.retry': () => 'retry',
  'cli.plan.action.retag': () => 'retag',
  'cli.plan.action.already': () => 'already',
  'cli.plan.action.blocked': () => 'blocked',
  'cli.plan.action.removed': () => 'removed',
  'cli.plan.moves': (p: { n: number }, f) => `, moves ${f.number(p.n)} to another group tag`,
  'cli.plan.deregisters': (p: { n: number }, f) => `, DEREGISTERS ${f.number(p.n)}`,
  'cli.plan.preExisting': (p: { n: number }, f) =>
    `, ${f.number(p.n)} pre-existing findings in unchanged files`,
  'cli.plan.total': (
    p: {
      devices: number
      register: number
      moves: string
      errors: number
      warnings: number
      notices: number
      old: string
    },
    f,
  ) =>
    `${f.number(p.devices)} devices; merging registers ${f.number(p.register)}${p.moves}. ${f.number(p.errors)} errors, ${f.number(p.warnings)} warnings, ${f.number(p.notices)} notices${p.old}.`,
  'cli.plan.digest': (p: { digest: string }) => `plan digest ${p.digest}`,
  'cli.hash.row': (p: { name: string }) => `${p.name}:`,
  'cli.hash.verdict': () => 'verdict',
  'cli.hash.valid': () => 'valid (checksum matches)',
  'cli.hash.warning': () => 'warning',
  'cli.hash.serialNumber': () => 'serial number',
  'cli.hash.manufacturer': () => 'manufacturer',
  'cli.hash.model': () => 'model',
  'cli.hash.productKeyId': () => 'product key id',
  'cli.hash.tpm': () => 'TPM',
  'cli.hash.tpmPresent': () => 'present',
  'cli.hash.tpmNone': () => 'none',
  'cli.hash.virtualMachine': () => 'virtual machine',
  'cli.hash.yes': () => 'yes',
  'cli.hash.no': () => 'no',
  'cli.hash.toolVersion': () => 'tool version',
  'cli.hash.toolBuild': () => 'tool build',
  'cli.hash.osBuild': () => 'OS build',
  'cli.hash.architecture': () => 'architecture',
  'cli.hash.capturedAt': () => 'captured at',
  'cli.hash.size': () => 'size',
  'cli.hash.bytes': (p: { bytes: number; content: number }, f) =>
    `${f.number(p.bytes)} bytes, ${f.number(p.content)} of content`,
  'cli.sandbox.url': (p: { url: string }) => `Partner Center sandbox: ${p.url}`,
  'cli.sandbox.tokens': (p: { url: string }) => `Token endpoint (authority-host): ${p.url}`,
  'cli.sandbox.trust': (p: { ca: string }) =>
    `Trust its certificate in the process that signs in: NODE_EXTRA_CA_CERTS=${p.ca}`,
  'cli.sandbox.app': (p: {
    tenantId: string
    clientId: string
    clientSecret: string
    refreshToken: string
  }) =>
    `Demo app registration: tenant-id ${p.tenantId}, client-id ${p.clientId}, client-secret ${p.clientSecret}, refresh-token ${p.refreshToken}`,
  'cli.sandbox.deviceCode': (p: { url: string }) =>
    `create-batch signs its partner admin in at ${p.url}/device, with the code it prints.`,
  'cli.sandbox.stop': () => 'Stop it with Ctrl+C.',
  'cli.sandbox.served': (
    p: { calls: number; post: number; get: number; del: number; tokens: number },
    f,
  ) =>
    `Served ${f.number(p.calls)} Partner Center call(s): ${f.number(p.post)} POST, ${f.number(p.get)} GET, ${f.number(p.del)} DELETE; ${f.number(p.tokens)} token(s) issued.`,
} satisfies Messages
