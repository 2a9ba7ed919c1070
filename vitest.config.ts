import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    unstubEnvs: true,
    restoreMocks: true,
    testTimeout: 30_000,
  },
})
