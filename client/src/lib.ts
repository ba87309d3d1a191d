/** Loads dist/languageClient.js (client/src/languageClient.ts) on first use; see that file for why it is apart. */
import * as path from 'node:path';
import type * as Library from './languageClient';

let library: typeof Library | undefined;

export function languageClient(): typeof Library {
  // A computed path, so esbuild leaves the require alone and the library stays in its own file.
  library ??= require(path.join(__dirname, 'languageClient.js')) as typeof Library;
  return library;
}
