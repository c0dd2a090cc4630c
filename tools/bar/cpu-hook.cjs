'use strict';
// Preloaded into the CLI process by the robustness bar (node --require): on exit, writes the
// process's CPU time (user + system, all threads) to the file named by CAOLINT_BAR_CPU.
const { writeFileSync } = require('node:fs'); // eslint-disable-line @typescript-eslint/no-require-imports
const out = process.env.CAOLINT_BAR_CPU;
if (out) {
  process.on('exit', () => {
    const { user, system } = process.cpuUsage();
    try {
      writeFileSync(out, String((user + system) / 1000));
    } catch {
      // Under a file-size limit (the bar's full-disk run) the time is not needed.
    }
  });
}
