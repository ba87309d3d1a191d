/**
 * `lint --format junit`: JUnit XML for CI test reports (docs/ci.md). One <testsuite> per file; one <testcase> per
 * file and clause (appendix: the catalogue's 35 clauses; evidence log: the checks EV-01..EV-29 and the link), plus a
 * `(file)` testcase for findings that belong to no clause (header, exceptions list, length, policy, snippet files).
 * - error or warning findings: one <failure> (type = the worst severity, message = its first message, body = all);
 * - info findings only: the testcase passes and lists them in <system-out> (info never fails a build);
 * - a clause that does not apply to the scope, an evidence check that could not run (log not linked) or a file
 *   that could not be read: <skipped> with the reason.
 * No `time` attributes: the run is reproducible and the checks take no measurable time.
 */
import { CLAUSES } from '../languageService/catalogue/clauses';
import type { Condition, Severity } from '../languageService/catalogue/types';
import { EVIDENCE_CHECKS, EVIDENCE_LINK_CODE } from '../languageService/evidence/index';
import { SEVERITY_RANK, type Finding } from '../languageService/findings';
import { parseYaml } from '../languageService/parse';
import { attributeFindings } from '../languageService/report/model';
import { flagsOf, hasPath, holds, isRecord } from '../languageService/rules/context';
import type { FileResult } from './output';

/** XML text and attribute escaping; characters XML 1.0 forbids are dropped. */
export function xml(s: string): string {
  return s
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

interface Case {
  name: string;
  findings: Finding[];
  skipped?: string;
}

function line(r: FileResult, f: Finding): number {
  return r.document.positionAt(f.span.start).line + 1;
}

function describe(r: FileResult, f: Finding): string {
  const p = r.document.positionAt(f.span.start);
  const ex = f.data?.kind === 'excepted' ? ` (accepted under exception ${f.data.exception})` : '';
  return `${r.path}:${p.line + 1}:${p.character + 1} ${f.severity} ${f.code} ${f.message}${ex}`;
}

function cases(r: FileResult): Case[] {
  const text = r.document.getText();
  if (r.kind === 'appendix') {
    const parsed = parseYaml(text);
    const readable = r.findings.every((f) => f.code !== 'schema-version') && !parsed.broken && isRecord(parsed.value);
    const { byClause, file } = attributeFindings(readable ? parsed : undefined, r.findings);
    const flags = readable ? flagsOf(parsed.value as Record<string, unknown>) : new Set<Condition>();
    const out: Case[] = CLAUSES.map((c) => {
      const findings = byClause.get(c.id) ?? [];
      const name = `${c.id}: ${c.title}`;
      if (!readable) return { name, findings: [], skipped: 'The file could not be read as an appendix, so this clause was not checked.' };
      const applies = !c.missing.requiredWhen || holds({ flags, profiles: new Set() }, c.missing.requiredWhen);
      if (!applies && !findings.length && !hasPath(parsed, c.path)) return { name, findings, skipped: 'The clause does not apply to this scope.' };
      return { name, findings };
    });
    out.push({ name: '(file)', findings: readable ? file : r.findings });
    return out;
  }
  if (r.kind === 'evidence') {
    const linkFailed = r.findings.some((f) => f.code === EVIDENCE_LINK_CODE);
    const readable = r.findings.every((f) => f.code !== 'schema-version' && f.code !== 'yaml-syntax');
    const out: Case[] = [{ name: `${EVIDENCE_LINK_CODE}: Evidence log linked to its appendix`, findings: r.findings.filter((f) => f.code === EVIDENCE_LINK_CODE) }];
    for (const c of EVIDENCE_CHECKS) {
      const name = `${c.id}: ${c.title}`;
      const findings = r.findings.filter((f) => f.code === c.id);
      if (!readable) out.push({ name, findings, skipped: 'The file could not be read as an evidence log, so this check did not run.' });
      else if (c.needsAppendix && linkFailed) out.push({ name, findings, skipped: 'The log is not linked to its appendix, so this check (which reads its agreed values) did not run.' });
      else out.push({ name, findings });
    }
    out.push({ name: '(file)', findings: r.findings.filter((f) => f.code !== EVIDENCE_LINK_CODE && !/^EV-\d\d$/.test(f.code)) });
    return out;
  }
  return [{ name: '(file)', findings: r.findings }];
}

function worst(findings: readonly Finding[]): Severity | undefined {
  let out: Severity | undefined;
  for (const f of findings) if (!out || SEVERITY_RANK[f.severity] > SEVERITY_RANK[out]) out = f.severity;
  return out;
}

/** The JUnit XML of a lint run. */
export function toJunit(results: readonly FileResult[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const r of results) {
    const list = cases(r);
    const body: string[] = [];
    let suiteFailures = 0;
    let suiteSkipped = 0;
    for (const c of list) {
      const open = `    <testcase classname="${xml(r.path)}" name="${xml(c.name)}" file="${xml(r.path)}"`;
      const bad = c.findings.filter((f) => f.severity !== 'info');
      const info = c.findings.filter((f) => f.severity === 'info');
      const out = info.length ? `\n      <system-out>${xml(info.map((f) => describe(r, f)).join('\n'))}</system-out>` : '';
      if (c.skipped) {
        suiteSkipped++;
        body.push(`${open}>\n      <skipped message="${xml(c.skipped)}"/>${out}\n    </testcase>`);
      } else if (bad.length) {
        suiteFailures++;
        const sev = worst(bad)!;
        const first = bad.find((f) => f.severity === sev)!;
        body.push(
          `${open} line="${line(r, first)}">\n      <failure type="${sev}" message="${xml(`${first.code}: ${first.message}`)}">${xml(bad.map((f) => describe(r, f)).join('\n'))}</failure>${out}\n    </testcase>`,
        );
      } else {
        body.push(out ? `${open}>${out}\n    </testcase>` : `${open}/>`);
      }
    }
    tests += list.length;
    failures += suiteFailures;
    skipped += suiteSkipped;
    suites.push(
      `  <testsuite name="${xml(r.path)}" tests="${list.length}" failures="${suiteFailures}" errors="0" skipped="${suiteSkipped}" file="${xml(r.path)}">\n${body.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="ecc-appendix" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
