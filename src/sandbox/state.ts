import { randomUUID } from 'node:crypto'
import { decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import type { DeviceUpload } from '../partner-center/client.js'

/** A device as the sandbox holds it. */
export interface SandboxDevice extends DeviceUpload {
  id: string
  uploadedDate: string
}

export interface SandboxJob {
  trackingId: string
  customerId: string
  batchId: string
  devices: DeviceUpload[]
  polls: number
  results?: {
    device: DeviceUpload
    deviceId?: string
    status: string
    errorCode?: string
    errorDescription?: string
  }[]
}

/** Seed: what exists before the first call (a JSON file for `autopilot-gitops sandbox --seed`). */
export interface SandboxSeed {
  customers?: Record<string, { batches?: Record<string, DeviceUpload[]> }>
  /** Devices registered to tenants outside the sandbox's customers: uploading one gives 808. */
  otherTenants?: DeviceUpload[]
}

/** The identity the sandbox matches devices by: serial (+ manufacturer), product key, or the hash's own serial. */
export function sandboxKeys(device: DeviceUpload): string[] {
  const keys: string[] = []
  const decoded = device.hardwareHash ? decodeHardwareHash(device.hardwareHash) : undefined
  const serial = (decoded?.serialNumber ?? device.serialNumber ?? '').toLowerCase()
  if (serial) keys.push(`s:${serial}`)
  if (device.productKey) keys.push(`p:${device.productKey}`)
  return keys
}

/** Customers, batches and devices of the sandbox, with the jobs uploads start. */
export class SandboxState {
  readonly batches = new Map<string, Map<string, SandboxDevice[]>>()
  readonly jobs = new Map<string, SandboxJob>()
  readonly otherTenants = new Set<string>()

  constructor(seed: SandboxSeed = {}) {
    for (const [customerId, customer] of Object.entries(seed.customers ?? {})) {
      for (const [batchId, devices] of Object.entries(customer.batches ?? {})) {
        this.batchesOf(customerId).set(
          batchId,
          devices.map((d) => ({ ...d, id: randomUUID(), uploadedDate: new Date().toISOString() })),
        )
      }
    }
    for (const device of seed.otherTenants ?? [])
      for (const key of sandboxKeys(device)) this.otherTenants.add(key)
  }

  batchesOf(customerId: string): Map<string, SandboxDevice[]> {
    const key = customerId.toLowerCase()
    let batches = this.batches.get(key)
    if (!batches) {
      batches = new Map()
      this.batches.set(key, batches)
    }
    return batches
  }

  findBatch(customerId: string, batchId: string): [string, SandboxDevice[]] | undefined {
    for (const entry of this.batchesOf(customerId))
      if (entry[0].toLowerCase() === batchId.toLowerCase()) return entry
    return undefined
  }

  /** Runs a job's devices through the sandbox's rules once, when it first finishes. */
  settle(job: SandboxJob): NonNullable<SandboxJob['results']> {
    if (job.results) return job.results
    const batch = this.findBatch(job.customerId, job.batchId)?.[1] ?? []
    const inTenant = new Set(
      [...this.batchesOf(job.customerId).values()].flat().flatMap(sandboxKeys),
    )
    const seen = new Set<string>()
    job.results = job.devices.map((device) => {
      const keys = sandboxKeys(device)
      const fail = (errorCode: string, errorDescription: string) => ({
        device,
        status: 'finished_with_errors',
        errorCode,
        errorDescription,
      })
      if (device.hardwareHash && decodeHardwareHash(device.hardwareHash).verdict !== 'valid') {
        return fail('802', 'InvalidZtdHardwareHash')
      }
      if (keys.some((k) => seen.has(k))) return fail('', 'ZtdDeviceDuplicated')
      for (const k of keys) seen.add(k)
      if (keys.some((k) => this.otherTenants.has(k)))
        return fail('808', 'ZtdDeviceAssignedToOtherTenant')
      if (keys.some((k) => inTenant.has(k))) return fail('806', 'ZtdDeviceAlreadyAssigned')
      const stored: SandboxDevice = {
        ...device,
        id: randomUUID(),
        uploadedDate: new Date().toISOString(),
      }
      batch.push(stored)
      return { device, deviceId: stored.id, status: 'finished' }
    })
    return job.results
  }
}
