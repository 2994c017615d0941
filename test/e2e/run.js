#!/usr/bin/env node
'use strict';
/**
 * End-to-end test of the packaged extension in a real client: code-server (VS Code in the browser) driven
 * through Debian Chromium with playwright-core.
 *
 *   node test/e2e/run.js [path/to/optimizer-lab.vsix]      (default: optimizer-lab.vsix at the repo root)
 *
 * Needs `bash test/e2e/setup.sh` first; builds nothing itself. Each check is a named step with its own
 * screenshot in .artifacts/e2e/; logs of code-server, the extension host and the browser console go there too.
 * Every process started here is stopped by its process-group id, on success, failure and SIGINT/SIGTERM.
 * Exit code 0 only when every step passed.
 *
 * Environment: E2E_KEEP=1 keeps the temp dir (workspace, user data), E2E_HEADED=1 shows the browser (needs a
 * display), E2E_CHROMIUM overrides /usr/bin/chromium, E2E_TIMEOUT_S caps the whole run (default 900).
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { chromium } = require('playwright-core');
const {
  ROOT, BASE_SETTINGS, NODE24_DIR, NODE24, CODE_SERVER, CHROMIUM, FIXTURES, VIEWPORT, DARK_THEME, LIGHT_THEME, LIGHT_THEME_LABEL, QUICK_INPUT_BOX,
  log, sleep, children, startProcess, signalGroup, stopAll, freePort, httpStatus, waitFor, withTimeout,
  stripJsonComments, filesUnder, metricRows, copyDir, closeWidgets, acceptRow, openFile, runCommand,
  tokenBox, probeFrames, comparisonProbe, themeKind, startRun, openComparison, runSuite,
} = require('./lib');

const t0 = Date.now();
const ARTIFACTS = path.join(ROOT, '.artifacts', 'e2e');
const TOTAL_TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_S || 900) * 1000;
const STEP_TIMEOUT_MS = 240_000;

/** Temp dir of this run (workspace, user data, browser profile); removed on exit unless E2E_KEEP is set. */
let tmpRoot;
function removeTmp() {
  if (tmpRoot && !process.env.E2E_KEEP) fs.rmSync(tmpRoot, { recursive: true, force: true });
}

let cleaningUp = false;
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(sig, () => {
    if (cleaningUp) return;
    cleaningUp = true;
    log(`${sig}: stopping started processes`);
    stopAll().finally(() => {
      removeTmp();
      process.exit(code);
    });
  });
}
process.on('exit', () => {
  for (const pgid of children.keys()) signalGroup(pgid, 'SIGKILL');
});

function readFixtureConfig(file) {
  return JSON.parse(stripJsonComments(fs.readFileSync(path.join(FIXTURES, file), 'utf8')));
}

/** 1-based line and column of the first occurrence of `token` outside a comment line. */
function positionOf(file, token) {
  const lines = fs.readFileSync(path.join(FIXTURES, file), 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].trimStart().startsWith('//')) continue;
    const col = lines[i].indexOf(token);
    if (col >= 0) return { line: i + 1, column: col + 1 };
  }
  throw new Error(`${token} not found in fixture ${file}`);
}

/** Thrown when a step the rest depends on failed: remaining steps are not run (and not counted as passed). */
class SkipRest extends Error {}

