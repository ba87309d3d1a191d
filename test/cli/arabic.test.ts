/** The bundled CLI (dist/cli.js) with `--lang ar`: Arabic messages and summary in the text and JSON formats. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { lines, ROOT, wadiFalcon } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');
const I = (s: string | number) => `\u2066${s}\u2069`;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-cli-ar-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

/**
 * The complete example with a 72-hour incident notice: a warning; the excepted remediation SLA and the schedule's
 * length (the Arabic schedule, measured for an Arabic run) as info.
 */
const DIR = workspace({ 'contracts/acme.appendix.yaml': wadiFalcon().replace('initial_notice_hours: 24', 'initial_notice_hours: 72') });

const EXCEPTED_AR = `قيمة ${I('`critical_days`')} هي ${I(14)} يومًا، ويشترط خط الأساس ألا تزيد القيمة على ${I(7)} أيام (ممارسة موصى بها، وثيقة متطلبات المنتج). وتُقبل هذه الملاحظة بموجب الاستثناء ${I('EXC-2025-003')} حتى ${I('2025-12-31')}.`;
const NOTICE_AR = `قيمة ${I('`initial_notice_hours`')} هي ${I(72)} ساعة، ويشترط خط الأساس ألا تزيد القيمة على ${I(24)} ساعة (ممارسة موصى بها، وثيقة متطلبات المنتج).`;
const LENGTH_AR = `سيُطبع الملحق بعد إخراجه على ${I(4)} صفحات بحجم ${I('A4')} بالنمط الافتراضي (نحو ${I('3.8')} من صفحات النص)، متجاوزًا الهدف وهو صفحة واحدة؛ وأطول بنوده ${I('6.2')} الأدوار والتصعيد والمتحدث باسم الحادثة (${I(6)} أسطر)، و${I('7.1')} حق التدقيق والاختبار (${I(6)} أسطر)، و${I('8.3')} خطة الخروج والانتقال وحقوق الإنهاء (${I(6)} أسطر): فاختصرها أو انقل التفاصيل إلى مرفق كي لا يتجاوز صفحة واحدة.`;
const DISCLAIMER_AR = `خلوّ النتيجة من الملاحظات يعني أنه لا ملاحظات وفق الإصدار ${I('v1')} من الدليل المرجعي، لا أن الملحق «ملتزم بالضوابط الأساسية للأمن السيبراني»: فالحكم بالالتزام للهيئة.`;

describe('ecc-appendix lint --lang ar', () => {
  it('--format text: the file line, the Arabic messages and the Arabic summary', () => {
    const r = run(['lint', 'contracts', '--lang', 'ar', '--format', 'text', '--as-of', '2025-10-15'], DIR);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0); // a warning and an info: nothing at the default --fail-on error
    assert.equal(
      r.stdout,
      [
        `${I('contracts/acme.appendix.yaml')} (ملحق): ${I(3)} ملاحظات`,
        // positions, severities, codes and the controls stay as the English format writes them (1-based, like a compiler)
        `  contracts/acme.appendix.yaml:2:1 info length ${LENGTH_AR}`,
        `  contracts/acme.appendix.yaml:145:20 info vuln.remediation_sla ${EXCEPTED_AR} \u2066[ECC 4-1-3-1, 2-10-3-3]\u2069`,
        `  contracts/acme.appendix.yaml:180:27 warning incident.notification ${NOTICE_AR} \u2066[ECC 4-1-2-2, 2-13-3]\u2069`,
        '',
        `الملفات المفحوصة: ${I(1)}؛ الأخطاء: ${I(0)}، والتحذيرات: ${I(1)}، والمعلومات: ${I(2)}.`,
        DISCLAIMER_AR,
        '',
      ].join('\n'),
    );
  });

  it('--format json: the same shape and ranges as in English, the messages in Arabic', () => {
    const ar = run(['lint', 'contracts', '--lang', 'ar', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', 'warning'], DIR);
    const en = run(['lint', 'contracts', '--format', 'json', '--as-of', '2025-10-15', '--fail-on', 'warning'], DIR);
    assert.equal(ar.stderr, '');
    assert.equal(ar.code, 1); // the warning reaches --fail-on warning
    assert.equal(en.code, 1);
    const a = JSON.parse(ar.stdout);
    const e = JSON.parse(en.stdout);
    assert.deepEqual(a.summary, { files: 1, error: 0, warning: 1, info: 2 });
    assert.deepEqual(a.summary, e.summary);
    const strip = (o: any) => o.files.map((f: any) => ({ ...f, findings: f.findings.map((x: any) => ({ ...x, message: undefined })) }));
    assert.deepEqual(strip(a), strip(e));
    assert.deepEqual(
      a.files[0].findings.map((f: any) => [f.code, f.severity, f.message, f.range.start.line, f.range.start.character]),
      [
        ['length', 'info', LENGTH_AR, 1, 0],
        ['vuln.remediation_sla', 'info', EXCEPTED_AR, 144, 19],
        ['incident.notification', 'warning', NOTICE_AR, 179, 26],
      ],
    );
    assert.equal(e.files[0].findings[2].message, '`initial_notice_hours` is 72 hours; the baseline is at most 24 hours (recommended practice, product brief).');
  });

  it('an evidence log and an error: Arabic file kind, counts and summary', () => {
    const dir = workspace({ 'logs/unlinked.evidence.yaml': lines('schema: ecc-evidence/v1', 'scans: []', '') });
    const r = run(['lint', 'logs', '--lang', 'ar', '--as-of', '2025-10-15'], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        `${I('logs/unlinked.evidence.yaml')} (سجل أدلة): ملاحظة واحدة`,
        `  logs/unlinked.evidence.yaml:1:1 error evidence-link لا يذكر سجل الأدلة الملحقَ الذي يتبع له؛ أضف ${I('`appendix:`')} تحت ${I('`evidence_log:`')} بقيمة ${I('`appendix.id`')} في الملحق، إذ لم يُجرَ ${I(21)} من أصل ${I(29)} فحصًا للأدلة (وهي الفحوص التي تقرأ القيم المتفق عليها في الملحق).`,
        '',
        `الملفات المفحوصة: ${I(1)}؛ الأخطاء: ${I(1)}، والتحذيرات: ${I(0)}، والمعلومات: ${I(0)}.`,
        DISCLAIMER_AR,
        '',
      ].join('\n'),
    );
  });

  it('without --lang the output is English', () => {
    const r = run(['lint', 'contracts', '--as-of', '2025-10-15'], DIR);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^contracts\/acme\.appendix\.yaml \(appendix\): 3 findings\n/);
    assert.match(r.stdout, /\n1 file checked: 0 errors, 1 warning, 2 info\.\nNo findings means no findings against catalogue v1, not "compliant with ECC": NCA judges compliance\.\n$/);
  });

  it('--lang xx: exit 2, one line on stderr, nothing on stdout', () => {
    const r = run(['lint', 'contracts', '--lang', 'xx'], DIR);
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.equal(r.stderr, 'ecc-appendix: --lang must be en or ar, not "xx" (see ecc-appendix --help)\n');
  });
});
