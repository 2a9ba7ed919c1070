import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

// A call to Partner Center that failed, why we stopped trying, and what to do. Partner Center's
// own code and description are quoted as they came (redacted).

/** Partner Center errors in English. */
export const errorsPartnerCenterEn = {
  'error.partnerCenter.failed': (
    p: {
      method: string
      path: string
      what: Text
      reason: Text
      requestId: string
      correlationId: string
    },
    f,
  ) =>
    `Partner Center ${p.method} ${p.path}: ${f.text(p.what)} (${f.text(p.reason)}; request id ${p.requestId}, correlation id ${p.correlationId})`,
  'error.partnerCenter.described': (
    p: {
      method: string
      path: string
      what: Text
      description: string
      reason: Text
      requestId: string
      correlationId: string
    },
    f,
  ) =>
    `Partner Center ${p.method} ${p.path}: ${f.text(p.what)}: ${p.description} (${f.text(p.reason)}; request id ${p.requestId}, correlation id ${p.correlationId})`,
  'error.partnerCenter.untrusted': (
    p: {
      method: string
      path: string
      requestId: string
      correlationId: string
      certificate: Text
    },
    f,
  ) =>
    `Partner Center ${p.method} ${p.path} (request id ${p.requestId}, correlation id ${p.correlationId}): ${f.text(p.certificate)}`,
  'error.partnerCenter.noAnswer': (p: { failure: string }) => `no answer (${p.failure})`,
  'error.partnerCenter.http': (p: { status: string }) => `HTTP ${p.status}`,
  'error.partnerCenter.httpCode': (p: { status: string; code: string }) =>
    `HTTP ${p.status} ${p.code}`,
  'error.retry.certificate': () => 'an untrusted certificate is not retried',
  'error.retry.status': (p: { status: string }) => `HTTP ${p.status} is not retried`,
  'error.retry.attempts': (p: { attempts: number }, f) =>
    `gave up after ${f.count(p.attempts, 'attempt', 'attempts')}`,
  'error.retry.deadline': (p: { seconds: number }, f) =>
    `gave up: the next attempt would pass the ${f.number(p.seconds)} s deadline`,
  'error.partnerCenter.repeatedToken': (p: { path: string; items: number }, f) =>
    `Partner Center answered GET ${p.path} with a continuation token it had already sent; stopped after ${f.number(p.items)} item(s)`,
  'error.partnerCenter.noTracking': (p: { method: string; path: string; status: string }) =>
    `Partner Center accepted the devices of ${p.method} ${p.path} (HTTP ${p.status}) but named no upload to follow: no Location header and no status link in the body. Their outcome cannot be read now; the next run finds in the batch the ones Partner Center registered.`,
  'error.partnerCenter.unexpectedBody': (p: { method: string; path: string; issue: string }) =>
    `Partner Center answered ${p.method} ${p.path} with an unexpected body: ${p.issue}`,
  'error.url.invalid': (p: { setting: string; url: string }) =>
    `${p.setting} \`${p.url}\` is not a URL`,
  'error.url.notHttps': (p: { setting: string; url: string }) =>
    `${p.setting} \`${p.url}\` must use https (plain http only on 127.0.0.1 or localhost)`,
  'error.batch.needsUser': (p: { batchId: string }) =>
    `the device batch \`${p.batchId}\` does not exist yet, and Partner Center creates batches only for App+User sign-ins: nothing was sent for this customer. A partner admin creates it with its first devices: \`autopilot-gitops create-batch\` (a device-code sign-in), or in Partner Center (Customers > the customer > Devices > Add devices, with \`${p.batchId}\` as the name).`,
} satisfies Messages
