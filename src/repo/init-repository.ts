import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { GUID } from '../config/customer-schema.js'
import { groupTagProblem } from '../config/group-tags.js'
import { SLUG } from '../config/read-customer.js'
import { english } from '../messages/catalogue.js'
import { gitInitialCommit } from './git.js'

/** The action pin a release build carries: its commit, and its version for the comment. */
export interface ReleasePin {
  commit: string
  version: string
}

export interface InitOptions {
  /** The new repository's folder: absent or empty. */
  target: string
  /** template-repo/, as the package carries it. */
  template: string
  /** The first customer, instead of the template's example. */
  customer?: { slug: string; customerId: string; name?: string; groupTag?: string }
  pin?: ReleasePin
}

export interface InitResult {
  target: string
  files: number
  commit: string
  /** The workflows pin this release; false: they keep the placeholder, to be replaced. */
  pinned: boolean
  customer: string
}

/** A reason init refuses before it writes anything. */
export class InitRefused extends Error {}

/** The placeholder the template's workflows pin, which a release's init replaces. */
const PLACEHOLDER = /autopilot-gitops\/autopilot-gitops@[0-9a-f]{40} # v1/g
const EXAMPLE = 'contoso'

/**
 * A partner's repository from the template: every file (hidden ones too), the first customer
 * when given, the action pinned to this release when the build knows its commit, one commit.
 */
export async function initRepository(options: InitOptions): Promise<InitResult> {
  const { target, template, customer } = options
  if (existsSync(target) && readdirSync(target).length > 0)
    throw new InitRefused(
      `${target} is not empty: init makes a new repository in a new or empty folder`,
    )
  if (!existsSync(path.join(template, 'customers')))
    throw new InitRefused(`the template is missing from this installation (${template})`)
  if (customer) checkCustomer(customer)
  cpSync(template, target, { recursive: true })
  const slug = customer ? writeCustomer(target, customer) : EXAMPLE
  const pinned = options.pin ? pinWorkflows(target, options.pin) : false
  const commit = await gitInitialCommit(target, 'Start from the autopilot-gitops template')
  return { target, files: countFiles(target), commit, pinned, customer: slug }
}

function checkCustomer(customer: NonNullable<InitOptions['customer']>): void {
  if (!SLUG.test(customer.slug))
    throw new InitRefused(
      `--customer ${customer.slug} is not a slug: lowercase letters, digits and hyphens`,
    )
  const tag = customer.groupTag
  const problem = tag ? groupTagProblem(tag, true) : undefined
  // A usage error: said in English, as init's others are.
  if (problem?.near !== undefined)
    throw new InitRefused(`--group-tag: ${english(problem.message)}; give it exactly`)
  if (!GUID.test(customer.customerId))
    throw new InitRefused(
      `--customer-id ${customer.customerId} is not a GUID: give the customer's Microsoft Entra tenant id`,
    )
}

/** The customer's folder in place of the example's, and its line in CODEOWNERS. */
function writeCustomer(target: string, customer: NonNullable<InitOptions['customer']>): string {
  rmSync(path.join(target, 'customers', EXAMPLE), { recursive: true })
  const folder = path.join(target, 'customers', customer.slug)
  mkdirSync(path.join(folder, 'devices'), { recursive: true })
  writeFileSync(path.join(folder, 'devices', '.gitkeep'), '')
  const tag = customer.groupTag ?? 'Microsoft365Managed_Autopilot'
  // Any other tag than Managed Desktop's is the customer's own Intune groups': said in the file.
  const managed = groupTagProblem(tag, true) === undefined
  const lines = [
    '# yaml-language-server: $schema=../../schema/customer.schema.json',
    `name: ${JSON.stringify(customer.name ?? customer.slug)}`,
    "# Partner Center customer id = the customer's Microsoft Entra tenant id.",
    `customerId: ${customer.customerId}`,
    "# The Partner Center device batch, and so the devices' Autopilot group tag.",
    `groupTag: ${JSON.stringify(tag)}`,
    `managedDesktop: ${managed}`,
  ]
  writeFileSync(path.join(folder, 'customer.yml'), `${lines.join('\n')}\n`)
  const owners = path.join(target, '.github', 'CODEOWNERS')
  const text = readFileSync(owners, 'utf8')
  writeFileSync(owners, text.replaceAll(`/customers/${EXAMPLE}/ `, `/customers/${customer.slug}/ `))
  return customer.slug
}

function pinWorkflows(target: string, pin: ReleasePin): boolean {
  const folder = path.join(target, '.github', 'workflows')
  for (const name of readdirSync(folder)) {
    const file = path.join(folder, name)
    const text = readFileSync(file, 'utf8')
    writeFileSync(
      file,
      text.replace(
        PLACEHOLDER,
        `autopilot-gitops/autopilot-gitops@${pin.commit} # v${pin.version}`,
      ),
    )
  }
  return true
}

function countFiles(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
    (entry) =>
      entry.isFile() && !path.relative(dir, entry.parentPath).split(path.sep).includes('.git'),
  ).length
}
