import { checkDeviceFile, type FileCheckRequest, type FileReport } from './check-device-file.js'

/** Runs file checks: in this thread, or spread over worker threads (see worker-pool.ts). */
export interface FileChecker {
  checkAll(requests: readonly FileCheckRequest[]): Promise<FileReport[]>
}

export const inThisThread: FileChecker = {
  async checkAll(requests) {
    const reports: FileReport[] = []
    for (const request of requests) reports.push(await checkDeviceFile(request))
    return reports
  },
}
