import { checkDeviceFile, type FileCheckRequest, type FileReport } from './check-device-file.js'
import { mapInParallel } from './in-parallel.js'

/** Runs file checks: in this thread, or spread over worker threads (see worker-pool.ts). */
export interface FileChecker {
  checkAll(requests: readonly FileCheckRequest[]): Promise<FileReport[]>
}

export const inThisThread: FileChecker = {
  async checkAll(requests) {
    // A few files at a time: their reads overlap, and what is held stays small.
    return mapInParallel(requests, checkDeviceFile, 4)
  },
}
