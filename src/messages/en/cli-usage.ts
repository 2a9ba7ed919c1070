import type { Messages } from '../messages.js'

// The usage of each command, as `<command> --help` and the general usage print it. Option names,
// command names and flags are the CLI's own: the same in every language.

const NO_CUSTOMER = 'no customers/<slug>/ folder'

/** The CLI's usage in English. */
export const cliUsageEn = {
  'cli.usage.heading': () => 'Usage:',
  'cli.usage.lang':
    () => `  Every command takes --lang en|fr (before or after its name): the language it speaks.
      Without it, the locale (LC_ALL, LC_MESSAGES, LANG) decides; English otherwise.
`,
  'cli.usage.help': () => `  autopilot-gitops help [COMMAND]   (or: autopilot-gitops COMMAND --help)
      Print this, or the usage of one command.
  autopilot-gitops --version
`,
  'cli.usage.validate': () => `  autopilot-gitops validate [PATH...] [--format text|json]
      Check device CSVs and customer.yml files offline. PATH is a repository root (default .),
      a customer folder or single files; a file outside any repository is checked on its own.
      Exit 0: no errors; 1: errors found; 2: could not run (bad arguments, a missing path,
      ${NO_CUSTOMER} at or above a folder given).
`,
  'cli.usage.plan': () => `  autopilot-gitops plan [PATH] [--base REF] [--format text|json]
      What merging would register, per customer, from the CSVs and the registration records.
      With --base, findings count only in the files changed since REF (committed or not).
      Exit 0: no errors; 1: errors found; 2: could not run (bad arguments, a missing path,
      ${NO_CUSTOMER}, no git repository or no REF for --base).
`,
  'cli.usage.decodeHash': () => `  autopilot-gitops decode-hash <HASH|-> [--format text|json]
      Show what a Windows Autopilot hardware hash holds ('-' reads it from standard input).
      Exit 0: valid hash; 1: damaged or not a hash; 2: could not run.
`,
  'cli.usage.sandbox': (p: {
    switches: string
  }) => `  autopilot-gitops sandbox [--port N] [--seed FILE] [--latency-ms N] [--polls-to-finish N]
      [--ms-to-finish N] [--behave LIST]
      Run the Partner Center sandbox (device-batch API and token endpoint) until Ctrl+C, then
      say how many calls it served. --latency-ms delays every answer (a network's round trip);
      --polls-to-finish is how many status polls an upload stays queued or processing (2);
      --ms-to-finish ends an upload after that long, polled or not (then only with
      --polls-to-finish does a poll count end it sooner). --behave makes it act as Partner
      Center may where its documentation is silent, a comma-separated list of:
${p.switches}
`,
  'cli.usage.init':
    () => `  autopilot-gitops init <DIR> [--customer SLUG --customer-id GUID [--name NAME]
      [--group-tag TAG]]
      Make a partner's repository in DIR (new or empty) from the template this package carries:
      every file, git init, one commit, the workflows pinned to this release. With --customer,
      that customer's customer.yml instead of the example. Then says what to do next.
      Exit 0: made; 2: could not (DIR not empty, a bad slug or tenant id).
`,
  'cli.usage.schema': (p: { names: string }) => `  autopilot-gitops schema [${p.names}]
      Print a JSON Schema: of customer.yml (the default), for editors; of a registration record
      (record); or of the JSON that validate, plan (the action's report output too), decode-hash,
      doctor or drift print with --format json.
`,
  'cli.usage.register':
    () => `  autopilot-gitops register [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--dry-run] [--retry-failed] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Register what the plan says in Partner Center (or the sandbox), as the merge run does, and
      write one record per customer into the working tree. The checkout's customers/ must be
      committed. Secrets come from the environment only: AUTOPILOT_GITOPS_CLIENT_SECRET,
      AUTOPILOT_GITOPS_CLIENT_CERTIFICATE (PEM), AUTOPILOT_GITOPS_REFRESH_TOKEN. While Partner
      Center processes the uploads, each customer's progress goes to standard error.
      Exit 0: all registered; 1: a device failed or a customer was skipped; 2: could not run
      (bad arguments, ${NO_CUSTOMER}, no git commit, customers/ not committed).
`,
  'cli.usage.createBatch':
    () => `  autopilot-gitops create-batch [PATH] --customer SLUG [--group-tag TAG] --tenant-id ID
      --client-id ID [--partner-center-url URL] [--authority-host URL] [--concurrency N]
      [--poll-timeout-minutes N] [--chunk-size N]
      Create a customer's device batch, which Partner Center allows only App+User: a partner
      admin signs in on another device with the code this prints (the app registration must
      allow public client flows; MFA applies). The customer's planned devices for the tag are
      sent, the first upload creating the batch, and recorded into the working tree as register
      does; later merges add devices app-only. With AUTOPILOT_GITOPS_CLIENT_SECRET or
      _CERTIFICATE set, every call but the create goes app-only.
      Exit 0: all registered; 1: a device failed, or nothing to send; 2: could not run.
`,
  'cli.usage.doctor':
    () => `  autopilot-gitops doctor [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Before the first merge: sign in as the merge would (app-only, and App+User with
      AUTOPILOT_GITOPS_REFRESH_TOKEN), then ask Partner Center, read-only, for each customer's
      batches: reachable or refused (403: no relationship, or the app not registered), each
      group tag's batch existing or to be created, and whether this sign-in can create it.
      Exit 0: every customer would register; 1: one would not; 2: could not run.
`,
  'cli.usage.drift':
    () => `  autopilot-gitops drift [PATH] --tenant-id ID --client-id ID [--partner-center-url URL]
      [--authority-host URL] [--format text|json]
      Compare Partner Center with the latest state of the records, read-only and app-only: per
      customer, devices Partner Center has that the records do not (unknown), recorded as
      registered and in no batch (missing), in another batch than recorded (moved), recorded
      pending and in their batch since (finished).
      Exit 0: no drift; 1: drift, or a customer could not be compared; 2: could not run.
`,
  'cli.usage.adopt':
    () => `  autopilot-gitops adopt [PATH] --customer SLUG --tenant-id ID --client-id ID
      [--partner-center-url URL] [--authority-host URL] [--format text|json]
      Write what Partner Center already has for a customer and the records lack, read-only and
      app-only: a device file customers/SLUG/devices/adopted-YYYYMMDD.csv (Partner Center's
      format, no hash) and one adoption record, each device registered with its Partner Center
      id. Devices already recorded are left alone. Commit both in a pull request.
      Exit 0: adopted, or nothing to adopt; 2: could not run.
`,
  'cli.behave.describedSuccess': () =>
    'success rows carry a description ("Success") and a code of 0',
  'cli.behave.finishedDespiteErrors': () =>
    "an upload's status is `finished` even when a device failed",
  'cli.behave.noRequestReplay': () =>
    'an upload sent again under its MS-RequestId is treated as a new one',
  'cli.behave.devicePagesLinks': () =>
    'device lists name the next page only in links.next (seekOperation=Next)',
  'cli.behave.devicePagesHeader': () =>
    'device lists name the next page only in an MS-ContinuationToken header',
  'cli.behave.seededCustomersOnly': () =>
    'a customer not in the seed has no relationship with the partner: 403',
  'cli.behave.unregisteredApp': () =>
    'the app is not registered in Partner Center: every call gets 403',
  'cli.behave.maxBodyBytes': () =>
    'a request body over N bytes is refused with 413 (max-body-bytes=N)',
} satisfies Messages
