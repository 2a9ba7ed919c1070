import { serveFileChecks } from './repo/worker-pool.js'

// Entry of dist/worker/index.js: a worker thread that checks the device files it is sent. Its own
// small bundle, so that a worker starts fast and holds no code it does not run.
serveFileChecks()
