/**
 * How the browser tests start Debian's Chromium (the HTML report, the extension host, the editor
 * end-to-end): headless, without sandbox, GPU or anything that would reach the network.
 */
export const chromiumLaunch = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
