/**
 * The name of a captured source in content/sources/: a plain file name, no path, so that a
 * front-matter `source` can never point outside that folder. "001_ebee3837cade0750.txt",
 * "claude-ai--terms-of-service.md".
 */
export const sourceFileName = /^[a-z0-9][a-z0-9._-]*\.(?:txt|md)$/i;
