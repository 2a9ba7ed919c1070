import * as core from '@actions/core'
import { escapeAnnotation, escapeControls, escapeLogLine } from '../findings/escape.js'
import type { Redactor } from '../findings/redact.js'

export type AnnotationSeverity = 'error' | 'warning' | 'notice'

/**
 * The runner as the action speaks to it, the one place that imports @actions/core: the step's
 * inputs, masking and OIDC tokens, and its surfaces, every value redacted on its way out, and
 * every log line escaped, so that the runner never reads a partner's or a service's text as a
 * workflow command. The runner masks the log only; the summary, comments and outputs stay.
 */
export interface RunnerOutput {
  redact: (text: string) => string
  /** For Markdown (a comment's body): the escaped forms of the secrets, an escaped marker. */
  redactMarkdown: (markdown: string) => string
  /** One line of the log: a line break in it is escaped, never written. */
  info(line: string): void
  debug(line: string): void
  /** An annotation (with `properties`) or a plain one; its message may span lines. */
  annotate(
    severity: AnnotationSeverity,
    message: string,
    properties?: core.AnnotationProperties,
  ): void
  warning(message: string): void
  /** The step fails with this error. */
  failed(message: string): void
  output(name: string, value: string | number): void
  /** Markdown appended to the job summary. */
  summary(markdown: string): Promise<void>
  /** An input of the step, as action.yml names it ('' when not given). */
  input(name: string): string
  /** A secret the runner is to mask in the log from now on. */
  mask(secret: string): void
  /** A GitHub OIDC token for `audience` (the job needs `id-token: write`). */
  idToken(audience: string): Promise<string>
}

/** The runner's surfaces, redacted by `redactor`. */
export function runnerOutput(redactor: Redactor): RunnerOutput {
  const { redact, redactMarkdown } = redactor
  const annotate: RunnerOutput['annotate'] = (severity, message, properties = {}) => {
    const text = escapeAnnotation(redact(message))
    // @actions/core escapes the properties (`%`, CR, LF, `:`, `,`) and the message's `%`, CR, LF.
    // A file name's other controls are escaped too: such a name is not placed, but shown.
    const clean = Object.fromEntries(
      Object.entries(properties).map(([key, value]) => [
        key,
        typeof value === 'string' ? escapeControls(redact(value)) : value,
      ]),
    ) as core.AnnotationProperties
    if (severity === 'error') core.error(text, clean)
    else if (severity === 'warning') core.warning(text, clean)
    else core.notice(text, clean)
  }
  return {
    redact,
    redactMarkdown,
    // core.info writes its text as is: the one surface that needs the line escaping.
    info: (line) => core.info(escapeLogLine(redact(line))),
    debug: (line) => core.debug(escapeAnnotation(redact(line))),
    annotate,
    warning: (message) => annotate('warning', message),
    failed: (message) => core.setFailed(escapeAnnotation(redact(message))),
    output: (name, value) =>
      core.setOutput(name, typeof value === 'string' ? redact(value) : value),
    summary: async (markdown) => {
      await core.summary.addRaw(redactMarkdown(markdown)).write()
    },
    input: (name) => core.getInput(name),
    mask: (secret) => core.setSecret(secret),
    idToken: (audience) => core.getIDToken(audience),
  }
}
