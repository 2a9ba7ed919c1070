import type { LedgerDevice } from '../ledger/fold-ledger.js'
import type { PlannedDevice } from './registration-plan.js'

/**
 * A customer plan's `recorded`: the registration state of each of its devices that has one, kept
 * in an array beside its devices (undefined for a device with none). A Map of 150,000 devices
 * took 7 MB at the peak of a plan, and more in the tables it outgrew on the way, for the `plan`
 * command, which never asks; the registration run asks, and the Map is made when it first does.
 * The devices are the plan's own, in the order they were planned: nothing reorders them.
 */
export class RecordedStates implements ReadonlyMap<PlannedDevice, LedgerDevice> {
  readonly #devices: readonly PlannedDevice[]
  readonly #states: readonly (LedgerDevice | undefined)[]
  #map: Map<PlannedDevice, LedgerDevice> | undefined

  constructor(devices: readonly PlannedDevice[], states: readonly (LedgerDevice | undefined)[]) {
    this.#devices = devices
    this.#states = states
  }

  get size(): number {
    return this.#asMap().size
  }

  get(device: PlannedDevice): LedgerDevice | undefined {
    return this.#asMap().get(device)
  }

  has(device: PlannedDevice): boolean {
    return this.#asMap().has(device)
  }

  forEach(
    callback: (
      state: LedgerDevice,
      device: PlannedDevice,
      map: ReadonlyMap<PlannedDevice, LedgerDevice>,
    ) => void,
    thisArg?: unknown,
  ): void {
    for (const [device, state] of this.#asMap()) callback.call(thisArg, state, device, this)
  }

  entries(): MapIterator<[PlannedDevice, LedgerDevice]> {
    return this.#asMap().entries()
  }

  keys(): MapIterator<PlannedDevice> {
    return this.#asMap().keys()
  }

  values(): MapIterator<LedgerDevice> {
    return this.#asMap().values()
  }

  [Symbol.iterator](): MapIterator<[PlannedDevice, LedgerDevice]> {
    return this.entries()
  }

  #asMap(): Map<PlannedDevice, LedgerDevice> {
    if (!this.#map) {
      this.#map = new Map()
      for (const [i, device] of this.#devices.entries()) {
        const state = this.#states[i]
        if (state) this.#map.set(device, state)
      }
    }
    return this.#map
  }
}
