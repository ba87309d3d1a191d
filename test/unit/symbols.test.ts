/** Outline (document symbols), the clause coverage summary, and its code lens on line 1. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import { createLanguageService, DEFAULT_SETTINGS, resolveSettings } from '../../server/src/languageService/index';
import { example, lines, wadiFalcon } from '../support/harness';

const service = createLanguageService();
const options = { settings: DEFAULT_SETTINGS, asOf: '2025-10-15' };
const doc = (text: string, name = 'file:///c/t.appendix.yaml') => TextDocument.create(name, 'yaml', 1, text);

const KIND = new Map<number, string>(Object.entries(SymbolKind).map(([name, n]) => [n as number, name]));

/** `name [kind] detail L:C-L:C` with children indented. */
function outline(symbols: readonly DocumentSymbol[], indent = ''): string[] {
  return symbols.flatMap((s) => {
    const r = `${s.range.start.line}:${s.range.start.character}-${s.range.end.line}:${s.range.end.character}`;
    return [`${indent}${s.name} [${KIND.get(s.kind)}] ${s.detail ? s.detail + ' ' : ''}${r}`, ...outline(s.children ?? [], indent + '  ')];
  });
}

describe('document symbols', () => {
  it('lists sections with their clauses (title and ECC control as detail) and exceptions by id', () => {
    const text = lines(
      'schema: ecc-appendix/v1',
      'appendix:',
      '  id: A-1',
      'scope:',
      '  critical_systems: false',
      'incident:   # Sched. 7 s.10',
      '  notification:',
      '    initial_notice_hours: 24',
      '',
      '  roles_and_communication: {}',
      'x-notes: free text',
      'exceptions:',
      '  - id: EXC-1',
      '    clause: incident.notification',
      '  - {clause: access.mfa}',
      '',
    );
    assert.deepEqual(outline(service.getDocumentSymbols(doc(text))), [
      'schema [Property] ecc-appendix/v1 0:0-0:23',
      'appendix [Property] appendix header: ids, dates, parties 1:0-2:9',
      'scope [Namespace] Scope, engagement type and applicability 3:0-4:25',
      'incident [Namespace] 1 clause 5:0-9:29',
      '  notification [Object] Incident notification timelines (ECC 4-1-2-2) 6:2-7:28',
      '  roles_and_communication [Field] not a catalogue clause 9:2-9:29',
      'x-notes [Field] not a catalogue section 10:0-10:18',
      'exceptions [Array] approved deviations 11:0-14:24',
      '  EXC-1 [Key] incident.notification 12:4-13:33',
      '  exception 2 [Key] access.mfa 14:4-14:24',
    ]);
  });

  it('selects the key, and the range covers the whole clause (UTF-16 columns after Arabic text)', () => {
    const text = lines('schema: ecc-appendix/v1', 'incident:', '  notification: {ref: "البند ١٠", initial_notice_hours: 24}', '');
    const [, incident] = service.getDocumentSymbols(doc(text));
    const notification = incident.children![0];
    assert.deepEqual(notification.selectionRange, { start: { line: 2, character: 2 }, end: { line: 2, character: 14 } });
    assert.deepEqual(notification.range, { start: { line: 2, character: 2 }, end: { line: 2, character: 59 } });
  });

  it('gives every section of the example appendix, clauses under them', () => {
    const symbols = service.getDocumentSymbols(doc(wadiFalcon()));
    assert.equal(symbols.length, 22);
    assert.equal(symbols.flatMap((s) => s.children ?? []).filter((c) => c.kind === SymbolKind.Object).length, 34);
  });

  it('lists top-level keys of an evidence log, nothing for YAML that is not ours, and what it can while the text is broken', () => {
    const evidence = service.getDocumentSymbols(doc(example('examples/wadi-falcon.evidence.yaml'), 'file:///c/w.evidence.yaml'));
    assert.ok(evidence.length > 0 && evidence.every((s) => !s.children));
    assert.deepEqual(service.getDocumentSymbols(doc('a: 1\n', 'file:///c/other.yaml')), []);
    assert.deepEqual(outline(service.getDocumentSymbols(doc('schema: ecc-appendix/v1\nincident: [\n'))).slice(0, 1), ['schema [Property] ecc-appendix/v1 0:0-0:23']);
  });
});

describe('clause coverage summary and code lens', () => {
  it('counts the clauses that apply to the scope, exceptions in force and the active profiles', () => {
    const s = service.getSummary(doc(wadiFalcon()), options)!;
    assert.equal(s.text, '35 of 35 clauses present · 1 exception · profile ecc-baseline');
    assert.deepEqual([s.present, s.applicable, s.exceptions, s.expired], [35, 35, 1, 0]);
  });

  it('names missing clauses, scope-dependent totals and overlays switched on by the scope', () => {
    const s = service.getSummary(doc(example('examples/retail-pos.appendix.yaml')), options)!;
    // Cloud hosting switches on ecc+ccc; no managed security services, so the MSOC licence clause does not apply.
    assert.equal(s.text, '8 of 34 clauses present · 0 exceptions · profiles ecc-baseline + ecc+ccc');
    assert.equal(s.missing.length, 26);
    assert.deepEqual(s.missing[0], { id: 'risk.pre_contract_assessment', title: 'Cybersecurity risk assessment before signature' });
    assert.match(s.tooltip, /^Missing: risk\.pre_contract_assessment \(Cybersecurity risk assessment before signature\); .*; and 18 more\.\n1 clause of the catalogue does not apply to this scope\./);
  });

  it('reports expired exceptions apart from those in force, and profiles from the settings', () => {
    const s = service.getSummary(doc(wadiFalcon()), { settings: resolveSettings({ profiles: ['brief-strict'] }), asOf: '2026-03-01' })!;
    assert.equal(s.text, '35 of 35 clauses present · 0 exceptions (+1 expired) · profiles ecc-baseline + brief-strict');
  });

  it('puts the summary in a code lens on the first line that shows the file\'s problems', () => {
    const d = doc(wadiFalcon());
    assert.deepEqual(service.getCodeLenses(d, options), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: '35 of 35 clauses present · 1 exception · profile ecc-baseline', command: 'eccAppendix.showProblems', arguments: ['file:///c/t.appendix.yaml'] },
      },
    ]);
  });

  it('has no summary for evidence logs, other YAML and broken text', () => {
    assert.equal(service.getSummary(doc(example('examples/wadi-falcon.evidence.yaml'), 'file:///c/w.evidence.yaml'), options), undefined);
    assert.equal(service.getSummary(doc('a: 1\n', 'file:///c/other.yaml'), options), undefined);
    assert.deepEqual(service.getCodeLenses(doc('schema: ecc-appendix/v1\nincident: [\n'), options), []);
  });
});
