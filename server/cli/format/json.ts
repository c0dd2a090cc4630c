import type { Formatter } from './types';

/** The documented JSON shape: an array of { filePath, messages }, one entry per linted file. */
export const formatJson: Formatter = (reports) =>
  `${JSON.stringify(
    reports.map(({ filePath, messages }) => ({ filePath, messages })),
    null,
    2,
  )}\n`;
