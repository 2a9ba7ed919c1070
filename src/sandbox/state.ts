import { randomUUID } from 'node:crypto'
import { decodeHardwareHash } from '../hash/decode-hardware-hash.js'
import type { DeviceUpload } from '../partner-center/client.js'
import { explainDeviceError } from '../partner-center/error-codes.js'

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
  /** When the upload was accepted, on the sandbox's clock. */
  startedAt: number
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
  /**
   * Devices, by serial, whose upload fails with this per-device code (801, 803, 812, 813, 814…),
   * named as the error catalogue names it: what the sandbox's own rules would not give.
   */
  failing?: { serialNumber: string; errorCode: string }[]
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

/**
 * Customers, batches and devices of the sandbox, with the jobs uploads start. Add and remove
 * devices through addDevice and removeDevice, which keep the index that 806 and 808 are read from.
 */
export class SandboxState {
  readonly batches = new Map<string, Map<string, SandboxDevice[]>>()
  readonly jobs = new Map<string, SandboxJob>()
  readonly otherTenants = new Set<string>()
  /** Serial (lower case) → the per-device code its upload fails with. */
  readonly failing = new Map<string, string>()
  /** Key → customer (lower case) → devices it holds under that key: no walk over every batch per upload. */
  private readonly holders = new Map<string, Map<string, number>>()

  constructor(seed: SandboxSeed = {}) {
    for (const [customerId, customer] of Object.entries(seed.customers ?? {})) {
      for (const [batchId, devices] of Object.entries(customer.batches ?? {})) {
        const batch: SandboxDevice[] = []
        this.batchesOf(customerId).set(batchId, batch)
        for (const device of devices) this.addDevice(customerId, batch, device)
      }
    }
    for (const { serialNumber, errorCode } of seed.failing ?? [])
      this.failing.set(serialNumber.toLowerCase(), errorCode)
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

  addDevice(customerId: string, batch: SandboxDevice[], device: DeviceUpload): SandboxDevice {
    // As Autopilot does, a device sent with its hash is known by what the hash holds.
    const decoded = device.hardwareHash ? decodeHardwareHash(device.hardwareHash) : undefined
    const fromHash =
      decoded?.verdict === 'valid'
        ? {
            ...(decoded.manufacturer ? { oemManufacturerName: decoded.manufacturer } : {}),
            ...(decoded.model ? { modelName: decoded.model } : {}),
          }
        : {}
    const stored: SandboxDevice = {
      ...fromHash,
      ...device,
      id: randomUUID(),
      uploadedDate: new Date().toISOString(),
    }
    batch.push(stored)
    this.hold(customerId, device, 1)
    return stored
  }

  /** False when the batch has no such device. */
  removeDevice(customerId: string, batch: SandboxDevice[], deviceId: string): boolean {
    const at = batch.findIndex((d) => d.id === deviceId)
    if (at === -1) return false
    const [removed] = batch.splice(at, 1)
    if (removed) this.hold(customerId, removed, -1)
    return true
  }

  private hold(customerId: string, device: DeviceUpload, delta: 1 | -1) {
    const customer = customerId.toLowerCase()
    for (const key of sandboxKeys(device)) {
      const counts = this.holders.get(key) ?? new Map<string, number>()
      const n = (counts.get(customer) ?? 0) + delta
      if (n > 0) counts.set(customer, n)
      else counts.delete(customer)
      if (counts.size > 0) this.holders.set(key, counts)
      else this.holders.delete(key)
    }
  }

  /** The sandbox customers (lower case) holding a device under any of these keys. */
  private holdersOf(keys: readonly string[]): Set<string> {
    return new Set(keys.flatMap((k) => [...(this.holders.get(k)?.keys() ?? [])]))
  }

  /**
   * Runs a job's devices through the sandbox's rules once, when it first finishes. A device is
   * matched by sandboxKeys: in this customer's batches → 806; in another sandbox customer's, or
   * seeded as another tenant's → 808. With `failWith`, every device fails with it instead.
   */
  settle(
    job: SandboxJob,
    failWith?: { errorCode: string; errorDescription: string },
  ): NonNullable<SandboxJob['results']> {
    if (job.results) return job.results
    if (failWith) {
      job.results = job.devices.map((device) => ({
        device,
        status: 'finished_with_errors',
        ...failWith,
      }))
      return job.results
    }
    const batch = this.findBatch(job.customerId, job.batchId)?.[1] ?? []
    const customer = job.customerId.toLowerCase()
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
      const seeded = [...this.failing].find(([serial]) => keys.includes(`s:${serial}`))
      if (seeded) return fail(seeded[1], explainDeviceError(seeded[1], null).name)
      if (keys.some((k) => seen.has(k))) return fail('', 'ZtdDeviceDuplicated')
      for (const k of keys) seen.add(k)
      const holders = this.holdersOf(keys)
      if (keys.some((k) => this.otherTenants.has(k)) || [...holders].some((c) => c !== customer))
        return fail('808', 'ZtdDeviceAssignedToOtherTenant')
      if (holders.has(customer)) return fail('806', 'ZtdDeviceAlreadyAssigned')
      const stored = this.addDevice(job.customerId, batch, device)
      return { device, deviceId: stored.id, status: 'finished' }
    })
    return job.results
  }
}
