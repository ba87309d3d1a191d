/** What each file-level code means, in our words (docs/format.md lists them), for SARIF's rule
 * help and `explain`. */
export const FILE_CODE_HELP: Record<string, { short: string; full: string; doc: string }> = {
  'yaml-syntax': { short: 'The file is not valid YAML.', full: 'The text cannot be read as YAML 1.2, so no other check runs on it until the syntax is fixed.', doc: 'docs/format.md' },
  'schema-version': {
    short: 'The `schema:` header is missing or names an unknown version.',
    full: 'A file named as an appendix, evidence log, policy or snippet library must open with its `schema:` header (`ecc-appendix/v1`, `ecc-evidence/v1`, ...); without it the file is not checked further.',
    doc: 'docs/format.md',
  },
  'unknown-key': { short: 'A key the format does not define.', full: 'The key is not part of the file format, which usually means a typo; the message suggests the closest known key.', doc: 'docs/format.md' },
  type: { short: 'A value of the wrong type or form.', full: 'The value is not of the type the format expects: a number, true or false, a date written YYYY-MM-DD, a timestamp with an offset, a list, or one of the allowed words.', doc: 'docs/format.md' },
  'duplicate-key': { short: 'The same key twice in one mapping.', full: 'A mapping repeats a key; the later occurrence is reported, since readers disagree about which value counts.', doc: 'docs/format.md' },
  'exception-expired': { short: 'An exception has expired.', full: 'The exception’s `expires_on` date has passed, so the findings it covered are back at their full severity until it is renewed or the clause is fixed.', doc: 'docs/format.md' },
  'exception-invalid': { short: 'An exception that covers nothing.', full: 'The exception lacks a required field (id, clause, risk_ref, approved_by, approved_on, expires_on), names an unknown clause, repeats an id, or a clause’s `exception_ref` names no exception.', doc: 'docs/format.md' },
  'evidence-link': { short: 'The evidence log is not linked to its appendix.', full: 'The log’s `evidence_log.appendix` is missing, matches no appendix, or matches several equally near; the checks that read the appendix’s agreed values did not run.', doc: 'docs/evidence.md' },
  length: { short: 'The rendered schedule runs past one A4 page.', full: 'The appendix rendered as the contract’s security schedule is longer than the one-page target.', doc: 'docs/render.md' },
  'policy-relaxation': { short: 'A team policy relaxes a threshold without a reason.', full: 'A team policy may relax a baseline threshold only with a recorded reason.', doc: 'docs/policy.md' },
  'snippet-library': { short: 'A snippet library folder cannot be used.', full: 'A snippet folder named by the policy is missing, is a file, is absolute, or lies outside the policy’s folder.', doc: 'docs/policy.md' },
  'snippet-below-baseline': { short: 'A library snippet is weaker than the baseline.', full: 'A clause snippet in a team library states terms below the catalogue’s baseline.', doc: 'docs/policy.md' },
};
