// Rewrites the sample snapshots (test/snapshots/) instead of comparing them: the one command to run
// after an intended change to findings. Cross-platform, so no `VAR=1 cmd` in package.json.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  ['--import', 'tsx', 'node_modules/mocha/bin/mocha.js', '--no-config', '--timeout', '120000', 'test/snapshots.test.ts'],
  {
    stdio: 'inherit',
    env: { ...process.env, CAOLINT_UPDATE_SNAPSHOTS: '1' },
  },
);
process.exitCode = result.status ?? 1;
