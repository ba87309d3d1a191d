/** Which product file a document is (format.md section 1). Defined once; used by the server, CLI and tests. */
export type FileKind = 'appendix' | 'evidence' | 'policy' | 'snippets';

export const SCHEMA_IDS: Record<FileKind, string> = {
  appendix: 'ecc-appendix/v1',
  evidence: 'ecc-evidence/v1',
  policy: 'ecc-policy/v1',
  snippets: 'ecc-snippets/v1',
};

/** Glob patterns for editors' document selectors and for folder search. */
export const FILE_GLOBS = [
  '**/*.appendix.yaml',
  '**/*.appendix.yml',
  '**/*.evidence.yaml',
  '**/*.evidence.yml',
  '**/.ecc-appendix.yaml',
  '**/*.snippets.yaml',
  '**/*.snippets.yml',
];

export function kindFromName(pathOrUri: string): FileKind | undefined {
  const name = pathOrUri.replace(/[?#].*$/, '').split(/[\\/]/).pop() ?? '';
  const lower = name.toLowerCase();
  if (/\.appendix\.ya?ml$/.test(lower)) return 'appendix';
  if (/\.evidence\.ya?ml$/.test(lower)) return 'evidence';
  if (lower === '.ecc-appendix.yaml') return 'policy';
  if (/\.snippets\.ya?ml$/.test(lower)) return 'snippets';
  return undefined;
}

/** How far into a file the header may sit (comments and a `%YAML`/`---` line may come first). */
const HEADER_SCAN_CHARS = 4096;

/**
 * The value of a top-level `schema:` key near the top of the file, read without parsing the YAML, so that
 * unrelated YAML costs no more than this scan.
 */
export function headerSchema(text: string): string | undefined {
  const head = text.slice(0, HEADER_SCAN_CHARS);
  // `\ufeff?`: a client may send the byte-order mark as the first character (VS Code strips it, others may not).
  const m = /^\ufeff?schema:[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s#]+))/m.exec(head);
  return m ? (m[1] ?? m[2] ?? m[3]) : undefined;
}

/** The kind of a document by its name, else by its header; undefined means "not ours, leave it alone". */
export function detectKind(pathOrUri: string, text: string): FileKind | undefined {
  const byName = kindFromName(pathOrUri);
  if (byName) return byName;
  const schema = headerSchema(text);
  if (schema === undefined) return undefined;
  // Another version of one of ours (`ecc-appendix/v2`) is still that kind: it gets the `schema-version` finding
  // rather than being left alone, so a mistyped header cannot pass a CI gate unchecked.
  for (const kind of Object.keys(SCHEMA_IDS) as FileKind[]) {
    const id = SCHEMA_IDS[kind];
    const family = id.slice(0, id.indexOf('/'));
    if (schema === id || schema === family || schema.startsWith(family + '/')) return kind;
  }
  return undefined;
}
