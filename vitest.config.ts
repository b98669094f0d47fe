import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 60_000,
    // Infra tests synthesize (and one bundles) the whole stack in `beforeAll`: minutes on a loaded 2-core machine.
    hookTimeout: 600_000,
    // Two cores: keep the workers to what the machine has; DynamoDB Local takes the rest.
    maxWorkers: 2,
  },
});
