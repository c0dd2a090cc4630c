// The configuration layer as the CLI and the language server use it.
export { ConfigError, displayPath } from './errors';
export { CONFIG_FILE_NAMES, configFileIn, configFilesFor, emptyConfig, loadConfigForFile, mergeConfig, readConfigFile, toResolved } from './load';
export type { LoadOptions } from './load';
export { configForDocument, extractFrontMatter, frontMatterConfig } from './frontMatter';
export { buildConfigSchema } from './schema';
export { validateConfig } from './validate';
export type { ConfigFileContent, ResolvedConfig, RuleEntry, RuleSetting } from './types';
