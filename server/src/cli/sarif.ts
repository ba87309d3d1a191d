/**
 * `lint --format sarif`: SARIF 2.1.0 (docs/ci.md). One run; one rule per finding code the product can report, with
 * help text (our paraphrase) and, where an ECC control applies, helpUri to NCA's ECC page; results with 1-based
 * regions whose columns count UTF-16 code units (`run.columnKind: "utf16CodeUnits"`, the unit every other output and
 * LSP use); findings accepted under an appendix exception carry an `inSource` suppression whose justification is the
 * exception's deviation, risk reference and approver. Levels are the engine's severities (error, warning, note), the
 * same that `--fail-on` reads, so the SARIF never disagrees with the exit status.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import pkg from '../../../package.json';
import { CLAUSES } from '../languageService/catalogue/clauses';
import { CONTROLS } from '../languageService/catalogue/controls';
import type { Severity } from '../languageService/catalogue/types';
import { EVIDENCE_CHECKS } from '../languageService/evidence/index';
import { FILE_CODES, type Finding } from '../languageService/findings';
import { parseYaml } from '../languageService/parse';
import { POLICY_CODES } from '../languageService/policy';
import { isRecord } from '../languageService/rules/context';
import { FILE_CODE_HELP } from './codeHelp';
import type { FileResult } from './output';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', info: 'note' };


const CONTROL_BY_ID = new Map(CONTROLS.map((c) => [c.id, c]));

function controlsMarkdown(ecc: readonly string[]): string[] {
  return ecc.map((id) => {
    const c = CONTROL_BY_ID.get(id);
    return c ? `- **${id}** ${c.title} (${c.version}): ${c.summary}` : `- **${id}**`;
  });
}

/** The rule for one code: descriptions, help in our words, helpUri (NCA's ECC page) when an ECC control applies. */
export function ruleFor(code: string): Sarif.ReportingDescriptor {
  const clause = CLAUSES.find((c) => c.id === code);
  if (clause) {
    const md = [
      `**${clause.title}** (clause ${clause.number} of the ECC Appendix catalogue v1, ${clause.basis === 'nca' ? 'NCA requirement' : 'recommended practice'}).`,
      '',
      `What the contract must state: ${clause.mustState}`,
      '',
      'ECC-2:2024 controls, in our words (the Arabic text is binding):',
      ...controlsMarkdown(clause.ecc),
      '',
      `Thresholds and parameters: docs/clauses.md, section \`${clause.id}\`, in the ECC Appendix package; \`ecc-appendix explain ${clause.id}\` prints them.`,
    ].join('\n');
    return {
      id: code,
      name: clause.title,
      shortDescription: { text: clause.title },
      fullDescription: { text: clause.mustState },
      defaultConfiguration: { level: LEVEL[clause.missing.severity] },
      helpUri: CONTROL_BY_ID.get(clause.ecc[0])?.url,
      help: { text: md.replace(/\*\*|`/g, ''), markdown: md },
      properties: { tags: ['ecc-appendix', 'clause', ...clause.ecc.map((e) => `ECC ${e}`)], ecc: [...clause.ecc], basis: clause.basis },
    };
  }
  const check = EVIDENCE_CHECKS.find((c) => c.id === code);
  if (check) {
    const md = [
      `**${check.title}** (evidence check ${check.id}, ${check.basis === 'nca' ? 'NCA requirement' : 'recommended practice'}).`,
      '',
      check.checks,
      '',
      `Severity: ${check.severity}.${check.uses.length ? ` Appendix values used (the catalogue's ecc-baseline value when not stated): ${check.uses.map((u) => `\`${u}\``).join(', ')}.` : ''}`,
      ...(check.ecc.length ? ['', 'ECC-2:2024 controls, in our words (the Arabic text is binding):', ...controlsMarkdown(check.ecc)] : []),
      '',
      `Details: docs/evidence.md, "The checks", in the ECC Appendix package; \`ecc-appendix explain ${check.id}\` prints them.`,
    ].join('\n');
    const firstLevel = /^(error|warning|info)/.exec(check.severity)?.[1] as Severity | undefined;
    return {
      id: code,
      name: check.title,
      shortDescription: { text: check.title },
      fullDescription: { text: check.checks.replace(/`/g, '') },
      ...(firstLevel ? { defaultConfiguration: { level: LEVEL[firstLevel] } } : {}),
      ...(check.ecc.length ? { helpUri: CONTROL_BY_ID.get(check.ecc[0])?.url } : {}),
      help: { text: md.replace(/\*\*|`/g, ''), markdown: md },
      properties: { tags: ['ecc-appendix', 'evidence', ...check.ecc.map((e) => `ECC ${e}`)], ecc: [...check.ecc], basis: check.basis },
    };
  }
  const file = FILE_CODE_HELP[code];
  const md = file ? `**${file.short}**\n\n${file.full}\n\nSee ${file.doc} in the ECC Appendix package.` : `Finding code \`${code}\` of ecc-appendix.`;
  return {
    id: code,
    name: code,
    shortDescription: { text: file?.short ?? code },
    fullDescription: { text: (file?.full ?? code).replace(/`/g, '') },
    help: { text: md.replace(/\*\*|`/g, ''), markdown: md },
    properties: { tags: ['ecc-appendix', 'file'] },
  };
}

/** Every code the product reports, in a stable order: clauses, evidence checks, file-level and policy codes. */
export const ALL_CODES: readonly string[] = [...CLAUSES.map((c) => c.id), ...EVIDENCE_CHECKS.map((c) => c.id), ...FILE_CODES, ...POLICY_CODES];

/** A path as shown (`/` separators) as a SARIF artifact URI: relative stays relative (percent-encoded), absolute becomes `file:`. */
export function artifactUri(shown: string): string {
  if (/^([a-zA-Z]:)?\//.test(shown)) return pathToFileURL(shown).href;
  return shown
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The justification of an exception: its deviation, risk reference and approver (and dates). */
export function exceptionJustification(root: unknown, id: string): string {
  const list = isRecord(root) && Array.isArray(root.exceptions) ? root.exceptions : [];
  const ex = list.find((e) => isRecord(e) && e.id === id);
  if (!isRecord(ex)) return `Accepted under exception ${id}.`;
  const s = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
  const parts = [
    `Exception ${id}`,
    s(ex.deviation) && `deviation: ${s(ex.deviation)}`,
    s(ex.compensating_controls) && `compensating controls: ${s(ex.compensating_controls)}`,
    s(ex.risk_ref) && `risk_ref: ${s(ex.risk_ref)}`,
    s(ex.approved_by) && `approved by ${s(ex.approved_by)}${s(ex.approved_on) ? ` on ${s(ex.approved_on)}` : ''}`,
    s(ex.expires_on) && `expires ${s(ex.expires_on)}`,
  ].filter(Boolean);
  return parts.join('; ') + '.';
}

export interface SarifOptions {
  asOf: string;
  profiles?: readonly string[];
}

function result(r: FileResult, f: Finding, ruleIndex: number, artifactIndex: number, root: () => unknown): Sarif.Result {
  const start = r.document.positionAt(f.span.start);
  const end = r.document.positionAt(f.span.end);
  const out: Sarif.Result = {
    ruleId: f.code,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(r.path), index: artifactIndex },
          region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
        },
      },
    ],
    properties: { ecc: [...f.ecc], basis: f.basis, severity: f.severity },
  };
  if (f.data?.kind === 'excepted') {
    out.suppressions = [{ kind: 'inSource', status: 'accepted', justification: exceptionJustification(root(), f.data.exception) }];
    out.properties = { ...out.properties, exception: f.data.exception, originalSeverity: f.data.original };
  }
  return out;
}

