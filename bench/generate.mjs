// Benchmark inputs: appendices of about 100, 1,000 and 10,000 lines, and plain YAML that is not ours.
//
// An appendix has a fixed set of keys (35 clauses), so a long one is long because of its lists. The 100-line input is
// examples/retail-pos.appendix.yaml as it stands (a real small appendix with about 30 findings). The larger ones start
// from examples/wadi-falcon.appendix.yaml (278 lines, every clause, one finding) and grow its lists, as a large
// managed-services contract would: scope.services (a quarter of the added lines), the incorporated policies (15%),
// the reporting KPIs (10%) and approved exceptions (the rest, 8 lines each, unique ids, all valid and unexpired).
// Every generated file has the same findings as the example it grew from, so both servers see ordinary text.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const example = (name) => readFileSync(path.join(ROOT, 'examples', name), 'utf8');

const count = (text) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

/** Clauses the exceptions rotate through (all present in the example, so the exceptions are plausible). */
const CLAUSES = ['vuln.scanning', 'testing.penetration', 'logging.retention_and_access', 'resilience.bcp_dr_backup', 'reporting.security_reports', 'exit.data_return'];

function blockList(indent, items) {
  return items.map((s) => `${' '.repeat(indent)}- ${JSON.stringify(s)}`).join('\n');
}

/** An appendix of about `lines` lines (exactly, for 1,000 and more). */
export function appendix(lines) {
  if (lines <= 150) return example('retail-pos.appendix.yaml');
  let text = example('wadi-falcon.appendix.yaml');
  const replace = (from, to) => {
    if (!text.includes(from)) throw new Error(`example changed: no "${from}"`);
    text = text.replace(from, to);
  };
  // The three flow lists become block lists (one item per line) that the extra items are added to.
  const lists = [
    ['  services: ["24x7 SOC monitoring", "server and network operations", "patch management"]', '  services:', 4],
    ['    policies_incorporated: ["CS-POL-01 v4.0", "CS-STD-IAM v2.1", "CS-STD-CRYPTO v1.3"]', '    policies_incorporated:', 6],
    ['    kpis: ["% critical vulns closed within SLA", "mean time to notify", "% accounts reviewed"]', '    kpis:', 6],
  ];
  for (const [flow, key, indent] of lists) replace(flow, `${key}\n${blockList(indent, JSON.parse(flow.slice(flow.indexOf('['))))}`);
  const extra = lines - count(text);
  if (extra < 0) throw new Error(`the smallest grown appendix has ${count(text)} lines`);
  const policies = Math.floor(extra * 0.15);
  const kpis = Math.floor(extra * 0.1);
  const exceptions = Math.floor((extra - Math.floor(extra * 0.25) - policies - kpis) / 8);
  const services = extra - policies - kpis - exceptions * 8; // a quarter, plus what rounding leaves
  const grow = (key, indent, items) => {
    const at = text.indexOf(`${key}\n`);
    let end = at + key.length + 1;
    while (text.startsWith(`${' '.repeat(indent)}- `, end)) end = text.indexOf('\n', end) + 1;
    text = text.slice(0, end) + blockList(indent, items) + '\n' + text.slice(end);
  };
  grow('  services:', 4, Array.from({ length: services }, (_, i) => `managed endpoint group ${i + 1} (site ${(i % 40) + 1})`));
  grow('    policies_incorporated:', 6, Array.from({ length: policies }, (_, i) => `CS-PROC-${String(i + 1).padStart(4, '0')} v1.${i % 10}`));
  grow('    kpis:', 6, Array.from({ length: kpis }, (_, i) => `KPI ${i + 1}: monthly availability of service line ${(i % 25) + 1}`));
  const entries = Array.from({ length: exceptions }, (_, i) =>
    [
      `  - id: EXC-B-${String(i + 1).padStart(5, '0')}`,
      `    clause: ${CLAUSES[i % CLAUSES.length]}`,
      `    deviation: "site ${(i % 40) + 1}: reduced cadence during migration wave ${i + 1}"`,
      '    compensating_controls: "weekly manual review by the entity SOC"',
      `    risk_ref: RISK-${String(1000 + i)}`,
      '    approved_by: "Head of Cybersecurity"',
      '    approved_on: 2025-02-20',
      '    expires_on: 2027-12-31',
    ].join('\n'),
  );
  text = text.replace(/\n*$/, '\n') + (entries.length ? entries.join('\n') + '\n' : '');
  return text;
}

/** Plain YAML of about `lines` lines that is not an appendix (a Kubernetes-like manifest list). */
export function unrelatedYaml(lines) {
  const out = ['apiVersion: v1', 'kind: List', 'items:'];
  for (let i = 0; out.length < lines; i++) {
    out.push(`  - kind: ConfigMap`, `    metadata: {name: config-${i}, namespace: default}`, `    data:`, `      key: "value ${i}"`, `      enabled: "true"`);
  }
  return out.slice(0, lines).join('\n') + '\n';
}

export { count as lineCount };