// ------------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------------
async function main() {
  const vsixArg = process.argv[2] || 'optimizer-lab.vsix';
  const vsix = path.resolve(process.cwd(), vsixArg);
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const extensionId = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  for (const [what, p] of [['vsix', vsix], ['Node 24 (run test/e2e/setup.sh)', NODE24], ['code-server (run test/e2e/setup.sh)', CODE_SERVER], ['Chromium', CHROMIUM]]) {
    if (!fs.existsSync(p)) throw new Error(`missing ${what}: ${p}`);
  }
  log(`vsix ${path.relative(ROOT, vsix) || vsix} (${(fs.statSync(vsix).size / 1024 / 1024).toFixed(2)} MiB), extension ${extensionId}`);

  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-e2e-'));
  tmpRoot = tmp;
  const dirs = {
    userData: path.join(tmp, 'user-data'),
    extensions: path.join(tmp, 'extensions'),
    workspace: path.join(tmp, 'workspace'),
    chrome: path.join(tmp, 'chromium-profile'),
    xdg: path.join(tmp, 'xdg'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  // fixtures/docs/ holds the screenshot configs (screenshots.js); the checks use the top-level fixtures only.
  fs.cpSync(FIXTURES, dirs.workspace, { recursive: true, filter: (src) => path.relative(FIXTURES, src).split(path.sep)[0] !== 'docs' });
  const settingsFile = path.join(dirs.userData, 'User', 'settings.json');
  const settings = { ...BASE_SETTINGS };

  fs.mkdirSync(path.dirname(settingsFile), { recursive: true });
  fs.writeFileSync(settingsFile, JSON.stringify(settings, null, 2));

  // code-server runs on Node 24; VSCODE_* variables of a surrounding VS Code terminal would turn it into a
  // client of that instance, and XDG dirs keep its config out of $HOME.
  const env = { ...process.env, PATH: `${NODE24_DIR}${path.delimiter}${process.env.PATH}` };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  Object.assign(env, { XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'), XDG_DATA_HOME: path.join(dirs.xdg, 'data'), XDG_CACHE_HOME: path.join(dirs.xdg, 'cache') });
  const csCommon = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  const results = [];
  const timings = {};
  let browser;
  let page;
  let stepNo = 0;
  const consoleLines = [];

  async function shot(name) {
    if (!page || page.isClosed()) return undefined;
    const file = path.join(ARTIFACTS, `${name}.png`);
    try {
      await page.screenshot({ path: file, timeout: 15_000 });
      return path.relative(ROOT, file);
    } catch (e) {
      log(`screenshot ${name} failed: ${e.message.split('\n')[0]}`);
      return undefined;
    }
  }

  async function step(name, fn) {
    stepNo++;
    const id = `${String(stepNo).padStart(2, '0')}-${name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase()}`;
    const start = Date.now();
    log(`▶ ${name}`);
    let error;
    let detail;
    try {
      detail = await withTimeout(Promise.resolve().then(fn), STEP_TIMEOUT_MS, name);
    } catch (e) {
      error = e;
    }
    const screenshot = await shot(id);
    const ms = Date.now() - start;
    results.push({ name, ok: !error, ms, detail, error: error && error.message, screenshot });
    if (error) log(`✗ FAIL ${name} (${(ms / 1000).toFixed(1)}s): ${error.message}${screenshot ? `\n    screenshot: ${screenshot}` : ''}`);
    else log(`✓ PASS ${name} (${(ms / 1000).toFixed(1)}s)${detail ? ` — ${typeof detail === 'string' ? detail : JSON.stringify(detail)}` : ''}`);
    return !error;
  }

  const quick = readFixtureConfig('quick.optlab.json');
  const tuned = readFixtureConfig('tuned.optlab.json');
  const long = readFixtureConfig('long.optlab.json');
  const landscape = readFixtureConfig('landscape.optlab.json');
  const quickRuns = quick.runs.map((r) => r.name);
  const brokenPos = positionOf('broken.optlab.json', '"learningRate"');

  try {
    // ---- install the vsix -------------------------------------------------------------------------------
    let s = Date.now();
    const install = spawnSync(NODE24, [CODE_SERVER, ...csCommon, '--install-extension', vsix, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
    fs.writeFileSync(path.join(ARTIFACTS, 'install-extension.log'), `${install.stdout}\n${install.stderr}`);
    timings.installExtensionMs = Date.now() - s;
    const listed = spawnSync(NODE24, [CODE_SERVER, ...csCommon, '--list-extensions', '--show-versions'], { env, encoding: 'utf8', timeout: 60_000 });
    const installed = (listed.stdout || '').split('\n').map((l) => l.trim()).filter(Boolean);
    const installedOk = await step('install the vsix with --install-extension', () => {
      if (install.status !== 0) throw new Error(`code-server --install-extension exited ${install.status}: ${(install.stderr || install.stdout).trim().slice(-500)}`);
      const mine = installed.find((l) => l.toLowerCase().startsWith(`${extensionId}@`));
      if (!mine) throw new Error(`${extensionId} not listed by --list-extensions (got: ${installed.join(', ') || 'nothing'})`);
      return `${mine} in ${(timings.installExtensionMs / 1000).toFixed(1)} s`;
    });
    if (!installedOk) throw new SkipRest();

    // ---- code-server --------------------------------------------------------------------------------------
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const csOk = await step('code-server starts on a free loopback port', async () => {
      s = Date.now();
      const cs = startProcess('code-server', NODE24, [
        CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check',
        ...csCommon, dirs.workspace,
      ], { env, cwd: tmp }, path.join(ARTIFACTS, 'code-server.log'));
      let csExit;
      cs.on('exit', (code, sig) => {
        csExit = `code-server exited (code ${code}, signal ${sig}); see .artifacts/e2e/code-server.log`;
      });
      await waitFor('code-server /healthz', async () => {
        if (csExit) throw new Error(csExit);
        return (await httpStatus(`${base}/healthz`)) === 200;
      }, 60_000, 250);
      timings.codeServerStartMs = Date.now() - s;
      return `${base} in ${(timings.codeServerStartMs / 1000).toFixed(1)} s`;
    });
    if (!csOk) throw new SkipRest();

    // ---- Chromium (own process, so it is stopped by pid), driven over CDP ----------------------------------
    const browserOk = await step('Chromium starts and playwright-core connects over CDP', async () => {
      s = Date.now();
      const chromeArgs = [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-default-browser-check', '--disable-dev-shm-usage',
        '--disable-crash-reporter', '--disable-breakpad', '--password-store=basic', `--user-data-dir=${dirs.chrome}`,
        '--remote-debugging-port=0',
        `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
        ...(process.env.E2E_HEADED ? [] : ['--headless']),
        'about:blank',
      ];
      const chrome = startProcess('chromium', CHROMIUM, chromeArgs, { env }, path.join(ARTIFACTS, 'chromium.log'));
      const wsEndpoint = await waitFor('Chromium DevTools endpoint', async () => {
        if (chrome.exitCode !== null) throw new Error(`chromium exited with ${chrome.exitCode}; see .artifacts/e2e/chromium.log`);
        const m = /DevTools listening on (ws:\/\/\S+)/.exec(fs.readFileSync(path.join(ARTIFACTS, 'chromium.log'), 'utf8'));
        return m && m[1];
      }, 30_000, 200);
      browser = await chromium.connectOverCDP(wsEndpoint);
      const context = browser.contexts()[0];
      page = context.pages()[0] || (await context.newPage());
      await page.setViewportSize(VIEWPORT);
      page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
      timings.browserStartMs = Date.now() - s;
      return `Chromium ${browser.version()} in ${(timings.browserStartMs / 1000).toFixed(1)} s`;
    });
    if (!browserOk) throw new SkipRest();

    // ---- (0) workbench ------------------------------------------------------------------------------------
    s = Date.now();
    await step('workbench loads with the extension in the Activity Bar', async () => {
      await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
      await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
      await page.locator('.part.statusbar').waitFor({ timeout: 30_000 });
      const item = page.locator('.part.activitybar [aria-label^="Optimizer Lab"]').first();
      await item.waitFor({ timeout: 60_000 }).catch(() => {
        throw new Error('no "Optimizer Lab" container in the Activity Bar (viewsContainers.activitybar not contributed or the extension is not installed)');
      });
      await page.locator('.part.sidebar .monaco-list-row', { hasText: 'quick.optlab.json' }).first().waitFor({ timeout: 30_000 });
      // The theme from user settings is applied a moment after the first paint.
      await waitFor(`the dark theme "${DARK_THEME}" from user settings`, async () => (await themeKind(page)) === 'vs-dark', 30_000).catch(async (e) => {
        throw new Error(`${e.message}; workbench theme kind is "${await themeKind(page)}"`);
      });
      timings.workbenchLoadMs = Date.now() - s;
      return `loaded in ${(timings.workbenchLoadMs / 1000).toFixed(1)} s`;
    });

    // ---- (a) open the quick config --------------------------------------------------------------------------
    await step('(a) open quick.optlab.json with Quick Open', async () => {
      await openFile(page, 'quick.optlab.json');
      const text = await page.locator('.editor-group-container.active .monaco-editor .view-lines').innerText();
      if (!text.includes('"runs"')) throw new Error('editor does not show the config text');
      const mode = (await page.locator('[id="status.editor.mode"]').innerText({ timeout: 10_000 }).catch(() => '')).trim();
      if (mode && !/JSON with Comments/i.test(mode)) throw new Error(`*.optlab.json opens as "${mode}", expected "JSON with Comments" (contribute the language association)`);
      return `language mode: ${mode || 'unknown'}`;
    });

    // ---- (b) diagnostics in the Problems panel --------------------------------------------------------------
    await step(`(b) broken.optlab.json: problem at line ${brokenPos.line} in the Problems panel`, async () => {
      await openFile(page, 'broken.optlab.json');
      await closeWidgets(page);
      await page.keyboard.press('Control+Shift+M');
      const panel = page.locator('.markers-panel');
      await panel.waitFor({ state: 'visible', timeout: 10_000 }).catch(async () => {
        await runCommand(page, 'View: Focus Problems');
        await panel.waitFor({ state: 'visible', timeout: 10_000 });
      });
      const rowsSel = '.markers-panel .monaco-list-row';
      const problems = await waitFor(`a problem at line ${brokenPos.line} of broken.optlab.json`, async () => {
        const rows = await page.locator(rowsSel).evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') || ''}\n${e.innerText}`));
        const parsed = rows.map((r) => {
          const m = /\bLn (\d+), Col (\d+)/.exec(r) || /line (\d+) and character (\d+)/i.exec(r);
          return { text: r.replace(/\s+/g, ' ').trim(), line: m ? Number(m[1]) : undefined, column: m ? Number(m[2]) : undefined };
        });
        return parsed.some((p) => p.line === brokenPos.line) ? parsed : undefined;
      }, 45_000);
      const comments = problems.filter((p) => /Comments are not permitted/i.test(p.text));
      if (comments.length) throw new Error(`"Comments are not permitted in JSON" reported: *.optlab.json is not associated with JSONC`);
      const hit = problems.find((p) => p.line === brokenPos.line);
      if (!/learningRate/.test(hit.text)) throw new Error(`problem at line ${brokenPos.line} does not name the key "learningRate": ${hit.text}`);
      const exact = problems.find((p) => p.line === brokenPos.line && p.column === brokenPos.column && /learningRate/.test(p.text));
      if (!exact) throw new Error(`no "learningRate" problem at column ${brokenPos.column} of line ${brokenPos.line} (got column ${hit.column})`);
      return { line: hit.line, column: hit.column, message: hit.text.slice(0, 200), problems: problems.length };
    });

    // ---- (c) hover on `schedule` ----------------------------------------------------------------------------
    await step('(c) hover on "schedule" shows an LR image', async () => {
      await openFile(page, 'quick.optlab.json');
      await closeWidgets(page);
      await waitFor('the "schedule" token in the editor DOM', () => tokenBox(page, 'schedule'), 15_000);
      const hover = page.locator('.monaco-hover:visible').filter({ has: page.locator('img') });
      const info = await waitFor('a hover with an <img>', async () => {
        // Measured on every attempt: CodeLenses resolving after the first paint move the lines down.
        const box = await tokenBox(page, 'schedule');
        if (!box) return false;
        const cx = box.x + box.width / 2;
        const cy = box.y + box.height / 2;
        // A real pointer move onto the token (from a neutral spot) is what triggers editor hovers.
        await page.mouse.move(cx, cy + 200);
        await page.mouse.move(cx, cy, { steps: 8 });
        await hover.first().waitFor({ state: 'visible', timeout: 4000 });
        return hover.first().evaluate((el) => {
          const img = el.querySelector('img');
          return { text: (el.innerText || '').replace(/\s+/g, ' ').slice(0, 160), src: (img.getAttribute('src') || '').slice(0, 40), complete: img.complete, width: img.naturalWidth };
        });
      }, 30_000, 100);
      await waitFor('the hover image to load', async () => {
        const w = await hover.first().locator('img').first().evaluate((img) => (img.complete ? img.naturalWidth : 0));
        return w > 0;
      }, 10_000).catch(() => {
        throw new Error(`hover <img> did not render (src ${info.src}…): blocked or invalid image`);
      });
      return info;
    });

    // ---- (d) run the experiment ------------------------------------------------------------------------------
    await step('(d) Run Experiment → comparison panel with chart and summary rows', async () => {
      await page.mouse.move(5, VIEWPORT.height - 5);
      await openFile(page, 'quick.optlab.json');
      const started = Date.now();
      const runDir = await startRun(page, dirs.workspace, quick.name, 180_000);
      timings.quickRunMs = Date.now() - started;
      const frames = await waitFor(`a webview frame with a <canvas> and summary rows for ${quickRuns.join(', ')}`, async () => {
        const found = await probeFrames(page, comparisonProbe, quickRuns);
        return found.some((f) => f.canvases > 0 && f.runsWithRow.length === quickRuns.length) ? found : undefined;
      }, 60_000).catch(async (e) => {
        const found = await probeFrames(page, comparisonProbe, quickRuns);
        throw new Error(`${e.message}; frames seen: ${JSON.stringify(found.map(({ frame, ...r }) => r))}`);
      });
      const rows = metricRows(runDir);
      if (!rows.length) throw new Error(`no metric rows under ${runDir}`);
      const hit = frames.find((f) => f.canvases > 0 && f.runsWithRow.length === quickRuns.length);
      return { runMs: timings.quickRunMs, metricRows: rows.length, canvases: hit.canvases, tableRows: hit.rows, webviews: frames.length };
    });

    await step('(d2) Activity Bar container shows the comparison view', async () => {
      await closeWidgets(page);
      const item = page.locator('.part.activitybar [aria-label^="Optimizer Lab"]').first();
      await item.click();
      await page.locator('.part.sidebar').waitFor({ state: 'visible', timeout: 10_000 });
      const found = await waitFor('a webview view with a <canvas> or table in the side bar', async () => {
        const f = await probeFrames(page, comparisonProbe, quickRuns);
        const views = f.filter((x) => /purpose=webviewView/.test(x.url) || /purpose=webviewView/.test(x.frame.parentFrame() ? x.frame.parentFrame().url() : ''));
        return views.length ? views : undefined;
      }, 30_000);
      return { canvases: found[0].canvases, tableRows: found[0].rows };
    });

    // ---- (d3) a tuned comparison from F1 (SPEC §10) ------------------------------------------------------------
    await step('(d3) tuned config from F1 → verdicts in the table and the LR-sensitivity tab', async () => {
      await closeWidgets(page);
      await openFile(page, 'tuned.optlab.json');
      const runDir = await startRun(page, dirs.workspace, tuned.name, 180_000);
      const summary = JSON.parse(fs.readFileSync(path.join(runDir, 'summary.json'), 'utf8'));
      const tunedRuns = summary.runs.filter((r) => r.tuning && r.tuning.chosen);
      if (tunedRuns.length !== tuned.runs.length) throw new Error(`summary.json has ${tunedRuns.length} tuned runs with a choice, expected ${tuned.runs.length}`);
      const frame = await openComparison(page, runDir);
      await frame.locator('#tab-curves').click();
      const verdicts = await waitFor('a verdict per compared run in the summary table', async () => {
        const n = await frame.locator('#table .verdict').count();
        return n >= tuned.runs.length - 1 ? n : undefined;
      }, 30_000);
      const verdictText = await frame.locator('#table .verdict').first().innerText();
      await frame.locator('#tab-sensitivity').click();
      const charts = await waitFor('one sensitivity chart per tuned run', async () => {
        const n = await frame.locator('#sensitivity canvas').count();
        return n >= tuned.runs.length ? n : undefined;
      }, 30_000);
      await frame.locator('#tab-curves').click();
      return { trials: tunedRuns.map((r) => r.tuning.trials.length), chosen: tunedRuns.map((r) => r.tuning.chosen.values), verdicts, verdictText, sensitivityCharts: charts };
    });

    // ---- (d4) function2d: the landscape panel from the comparison's button ------------------------------------
    await step('(d4) function2d config → Landscape button of the comparison → panel with contour and paths', async () => {
      await closeWidgets(page);
      await openFile(page, 'landscape.optlab.json');
      const runDir = await startRun(page, dirs.workspace, landscape.name, 120_000);
      const withXy = metricRows(runDir).filter((r) => Array.isArray(r.xy) && r.xy.length === 2).length;
      if (!withXy) throw new Error('no metric row has an (x, y) position');
      const compare = await openComparison(page, runDir);
      const button = compare.locator('#landscape');
      await button.waitFor({ state: 'visible', timeout: 30_000 }).catch(() => {
        throw new Error('the comparison shows no Landscape button for a function2d experiment');
      });
      await button.click();
      const found = await waitFor(`the landscape panel drawing ${landscape.runs.length} paths`, async () => {
        const f = await probeFrames(page, () => {
          const c = document.querySelector('canvas[aria-label="Landscape"]');
          if (!c) return null;
          return { paths: Number(c.dataset.paths || 0), rows: document.querySelectorAll('#table tbody tr').length, width: c.width, title: document.getElementById('title')?.textContent || '', bodyClass: document.body.className };
        });
        return f.find((x) => x.paths >= landscape.runs.length && x.width > 0);
      }, 30_000).catch(async (e) => {
        throw new Error(`${e.message}; landscape frames: ${JSON.stringify((await probeFrames(page, () => ({ html: document.body.innerHTML.slice(0, 300) }))).map(({ frame, ...r }) => r))}`);
      });
      // The scrubber moves the markers: step 0 puts every run's marker on the start.
      // The page redraws on the next animation frame: wait for the label rather than read it at once.
      await found.frame.locator('#scrub').fill('0');
      let label = '';
      await waitFor('the scrubber label to show step 0', async () => {
        label = await found.frame.locator('#stepv').innerText();
        return /after 0 \//.test(label) || undefined;
      }, 10_000).catch(() => {
        throw new Error(`scrubber label after moving to 0: "${label}"`);
      });
      await found.frame.locator('#scrub').fill(String(landscape.steps));
      return { paths: found.paths, tableRows: found.rows, rowsWithXy: withXy, title: found.title };
    });

    // ---- (d5) Run Suite: two tasks with the same run names (SPEC §10 performance profiles) -------------------
    await step('(d5) Run Suite on suite/*.optlab.json → suite.json and the Performance Profile panel', async () => {
      await closeWidgets(page);
      const file = path.join(await runSuite(page, dirs.workspace, 'suite/', 2, 240_000, 500), 'suite.json');
      const suite = JSON.parse(fs.readFileSync(file, 'utf8'));
      if (suite.format !== 'optlab-suite' || suite.version !== 1) throw new Error(`suite.json format ${suite.format} v${suite.version}`);
      if (suite.tasks.length !== 2 || suite.runs.length !== 2) throw new Error(`suite.json has ${suite.tasks.length} tasks and ${suite.runs.length} runs, expected 2 and 2`);
      const panel = await waitFor('the Performance Profile panel with one curve and one score row per run', async () => {
        const f = await probeFrames(page, () => {
          const curves = document.querySelectorAll('svg path.run').length;
          const rows = document.querySelectorAll('table.scores tbody tr').length;
          return curves && rows ? { curves, rows } : null;
        });
        return f.length && f[0].curves === 2 && f[0].rows === 2 ? f[0] : undefined;
      }, 30_000);
      return { scores: Object.fromEntries(suite.runs.map((r) => [r.run, Number(r.score.toFixed(3))])), curves: panel.curves, scoreRows: panel.rows, tasks: suite.tasks.map((t) => t.name) };
    });

    // ---- (e) second run, cancelled --------------------------------------------------------------------------
    await step('(e) start a long run, cancel it, metrics stay on disk', async () => {
      await openFile(page, 'long.optlab.json');
      const runDir = await startRun(page, dirs.workspace, long.name);
      await waitFor('metric rows of the running job on disk', () => metricRows(runDir).length >= 5, 120_000);
      await runCommand(page, 'Optimizer Lab: Cancel');
      const cancelledAt = Date.now();
      const rowsAtCancel = metricRows(runDir).length;
      // Stopped = the metrics files no longer grow.
      let last = -1;
      let stableSince = Date.now();
      await waitFor('the run to stop writing metrics after Cancel', () => {
        const n = metricRows(runDir).length;
        if (n !== last) {
          last = n;
          stableSince = Date.now();
        }
        return Date.now() - stableSince > 4000;
      }, 60_000, 250);
      const rows = metricRows(runDir);
      const maxStep = Math.max(...rows.map((r) => (typeof r.step === 'number' ? r.step : -1)));
      if (!rows.length) throw new Error(`metrics under ${runDir} are gone after Cancel`);
      if (maxStep >= long.steps - 1) throw new Error(`run reached its last step ${maxStep}: not cancelled`);
      // rowsAtCancel vs metricRows and stoppedWithinMs show how promptly Cancel takes effect on disk.
      return { rowsAtCancel, metricRows: rows.length, lastStep: maxStep, stoppedWithinMs: Math.max(0, stableSince - cancelledAt), files: filesUnder(runDir, '').map((f) => path.relative(runDir, f)).slice(0, 8) };
    });

    // ---- (f) light theme ------------------------------------------------------------------------------------
    await step(`(f) switch to "${LIGHT_THEME}" and screenshot the panels`, async () => {
      // Through the theme picker, as a user would (the picker lists "Default Light Modern" as "Light Modern").
      await runCommand(page, 'Preferences: Color Theme');
      await waitFor('the color theme picker', async () => /color theme/i.test((await page.locator(QUICK_INPUT_BOX).getAttribute('placeholder')) || ''), 10_000, 200);
      await page.locator(QUICK_INPUT_BOX).fill(LIGHT_THEME_LABEL);
      await acceptRow(page, LIGHT_THEME_LABEL, 10_000);
      await waitFor(`the workbench to turn light after picking "${LIGHT_THEME_LABEL}"`, async () => (await themeKind(page)) === 'vs', 15_000);
      await runCommand(page, 'Optimizer Lab: Open Comparison').catch((e) => log(`note: ${e.message}`));
      await closeWidgets(page);
      const frames = await waitFor('webviews re-themed (body.vscode-light)', async () => {
        const f = await probeFrames(page, comparisonProbe, quickRuns);
        const themed = f.filter((x) => /\bvscode-light\b/.test(x.bodyClass));
        return themed.length && themed.length === f.filter((x) => x.canvases > 0).length ? f : undefined;
      }, 20_000);
      await sleep(1000); // let the charts redraw with the new theme colours before the step's screenshot
      return { webviews: frames.length, classes: frames.map((f) => f.bodyClass) };
    });
  } catch (e) {
    if (e instanceof SkipRest) log('a step the remaining steps depend on failed; skipping them');
    else results.push({ name: 'harness', ok: false, ms: 0, error: e.stack || e.message });
  } finally {
    timings.totalMs = Date.now() - t0;
    try {
      if (browser) await browser.close().catch(() => undefined);
    } finally {
      await stopAll();
      fs.writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), consoleLines.join('\n') + '\n');
      copyDir(path.join(dirs.userData, 'logs'), path.join(ARTIFACTS, 'logs'));
      copyDir(path.join(dirs.workspace, '.optlab'), path.join(ARTIFACTS, 'workspace-optlab'));
      const passed = results.filter((r) => r.ok).length;
      const failed = results.length - passed;
      fs.writeFileSync(path.join(ARTIFACTS, 'results.json'), JSON.stringify({ passed, failed, timings, results }, null, 2));
      if (process.env.E2E_KEEP) log(`kept ${tmp}`);
      removeTmp();
      console.log('');
      for (const r of results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${(r.ms / 1000).toFixed(1)}s)${r.ok ? '' : `\n      ${r.error}`}`);
      console.log(`\ntimings: ${Object.entries(timings).map(([k, v]) => `${k.replace(/Ms$/, '')} ${(v / 1000).toFixed(1)}s`).join(', ')}`);
      console.log(`artifacts: ${path.relative(process.cwd(), ARTIFACTS) || ARTIFACTS}`);
      console.log(`${passed} passed, ${failed} failed`);
      process.exitCode = failed || !results.length ? 1 : 0;
    }
  }
}

const overall = setTimeout(() => {
  log(`whole run exceeded ${TOTAL_TIMEOUT_MS / 1000} s; stopping`);
  stopAll().finally(() => {
    removeTmp();
    process.exit(1);
  });
}, TOTAL_TIMEOUT_MS);
overall.unref();

main().catch(async (e) => {
  console.error(`[e2e] ${e.stack || e.message}`);
  await stopAll();
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
