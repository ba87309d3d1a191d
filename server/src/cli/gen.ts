/**
 * `npm run gen`: writes the files generated from the catalogue and the schemas (schemas/appendix.schema.json,
 * snippets/clauses.json, docs/clauses.md, and the precompiled JSON Schema validators
 * server/src/languageService/generated/validators.ts). Tests fail when the committed files differ from what this
 * writes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { version as ajvVersion } from 'ajv/package.json';
import evidenceSchema from '../../../schemas/evidence.schema.json';
import policySchema from '../../../schemas/policy.schema.json';
import snippetsSchema from '../../../schemas/snippets.schema.json';
import { CLAUSES } from '../languageService/catalogue/clauses';
import { buildAppendixSchema } from '../languageService/catalogue/schemaGen';
import { buildSnippets } from '../languageService/catalogue/snippetGen';
import { clauseReference } from '../languageService/catalogue/reference';
import { PROFILE_IDS } from '../languageService/settings';
import { buildValidators } from '../languageService/validatorGen';

export function generated(): Record<string, string> {
  const appendixSchema = buildAppendixSchema(CLAUSES, PROFILE_IDS);
  return {
    'schemas/appendix.schema.json': JSON.stringify(appendixSchema, null, 2) + '\n',
    'snippets/clauses.json': JSON.stringify(buildSnippets(CLAUSES), null, 2) + '\n',
    'docs/clauses.md': clauseReference(),
    'server/src/languageService/generated/validators.ts': buildValidators(
      { appendix: appendixSchema, evidence: evidenceSchema, policy: policySchema, snippets: snippetsSchema },
      ajvVersion,
    ),
  };
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  for (const [file, content] of Object.entries(generated())) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), content);
    console.log(`wrote ${file}`);
  }
}
