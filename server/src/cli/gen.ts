/**
 * `npm run gen`: writes the files generated from the catalogue (schemas/appendix.schema.json,
 * snippets/clauses.json, docs/clauses.md). Tests fail when the committed files differ from what this writes.
 */
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CLAUSES } from '../languageService/catalogue/clauses';
import { buildAppendixSchema } from '../languageService/catalogue/schemaGen';
import { buildSnippets } from '../languageService/catalogue/snippetGen';
import { clauseReference } from '../languageService/catalogue/reference';
import { PROFILE_IDS } from '../languageService/settings';

export function generated(): Record<string, string> {
  return {
    'schemas/appendix.schema.json': JSON.stringify(buildAppendixSchema(CLAUSES, PROFILE_IDS), null, 2) + '\n',
    'snippets/clauses.json': JSON.stringify(buildSnippets(CLAUSES), null, 2) + '\n',
    'docs/clauses.md': clauseReference(),
  };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  for (const [file, content] of Object.entries(generated())) {
    writeFileSync(path.join(root, file), content);
    console.log(`wrote ${file}`);
  }
}
