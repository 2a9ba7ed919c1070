import { z } from 'zod'

/** Group tags Microsoft Managed Desktop accepts, to the letter (autopilot-csv.md §5). */
export const MANAGED_DESKTOP_GROUP_TAGS = [
  'Microsoft365Managed_Autopilot',
  'Microsoft365Managed_Standard',
  'Microsoft365Managed_Standard-Shared',
  'Microsoft365Managed_SensitiveData',
  'Microsoft365Managed_SensitiveData-Shared',
  'Microsoft365Managed_PowerUser',
  'Microsoft365Managed_Kiosk',
  'Microsoft365Managed_Kiosk-Shared',
] as const

export const DEFAULT_GROUP_TAG = 'Microsoft365Managed_Autopilot'

export const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

/** `customers/<slug>/customer.yml`. Pure: cross-field rules live in read-customer.ts. */
export const CustomerFileSchema = z
  .strictObject({
    name: z.string().trim().min(1).describe("The customer's display name, for reports."),
    customerId: z
      .string()
      .regex(GUID)
      .describe(
        "Partner Center customer id, which is the customer's Microsoft Entra tenant id (a GUID).",
      ),
    groupTag: z
      .string()
      .min(1)
      .default(DEFAULT_GROUP_TAG)
      .describe(
        `Name of the Partner Center device batch, which becomes the devices' Autopilot group tag. For Managed Desktop customers exactly one of: ${MANAGED_DESKTOP_GROUP_TAGS.join(', ')}.`,
      ),
    groupTags: z
      .array(z.string().min(1))
      .optional()
      .describe(
        "More group tags the customer uses besides groupTag, each its own device batch. A device takes its tag from its row's Group Tag column, else from the folder devices/<group tag>/ its file sits in, else groupTag.",
      ),
    managedDesktop: z
      .boolean()
      .default(true)
      .describe(
        'Whether the customer is a Microsoft Managed Desktop customer; if so the group tag must be a Managed Desktop tag.',
      ),
  })
  .describe('An autopilot-gitops customer: who the devices in devices/ are registered for.')

export type CustomerFile = z.output<typeof CustomerFileSchema>

/** Every group tag of a customer, its default (groupTag) first, each once. */
export function tagsOf(customer: Pick<CustomerFile, 'groupTag' | 'groupTags'>): string[] {
  return [...new Set([customer.groupTag, ...(customer.groupTags ?? [])])]
}

/** The JSON Schema editors use to check customer.yml; `npm run schema` writes it to schema/. */
export function customerJsonSchema(): Record<string, unknown> {
  return {
    $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/customer.schema.json',
    title: 'autopilot-gitops customer.yml',
    ...z.toJSONSchema(CustomerFileSchema, { io: 'input' }),
    // The cross-field rule of read-customer.ts, so that editors flag a wrong tag too.
    if: { properties: { managedDesktop: { const: false } }, required: ['managedDesktop'] },
    else: {
      properties: {
        groupTag: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] },
        groupTags: { items: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] } },
      },
    },
  }
}
