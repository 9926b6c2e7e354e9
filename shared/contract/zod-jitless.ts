import { config } from 'zod';

// Imported FIRST by every bundle that runs in a page (renderer, preload, harness bridge), before
// any shared module builds or parses a schema. Zod compiles fast parsers with `new Function` unless
// told not to; under the app's CSP (no 'unsafe-eval') even its guarded probe is reported as a policy
// violation. The interpreted parser is plenty fast for IPC payloads. Main, under Node, keeps the JIT.
config({ jitless: true });
