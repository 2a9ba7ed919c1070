import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    unstubEnvs: true,
    restoreMocks: true,
    testTimeout: 30_000,
    // Most tests wait on child processes and sockets, not on a core: more files at once than the
    // machine has cores (vitest's default is one fewer) halves the run on a 2-core machine.
    maxWorkers: 3,
  },
})
