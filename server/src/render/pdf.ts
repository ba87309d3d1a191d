/**
 * PDF output: headless Chromium (or Chrome / Edge, which share its print engine) prints the schedule's HTML with
 * `--print-to-pdf`. We spawn the browser's own command line rather than drive it through playwright-core: nothing
 * to bundle, no coupling to the browser builds Playwright pins, and the print path honours the CSS `@page` size,
 * margins and page-margin boxes the HTML already carries. The HTML has no scripts and its CSP forbids every fetch;
 * the browser also runs with no extensions and host resolution disabled, in a throwaway profile. (Chromium's
 * `--blink-settings=scriptEnabled=false` is not used: headless printing then writes no file.)
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

export class ChromiumMissingError extends Error {}
export class PdfError extends Error {}

/** Environment variable naming the browser executable. */
export const CHROMIUM_ENV = 'ECC_APPENDIX_CHROMIUM';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'msedge', 'chrome'];

function wellKnown(env: NodeJS.ProcessEnv): string[] {
  const pf = env.ProgramFiles ?? 'C:\\Program Files';
  const pf86 = env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)';
  const local = env.LOCALAPPDATA ?? '';
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/snap/bin/chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    path.win32.join(pf, 'Google\\Chrome\\Application\\chrome.exe'),
    path.win32.join(pf86, 'Google\\Chrome\\Application\\chrome.exe'),
    path.win32.join(pf86, 'Microsoft\\Edge\\Application\\msedge.exe'),
    path.win32.join(pf, 'Microsoft\\Edge\\Application\\msedge.exe'),
    ...(local ? [path.win32.join(local, 'Google\\Chrome\\Application\\chrome.exe')] : []),
  ];
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The browser to print with: $ECC_APPENDIX_CHROMIUM, then PATH, then the usual install places. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, places: readonly string[] = wellKnown(env)): string {
  const configured = env[CHROMIUM_ENV];
  if (configured) {
    if (isFile(configured)) return configured;
    throw new ChromiumMissingError(`${CHROMIUM_ENV} is set to ${configured}, which is not a file; point it at a Chromium, Chrome or Edge executable`);
  }
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of NAMES) for (const ext of exts) if (isFile(path.join(dir, name + ext))) return path.join(dir, name + ext);
  }
  for (const p of places) if (isFile(p)) return p;
  throw new ChromiumMissingError(
    `PDF output needs Chromium, Google Chrome or Microsoft Edge, and none was found (looked for ${NAMES.join(', ')} on PATH and in the usual install folders); install one (Debian: apt-get install chromium) or set ${CHROMIUM_ENV} to its path`,
  );
}

export interface PrintOptions {
  /** Browser executable; found with findChromium() when absent. */
  chromium?: string;
  /** Milliseconds before the browser is stopped (default 60 s). */
  timeoutMs?: number;
}

/** Prints an HTML document to PDF bytes. */
export async function htmlToPdf(html: string, options: PrintOptions = {}): Promise<Buffer> {
  const browser = options.chromium ?? findChromium();
  const dir = mkdtempSync(path.join(tmpdir(), 'ecc-appendix-pdf-'));
  try {
    const input = path.join(dir, 'schedule.html');
    const output = path.join(dir, 'schedule.pdf');
    writeFileSync(input, html);
    const args = [
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-sync',
      '--disable-component-update',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      `--user-data-dir=${path.join(dir, 'profile')}`,
      '--no-pdf-header-footer',
      '--print-to-pdf-no-header',
      `--print-to-pdf=${output}`,
      pathToFileURL(input).href,
    ];
    // Chromium refuses to run as root with its sandbox on (containers, CI); our page is static and script-free.
    if (process.getuid?.() === 0) args.unshift('--no-sandbox');
    await run(browser, args, options.timeoutMs ?? 60_000);
    if (!existsSync(output)) throw new PdfError(`${path.basename(browser)} ran but wrote no PDF`);
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function run(cmd: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' });
    const timer = setTimeout(() => {
      try {
        if (child.pid && process.platform !== 'win32') process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        /* already gone */
      }
      reject(new PdfError(`${path.basename(cmd)} did not finish printing within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(new ChromiumMissingError(`cannot start ${cmd}: ${(e as NodeJS.ErrnoException).code ?? e.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new PdfError(`${path.basename(cmd)} exited with status ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
    });
  });
}

/**
 * Pages in a PDF: the largest `/Count` of a `/Type /Pages` node (the root of the page tree), or else the number of
 * `/Type /Page` objects. Enough for the PDFs Chromium and LibreOffice write (page-tree dictionaries uncompressed).
 */
export function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  let max = 0;
  const re = /\/Type\s*\/Pages\b/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = text.lastIndexOf('<<', m.index);
    const end = text.indexOf('>>', m.index);
    const dict = text.slice(Math.max(0, start), end < 0 ? m.index + 500 : end);
    const c = /\/Count\s+(\d+)/.exec(dict) ?? /\/Count\s+(\d+)/.exec(text.slice(m.index, m.index + 500));
    if (c) max = Math.max(max, Number(c[1]));
  }
  if (max > 0) return max;
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