/** The SARIF log of a lint run (pretty-printed JSON, UTF-8). */
export function toSarif(results: readonly FileResult[], options: SarifOptions): string {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.code)));
  const codes = [...ALL_CODES, ...[...used].filter((c) => !ALL_CODES.includes(c)).sort()];
  const index = new Map(codes.map((c, i) => [c, i]));
  const artifacts: Sarif.Artifact[] = results.map((r) => ({ location: { uri: artifactUri(r.path) }, sourceLanguage: 'yaml', roles: ['analysisTarget'] }));
  const out: Sarif.Result[] = [];
  results.forEach((r, i) => {
    let parsed: unknown;
    const root = () => (parsed ??= parseYaml(r.document.getText()).value);
    for (const f of r.findings) out.push(result(r, f, index.get(f.code)!, i, root));
  });
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'ecc-appendix',
            fullName: 'ECC Appendix: contract security appendices against NCA ECC-2:2024',
            version: pkg.version,
            semanticVersion: pkg.version,
            rules: codes.map(ruleFor),
          },
        },
        invocations: [{ executionSuccessful: true }],
        artifacts,
        results: out,
        columnKind: 'utf16CodeUnits',
        properties: { asOf: options.asOf, catalogue: 'v1', ecc: 'ECC-2:2024', profiles: [...(options.profiles ?? [])] },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
