/** One device as uploaded: the identifier combination of its row, empty fields left out. */
export interface DeviceUpload {
  hardwareHash?: string
  serialNumber?: string
  productKey?: string
  oemManufacturerName?: string
  modelName?: string
}

/** Empty fields are left out: Partner Center reads the combination of the ones present. */
export function clean(device: DeviceUpload): DeviceUpload {
  return Object.fromEntries(
    Object.entries(device).filter(([, v]) => typeof v === 'string' && v !== ''),
  ) as DeviceUpload
}
