import type { Format } from '../format.js'
import type { Messages } from '../messages.js'
import type { Text } from '../text.js'

/** What doctor and drift say of a sign-in or a customer they could not check. */
export const repositoryDoctorEn = {
  'repo.doctor.signedIn': () => 'signed in',
  'repo.doctor.noRefreshToken': () =>
    'not configured (no refresh token): a batch that does not exist yet is created with `autopilot-gitops create-batch` or in Partner Center',
  'repo.doctor.appSignInFailed': () => 'the app-only sign-in failed (above)',
  'repo.doctor.fixRepository': (p: { reasons: Text }, f: Format) =>
    `fix the repository first: ${f.text(p.reasons)}`,
  'repo.doctor.noBatch': (p: { tags: string }) =>
    `no batch ${p.tags} yet, and no App+User sign-in to create it: run autopilot-gitops create-batch for it, or create it in Partner Center`,
  'repo.doctor.forbidden': (p: { said: Text }, f: Format) =>
    `${f.text(p.said)}. Check that the partner has a reseller relationship with this customer (Partner Center > Customers) and that the app is registered in Partner Center (Account settings > App management)`,
  'repo.doctor.unauthorized': (p: { said: Text }, f: Format) =>
    `${f.text(p.said)}. The token was refused: check the app's sign-in settings and its Partner Center API permission`,
  'repo.adopt.noCustomer': (p: { slug: string }) => `no customer ${p.slug} in customers/`,
  'repo.adopt.fixFirst': (p: { slug: string; reasons: Text }, f: Format) =>
    `customers/${p.slug} has errors: fix them first (${f.text(p.reasons)})`,
  'repo.drift.recordsUnreadable': () =>
    'its registration records could not all be read: fix them first (see validate)',
  // What a link or special file in place of a file costs (AP109), as its finding ends.
  'repo.special.customerFile': () => 'nothing in it is read, and nothing of it is registered',
  'repo.special.customers': () => 'no customer is read, and nothing is registered',
  'repo.special.customerFolder': (p: { name: string }) =>
    `customer \`${p.name}\` is not read, and none of its devices is registered`,
  'repo.special.settings': (p: { slug: string }) =>
    `customer ${p.slug} has no settings, and nothing is registered for it`,
  'repo.special.record': () =>
    "the customer's registration state is unknown and nothing is registered for it",
} satisfies Messages
