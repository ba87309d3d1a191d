import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLanguageService } from '../../server/src/languageService/index';
import { cursor, doc, lines } from '../support/harness';

const service = createLanguageService();
const HEAD = ['schema: ecc-appendix/v1', 'appendix: {id: A-1, signed_on: 2025-01-01, customer: {entity_type: private}}'];

function complete(src: string, name?: string) {
  const { text, offset } = cursor(src);
  const d = doc(text, name);
  return service.getCompletions(d, d.positionAt(offset));
}

describe('completion', () => {
  it('inside a section: its missing clause keys and their standard-terms snippets', () => {
    const items = complete(lines(...HEAD, 'incident:', '  notification: {initial_notice_hours: 24}', '  $0'));
    assert.deepEqual(
      items.map((i) => i.label),
      [
        'roles_and_communications',
        'roles_and_communications (standard terms)',
        'forensics_and_containment',
        'forensics_and_containment (standard terms)',
        'ir_plan_and_exercise',
        'ir_plan_and_exercise (standard terms)',
      ],
    );
    const snippet = items[1];
    assert.equal(snippet.insertTextFormat, 2);
    assert.deepEqual(snippet.textEdit && 'range' in snippet.textEdit ? snippet.textEdit.range : undefined, {
      start: { line: 4, character: 2 },
      end: { line: 4, character: 2 },
    });
    const body = (snippet.textEdit as { newText: string }).newText.split('\n');
    assert.equal(body[0], 'roles_and_communications:');
    assert.equal(body[1], '    ref: "${1:contract section}"');
    assert.ok(body.includes('    external_comms_owner: ${4|entity,provider,joint|}'), body.join('\n'));
  });

  it('inside a clause: the parameters not yet written, with the typed prefix replaced', () => {
    const items = complete(lines(...HEAD, 'incident:', '  notification:', '    initial_notice_hours: 24', '    inc$0'));
    assert.deepEqual(
      items.map((i) => i.label),
      ['ref', 'text', 'exception_ref', 'detailed_report_hours', 'final_report_days', 'includes_suspected', 'includes_subcontractors', 'channels'],
    );
    assert.deepEqual((items[5].textEdit as { range: unknown }).range, { start: { line: 5, character: 4 }, end: { line: 5, character: 7 } });
  });

  it('enum values after a key, and booleans', () => {
    assert.deepEqual(
      complete(lines(...HEAD, 'incident:', '  roles_and_communications:', '    external_comms_owner: $0')).map((i) => i.label),
      ['entity', 'provider', 'joint'],
    );
    assert.deepEqual(
      complete(lines(...HEAD, 'scope:', '  critical_systems: $0')).map((i) => i.label),
      ['true', 'false'],
    );
  });

  it('list values in flow and block style', () => {
    assert.deepEqual(
      complete(lines(...HEAD, 'access:', '  mfa:', '    required_for: [remote, $0')).map((i) => i.label),
      ['remote', 'privileged', 'all_interactive', 'webmail'],
    );
    assert.deepEqual(
      complete(lines(...HEAD, 'access:', '  mfa:', '    required_for:', '      - $0')).map((i) => i.label),
      ['remote', 'privileged', 'all_interactive', 'webmail'],
    );
  });

  it('at the top level: the sections not yet present, then a snippet per clause of a missing section', () => {
    const labels = complete(lines(...HEAD, '$0')).map((i) => i.label);
    assert.deepEqual(labels.slice(0, 3), ['profile', 'scope', 'risk']);
    assert.ok(!labels.includes('appendix'));
    assert.ok(labels.includes('incident.notification'));
  });

  it('nothing inside a comment, nothing for other YAML', () => {
    assert.deepEqual(complete(lines(...HEAD, '# note $0')), []);
    assert.deepEqual(complete('services:\n  $0', 'file:///x/docker-compose.yaml'), []);
  });
});

describe('hover', () => {
  function hover(src: string) {
    const { text, offset } = cursor(src);
    const d = doc(text);
    return service.getHover(d, d.positionAt(offset));
  }

  it('on a clause key: title, what it must state, the controls in our words with version and link', () => {
    const h = hover(lines(...HEAD, 'incident:', '  notifi$0cation:', '    initial_notice_hours: 24'));
    assert.ok(h);
    assert.deepEqual(h.range, { start: { line: 3, character: 2 }, end: { line: 3, character: 14 } });
    const md = (h.contents as { value: string }).value;
    assert.match(md, /^\*\*Incident notification timelines\*\* `incident.notification` \(clause 24 of 35\)\n\n/);
    assert.match(md, /\n- \*\*4-1-2-2\*\* [^\n]+\(\[ECC-2:2024\]\(https:\/\/nca\.gov\.sa\/[^)]+\)\)\n/);
    assert.match(md, /\*\*If missing:\*\* error\./);
    assert.match(md, /\*\*Crosswalk:\*\* DORA 30\(3\)\(b\)/);
    assert.match(md, /Control texts above are our paraphrase, not NCA's wording\.\*$/);
  });

  it('on a parameter key: type, meaning, each baseline with its basis and severity', () => {
    const h = hover(lines(...HEAD, 'logging:', '  retention_and_access:', '    retention_mo$0nths: 12'));
    const md = (h!.contents as { value: string }).value;
    assert.match(md, /^\*\*`retention_months`\*\* in `logging.retention_and_access` \(whole number of months\)/);
    assert.match(md, /\n- at least 12 months: NCA requirement, [^;]*2-12-3-5[^;]*; error if not met\n/);
    assert.match(md, /\n- at least 18 months \(under ecc\+cscc \(critical systems\)\): NCA requirement, [^;]*; error if not met\n/);
  });

  it('on a section key: its clauses', () => {
    const h = hover(lines(...HEAD, 'inci$0dent:', '  notification: {}'));
    assert.equal(
      (h!.contents as { value: string }).value,
      [
        '**`incident`**: 4 clauses',
        '',
        '- `notification`: Incident notification timelines (ECC 4-1-2-2)',
        '- `roles_and_communications`: Roles, escalation and who speaks (ECC 4-1-2-2)',
        '- `forensics_and_containment`: Forensics, preservation, containment (ECC 4-1-2-2)',
        '- `ir_plan_and_exercise`: Provider IR plan and joint exercise (ECC 4-1-3-1)',
      ].join('\n'),
    );
  });

  it('nothing on values, comments, empty lines or past the end of the file', () => {
    assert.equal(hover(lines(...HEAD, 'incident:', '  notification: {initial_notice_hours: 2$04}')), null);
    assert.equal(hover(lines(...HEAD, '# a com$0ment')), null);
    assert.equal(hover(lines(...HEAD, '', '$0')), null);
  });
});
