/**
 * The bundled CLI against awkward inputs and outputs: pipes, devices and symbolic links; --output pointing at an
 * input or a product file; --fix with an unreadable input; --help, --version and unknown options on every command;
 * operating-system errors in words; mistyped schema versions; nothing found.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { osReason } from '../../server/src/cli/files';
import { ROOT, wadiFalcon } from '../support/harness';

const CLI = path.join(ROOT, 'dist/cli.js');
const POSIX = process.platform !== 'win32';
const ROOT_USER = typeof process.getuid === 'function' && process.getuid() === 0;

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function workspace(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-cli-inputs-'));
  mkdirSync(path.join(dir, '.git')); // the policy search stops here
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function mkfifo(file: string): void {
  const r = spawnSync('mkfifo', [file]);
  assert.equal(r.status, 0, 'mkfifo');
}

const GOOD = wadiFalcon();
const WEAK = GOOD.replace('initial_notice_hours: 24', 'initial_notice_hours: 96');
const AS_OF = ['--as-of', '2025-10-15'];

describe('ecc-appendix: inputs that are not regular files', { skip: !POSIX }, () => {
  it('a device given explicitly: one line, exit 2, nothing read', () => {
    const r = run(['lint', '/dev/zero'], workspace());
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'ecc-appendix: cannot read /dev/zero: it is a device, not a regular file\n' });
    const u = run(['render', '/dev/urandom'], workspace());
    assert.deepEqual(u, { code: 2, stdout: '', stderr: 'ecc-appendix: cannot read /dev/urandom: it is a device, not a regular file\n' });
  });
  it('a named pipe given explicitly: one line, exit 2, no hang', () => {
    const dir = workspace();
    mkfifo(path.join(dir, 'x.appendix.yaml'));
    assert.deepEqual(run(['lint', 'x.appendix.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: cannot read x.appendix.yaml: it is a named pipe (FIFO), not a regular file\n',
    });
    assert.deepEqual(run(['render', 'x.appendix.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: cannot read x.appendix.yaml: it is a named pipe (FIFO), not a regular file\n',
    });
  });
  it('a folder walk follows symbolic links to files, not to folders, and notes a skipped pipe', () => {
    const dir = workspace({ 'real/a.appendix.yaml': GOOD, 'elsewhere/b.appendix.yaml': WEAK });
    mkdirSync(path.join(dir, 'docs'));
    symlinkSync(path.join(dir, 'real/a.appendix.yaml'), path.join(dir, 'docs/linked.appendix.yaml'));
    symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'docs/folder-link.appendix.yaml'));
    symlinkSync(path.join(dir, 'docs'), path.join(dir, 'docs/loop'));
    mkfifo(path.join(dir, 'docs/pipe.appendix.yaml'));
    const r = run(['lint', 'docs', '--format', 'json', ...AS_OF], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'ecc-appendix: docs/pipe.appendix.yaml skipped: it is a named pipe (FIFO), not a regular file\n');
    assert.deepEqual(
      JSON.parse(r.stdout).files.map((f: { path: string }) => f.path),
      ['docs/linked.appendix.yaml'],
    );
  });
  it('a file over 5 MB is refused without reading it', () => {
    const dir = workspace({ 'big.appendix.yaml': 'schema: ecc-appendix/v1\n' + '#'.repeat(5 * 1048576) });
    assert.deepEqual(run(['lint', 'big.appendix.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: big.appendix.yaml is 5.0 MB; files over 5 MB are not read\n',
    });
  });
});

describe('ecc-appendix: --output never overwrites an input or a product file', () => {
  it('render self.appendix.yaml --output self.appendix.yaml: refused, file unchanged', () => {
    const dir = workspace({ 'self.appendix.yaml': GOOD });
    const r = run(['render', 'self.appendix.yaml', '--output', 'self.appendix.yaml'], dir);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'ecc-appendix: --output self.appendix.yaml is the input file self.appendix.yaml; refusing to overwrite it\n' });
    assert.equal(readFileSync(path.join(dir, 'self.appendix.yaml'), 'utf8'), GOOD);
  });
  it('an input spelled differently or reached through a symbolic link is recognised', { skip: !POSIX }, () => {
    const dir = workspace({ 'contract.yaml': GOOD.replace(/^/, '') });
    symlinkSync(path.join(dir, 'contract.yaml'), path.join(dir, 'out.md'));
    const r = run(['render', './contract.yaml', '--output', 'out.md'], dir);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'ecc-appendix: --output out.md is the input file ./contract.yaml; refusing to overwrite it\n' });
    const l = run(['lint', 'contract.yaml', '--output', `../${path.basename(dir)}/contract.yaml`], dir);
    assert.equal(l.code, 2);
    assert.equal(l.stderr, `ecc-appendix: --output ../${path.basename(dir)}/contract.yaml is the input file contract.yaml; refusing to overwrite it\n`);
    assert.equal(readFileSync(path.join(dir, 'contract.yaml'), 'utf8'), GOOD);
  });
  it('lint and report refuse product file names, even ones that do not exist yet', () => {
    const dir = workspace({ 'a.appendix.yaml': GOOD });
    assert.deepEqual(run(['lint', 'a.appendix.yaml', '--output', 'results.evidence.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: --output results.evidence.yaml is named like an evidence log; refusing to overwrite it (choose another file name)\n',
    });
    assert.deepEqual(run(['report', '.', '--output', 'b.appendix.yml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: --output b.appendix.yml is named like an appendix; refusing to overwrite it (choose another file name)\n',
    });
    assert.deepEqual(run(['render', 'a.appendix.yaml', '--output', '.ecc-appendix.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: --output .ecc-appendix.yaml is named like a team policy; refusing to overwrite it (choose another file name)\n',
    });
    assert.deepEqual(run(['lint', 'a.appendix.yaml', '--output', 'team.snippets.yaml'], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: --output team.snippets.yaml is named like a snippet library; refusing to overwrite it (choose another file name)\n',
    });
    assert.equal(existsSync(path.join(dir, 'results.evidence.yaml')), false);
    assert.equal(existsSync(path.join(dir, 'b.appendix.yml')), false);
    assert.equal(readFileSync(path.join(dir, 'a.appendix.yaml'), 'utf8'), GOOD);
  });
});

describe('ecc-appendix lint: every input is read before anything is written', () => {
  const BINARY = Buffer.from([0x73, 0x63, 0x00, 0x01]);
  it('--fix with an unreadable input changes no file and writes no report', () => {
    const dir = workspace({ 'a.appendix.yaml': WEAK, 'b.appendix.yaml': BINARY });
    const r = run(['lint', '.', '--fix', ...AS_OF], dir);
    assert.deepEqual(r, { code: 2, stdout: '', stderr: 'ecc-appendix: b.appendix.yaml is a binary file, not YAML text; --fix changed no file\n' });
    assert.equal(readFileSync(path.join(dir, 'a.appendix.yaml'), 'utf8'), WEAK);
  });
  it('without --fix the readable files are still reported, and the exit status is 2', () => {
    const dir = workspace({ 'a.appendix.yaml': WEAK, 'b.appendix.yaml': BINARY });
    const r = run(['lint', '.', '--format', 'json', ...AS_OF], dir);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, 'ecc-appendix: b.appendix.yaml is a binary file, not YAML text\n');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(out.files.map((f: { path: string }) => f.path), ['a.appendix.yaml']);
    assert.deepEqual(out.summary, { files: 1, error: 1, warning: 0, info: 2 });
  });
});

describe('ecc-appendix: --help, --version and unknown options', () => {
  const dir = workspace();
  for (const command of ['lint', 'init', 'explain', 'render', 'report']) {
    for (const flag of ['--help', '-h']) {
      it(`${command} ${flag}: the usage on stdout, exit 0`, () => {
        const r = run([command, flag], dir);
        assert.equal(r.code, 0);
        assert.equal(r.stderr, '');
        assert.match(r.stdout, /^Usage:\n  ecc-appendix /);
        assert.ok(r.stdout.includes(`ecc-appendix ${command} `), r.stdout);
      });
    }
  }
  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(run(['--version'], dir), { code: 0, stdout: `ecc-appendix ${version}\n`, stderr: '' });
  });
  for (const command of ['lint', 'init', 'explain', 'report']) {
    it(`${command} --foo: one clean line, exit 2`, () => {
      assert.deepEqual(run([command, '--foo'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: unknown option --foo (see ecc-appendix --help)\n' });
    });
  }
  it('render --foo and a top-level unknown option', () => {
    assert.deepEqual(run(['render', 'x.appendix.yaml', '--foo'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: unknown option --foo (see ecc-appendix render --help)\n' });
    assert.deepEqual(run(['--foo'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: unknown option --foo (see ecc-appendix --help)\n' });
  });
  it('a missing value and a value given to a switch', () => {
    assert.deepEqual(run(['lint', '--format'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: --format needs a value (see ecc-appendix --help)\n' });
    assert.deepEqual(run(['lint', '--fix=yes'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: --fix takes no value (see ecc-appendix --help)\n' });
  });
});

describe('ecc-appendix: operating-system errors in words', () => {
  it('no such file or folder', () => {
    assert.deepEqual(run(['lint', 'nope.appendix.yaml'], workspace()), { code: 2, stdout: '', stderr: 'ecc-appendix: cannot read nope.appendix.yaml: no such file or folder\n' });
  });
  it('writing to a folder', () => {
    const dir = workspace({ 'a.appendix.yaml': GOOD });
    mkdirSync(path.join(dir, 'reports'));
    assert.deepEqual(run(['lint', 'a.appendix.yaml', '--output', 'reports', ...AS_OF], dir), {
      code: 2,
      stdout: '',
      stderr: 'ecc-appendix: cannot write reports: is a folder\n',
    });
  });
  it('a loop of symbolic links', { skip: !POSIX }, () => {
    const dir = workspace();
    symlinkSync('b.appendix.yaml', path.join(dir, 'a.appendix.yaml'));
    symlinkSync('a.appendix.yaml', path.join(dir, 'b.appendix.yaml'));
    assert.deepEqual(run(['lint', 'a.appendix.yaml'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: cannot read a.appendix.yaml: too many levels of symbolic links\n' });
  });
  it('permission denied', { skip: !POSIX || ROOT_USER }, () => {
    const dir = workspace({ 'b.appendix.yaml': GOOD });
    chmodSync(path.join(dir, 'b.appendix.yaml'), 0o000);
    assert.deepEqual(run(['lint', 'b.appendix.yaml'], dir), { code: 2, stdout: '', stderr: 'ecc-appendix: cannot read b.appendix.yaml: permission denied\n' });
  });
  it('the codes users met, mapped', () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw, open 'x'`), { code, syscall: 'open' });
    assert.deepEqual(
      ['EACCES', 'EISDIR', 'ENOENT', 'ELOOP', 'EPERM', 'ENOTDIR', 'EROFS', 'ENOSPC'].map((c) => osReason(err(c))),
      ['permission denied', 'is a folder', 'no such file or folder', 'too many levels of symbolic links', 'operation not permitted', 'a part of the path is not a folder', 'read-only file system', 'no space left on device'],
    );
    assert.equal(osReason(err('EWHATEVER')), 'raw');
  });
});

describe('ecc-appendix lint: mistyped schema versions and empty runs', () => {
  it('an explicit file whose header names another version is checked as that kind', () => {
    const dir = workspace({ 'contract.yaml': GOOD.replace('schema: ecc-appendix/v1', 'schema: ecc-appendix/v2'), 'log.yaml': 'schema: ecc-evidence/v0\n' });
    const r = run(['lint', 'contract.yaml', 'log.yaml', '--format', 'json', ...AS_OF], dir);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    const out = JSON.parse(r.stdout);
    assert.deepEqual(
      out.files.map((f: { path: string; kind: string; findings: { code: string }[] }) => `${f.path} ${f.kind} ${f.findings.map((x) => x.code).join(',')}`),
      ['contract.yaml appendix schema-version', 'log.yaml evidence schema-version'],
    );
  });
  it('paths with no product file: a note on stderr, exit 0', () => {
    const dir = workspace({ 'notes/readme.md': '# hi\n' });
    const r = run(['lint', 'notes', ...AS_OF], dir);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, 'ecc-appendix: no appendices, evidence logs or policies found in notes\n');
  });
});
