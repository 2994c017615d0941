#!/usr/bin/env node
'use strict';
/**
 * The README / docs images, taken from the packaged extension in a real client (code-server + Chromium, the
 * same harness as run.js, helpers in lib.js):
 *
 *   npm run package && node test/e2e/screenshots.js [path/to/optimizer-lab.vsix]
 *
 * Writes docs/images/<name>-<dark|light>.png (1600×1000, the window as a user sees it) for: the LR hover, the
 * LR Schedule panel (a hybrid with per-group curves), the Comparison panel after a real run (curves, seed
 * band, target line, summary table), a tuned comparison (verdicts, time speedups) and its LR-sensitivity tab,
 * the Activity Bar comparison view, the Spectrum panel (random matrix and
 * a live Muon snapshot), the export of a run as a PyTorch script, and the comparison with a real PyTorch run
 * of that script imported next to the local runs. Configs: test/e2e/fixtures/docs/ (MLP and a tiny char-LM,
 * each run well under 30 s on 2 cores). The torch run uses /usr/bin/python3 (PyTorch installed there); without
 * it the imported-run images are skipped. The Muon LR hint (hover on a hybrid's muon.lr) and the performance
 * profile of examples/suite (Run Suite on its four configs: the panel in both themes, and the standalone
 * suite.html it writes, rendered with prefers-color-scheme dark and light) are taken too.
 *
 * Every image is also checked while it is taken (the panel is there, the table has rows, the hover has its
 * image), and the script exits 1 when one is missing. E2E_KEEP=1 keeps the temp workspace; E2E_SHOTS=a,b
 * takes only the named groups (hover, muon-hint, torch-hover, torch-lr, lr, compare, tuned, side, spectrum, export,
 * imported, landscape, suite). The landscape image is the Rosenbrock run of landscape.optlab.json with the scrubber
 * at step 150.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync, spawn } = require('child_process');
const { chromium } = require('playwright-core');
const {
  ROOT, BASE_SETTINGS, NODE24_DIR, NODE24, CODE_SERVER, CHROMIUM, FIXTURES, VIEWPORT, LIGHT_THEME_LABEL, QUICK_INPUT_BOX,
  log, sleep, children, startProcess, signalGroup, stopAll, freePort, httpStatus, waitFor, stripJsonComments, runDirs,
  closeWidgets, acceptRow, openFile, runCommand, probeFrames, themeKind, frameWith, startRun, openComparison, runSuite,
} = require('./lib');

const DOCS_FIXTURES = path.join(FIXTURES, 'docs');
const OUT = path.join(ROOT, 'docs', 'images');
const ARTIFACTS = path.join(ROOT, '.artifacts', 'screenshots');
const PYTHON = '/usr/bin/python3';
const ONLY = process.env.E2E_SHOTS ? new Set(process.env.E2E_SHOTS.split(',')) : undefined;
const want = (group) => !ONLY || ONLY.has(group);

let tmpRoot;
const removeTmp = () => {
  if (tmpRoot && !process.env.E2E_KEEP) fs.rmSync(tmpRoot, { recursive: true, force: true });
};
for (const [sig, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(sig, () => {
    stopAll().finally(() => {
      removeTmp();
      process.exit(code);
    });
  });
}
process.on('exit', () => {
  for (const pgid of children.keys()) signalGroup(pgid, 'SIGKILL');
});

const config = (file) => JSON.parse(stripJsonComments(fs.readFileSync(path.join(DOCS_FIXTURES, file), 'utf8')));

// ------------------------------------------------------------------------------------------------------
// Page helpers
// ------------------------------------------------------------------------------------------------------
/** Boxes of every token whose text is exactly `"key"` in the active editor, top to bottom. */
async function tokenBoxes(page, key) {
  return page.evaluate((key) => {
    const want = JSON.stringify(key);
    const out = [];
    for (const span of document.querySelectorAll('.editor-group-container.active .monaco-editor .view-lines .view-line span')) {
      if (span.children.length === 0 && span.textContent === want) {
        const r = span.getBoundingClientRect();
        if (r.width > 0 && r.height > 0) out.push({ x: r.x, y: r.y, width: r.width, height: r.height });
      }
    }
    return out.sort((a, b) => a.y - b.y || a.x - b.x);
  }, key);
}

async function tryCommand(page, title) {
  try {
    await runCommand(page, title, 8000);
    return true;
  } catch (e) {
    log(`note: ${e.message.split('\n')[0]}`);
    await closeWidgets(page);
    return false;
  }
}

/** A tidy window: no notifications, no bottom panel, one editor group. */
async function tidy(page, { sidebar }) {
  await tryCommand(page, 'Notifications: Clear All Notifications');
  if (await page.locator('.part.panel').isVisible().catch(() => false)) await tryCommand(page, 'View: Toggle Panel Visibility');
  const visible = await page.locator('.part.sidebar').isVisible().catch(() => false);
  if (visible !== sidebar) await tryCommand(page, 'View: Toggle Primary Side Bar Visibility');
  await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
  await closeWidgets(page);
}

async function closeAllEditors(page) {
  await tryCommand(page, 'View: Close All Editors');
  await tryCommand(page, 'View: Single Column Editor Layout');
}

async function setTheme(page, label, kind) {
  await runCommand(page, 'Preferences: Color Theme');
  await waitFor('the color theme picker', async () => /color theme/i.test((await page.locator(QUICK_INPUT_BOX).getAttribute('placeholder')) || ''), 10_000, 200);
  await page.locator(QUICK_INPUT_BOX).fill(label);
  await acceptRow(page, label, 10_000);
  await waitFor(`the workbench theme "${kind}"`, async () => (await themeKind(page)) === kind, 15_000);
  await sleep(1500); // webviews re-read the theme variables and redraw
}

/**
 * Hover the `index`-th `"key"` token (a real pointer move) until a hover with a loaded <img> shows. The token
 * is measured on every attempt: CodeLenses resolving after the first paint move the lines down.
 */
async function hoverImage(page, key, index) {
  const hover = page.locator('.monaco-hover:visible').filter({ has: page.locator('img') });
  await waitFor('a hover with an LR image', async () => {
    const box = (await tokenBoxes(page, key))[index];
    if (!box) return false;
    const cx = box.x + Math.min(box.width / 2, 20);
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy + 240);
    await page.mouse.move(cx, cy, { steps: 8 });
    // The first hover of a session waits for the JSON language server too: give each attempt time.
    await hover.first().waitFor({ state: 'visible', timeout: 10_000 });
    return hover.first().locator('img').first().evaluate((img) => img.complete && img.naturalWidth > 0);
  }, 60_000, 100);
}

// ------------------------------------------------------------------------------------------------------
// Main
// ------------------------------------------------------------------------------------------------------
async function main() {
  const vsix = path.resolve(process.cwd(), process.argv[2] || 'optimizer-lab.vsix');
  for (const [what, p] of [['vsix', vsix], ['Node 24 (run test/e2e/setup.sh)', NODE24], ['code-server (run test/e2e/setup.sh)', CODE_SERVER], ['Chromium', CHROMIUM]]) {
    if (!fs.existsSync(p)) throw new Error(`missing ${what}: ${p}`);
  }
  fs.rmSync(ARTIFACTS, { recursive: true, force: true });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  fs.mkdirSync(OUT, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'optlab-shots-'));
  tmpRoot = tmp;
  const dirs = { userData: path.join(tmp, 'user-data'), extensions: path.join(tmp, 'extensions'), workspace: path.join(tmp, 'optimizer-lab-demo'), chrome: path.join(tmp, 'chromium-profile'), xdg: path.join(tmp, 'xdg') };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.cpSync(DOCS_FIXTURES, dirs.workspace, { recursive: true });
  fs.cpSync(path.join(ROOT, 'examples', 'suite'), path.join(dirs.workspace, 'suite'), { recursive: true });
  const settings = {
    ...BASE_SETTINGS,
    'editor.minimap.enabled': false,
    'window.commandCenter': false,
    'workbench.layoutControl.enabled': false,
  };

  fs.mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  fs.writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const env = { ...process.env, PATH: `${NODE24_DIR}${path.delimiter}${process.env.PATH}` };
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  Object.assign(env, { XDG_CONFIG_HOME: path.join(dirs.xdg, 'config'), XDG_DATA_HOME: path.join(dirs.xdg, 'data'), XDG_CACHE_HOME: path.join(dirs.xdg, 'cache') });
  const csCommon = ['--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];

  const install = spawnSync(NODE24, [CODE_SERVER, ...csCommon, '--install-extension', vsix, '--force'], { env, encoding: 'utf8', timeout: 120_000 });
  if (install.status !== 0) throw new Error(`--install-extension failed: ${(install.stderr || install.stdout).slice(-400)}`);
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  startProcess('code-server', NODE24, [CODE_SERVER, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', ...csCommon, dirs.workspace],
    { env, cwd: tmp }, path.join(ARTIFACTS, 'code-server.log'));
  await waitFor('code-server /healthz', async () => (await httpStatus(`${base}/healthz`)) === 200, 60_000, 250);
  const chrome = startProcess('chromium', CHROMIUM, [
    '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-default-browser-check', '--disable-dev-shm-usage', '--disable-crash-reporter', '--disable-breakpad',
    '--password-store=basic', `--user-data-dir=${dirs.chrome}`, '--remote-debugging-port=0', `--window-size=${VIEWPORT.width},${VIEWPORT.height}`,
    '--hide-scrollbars', ...(process.env.E2E_HEADED ? [] : ['--headless']), 'about:blank',
  ], { env }, path.join(ARTIFACTS, 'chromium.log'));
  const ws = await waitFor('Chromium DevTools endpoint', async () => {
    if (chrome.exitCode !== null) throw new Error(`chromium exited with ${chrome.exitCode}`);
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(fs.readFileSync(path.join(ARTIFACTS, 'chromium.log'), 'utf8'));
    return m && m[1];
  }, 30_000, 200);
  const browser = await chromium.connectOverCDP(ws);
  const page = browser.contexts()[0].pages()[0] || (await browser.contexts()[0].newPage());
  await page.setViewportSize(VIEWPORT);
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));

  const taken = [];
  const failed = [];
  /** Screenshot of the whole window to docs/images/<name>-<theme>.png. */
  async function shot(name, theme) {
    const file = path.join(OUT, `${name}-${theme}.png`);
    await page.screenshot({ path: file, timeout: 20_000 });
    taken.push(path.relative(ROOT, file));
    log(`wrote ${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KiB)`);
  }
  async function group(name, fn) {
    if (!want(name)) return;
    log(`▶ ${name}`);
    try {
      await fn();
    } catch (e) {
      failed.push(`${name}: ${e.message.split('\n')[0]}`);
      log(`✗ ${name}: ${e.stack || e.message}`);
      await page.screenshot({ path: path.join(ARTIFACTS, `failed-${name}-${Date.now()}.png`) }).catch(() => undefined);
      await closeWidgets(page);
    }
  }

  const compare = config('compare.optlab.json');
  const tuned = config('tuned.optlab.json');
  let tunedDir;
  const charlm = config('charlm.optlab.json');
  const landscape = config('landscape.optlab.json');
  let landscapeDir;
  let spiralsDir;
  let charlmDir;

  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(dirs.workspace)}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.locator('.monaco-workbench .part.editor').waitFor({ timeout: 90_000 });
    await page.locator('.part.activitybar [aria-label^="Optimizer Lab"]').first().waitFor({ timeout: 60_000 });
    await waitFor('the dark theme', async () => (await themeKind(page)) === 'vs-dark', 30_000);
    await sleep(3000);
    // Warm-up: the first hover of a fresh window may never show while the language servers start up.
    await openFile(page, 'compare.optlab.json');
    await sleep(5000);
    const warm = await tokenBoxes(page, 'schedule');
    if (warm.length) {
      await page.mouse.move(warm[0].x + 10, warm[0].y + warm[0].height / 2, { steps: 5 });
      await sleep(4000);
      await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
    }

    // ---- dark theme: the runs happen here; light reuses their results -----------------------------------
    for (const [theme, kind] of [['dark', 'vs-dark'], ['light', 'vs']]) {
      if (theme === 'light') {
        await closeAllEditors(page);
        await setTheme(page, LIGHT_THEME_LABEL, kind);
      }

      await group('hover', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: true });
        await openFile(page, 'compare.optlab.json');
        await sleep(800);
        // The hybrid run's "optimizer" (second occurrence): per-group curves, phase labels, peak/final LR.
        await waitFor('the hybrid run\'s "optimizer" token', async () => (await tokenBoxes(page, 'optimizer')).length >= 2, 15_000);
        await hoverImage(page, 'optimizer', 1);
        await sleep(500);
        await shot('hover', theme);
        await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
      });

      // The Muon LR hint: hover on the hybrid's muon "lr" (the second "lr" key of charlm.optlab.json).
      await group('muon-hint', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: true });
        await openFile(page, 'charlm.optlab.json');
        await sleep(800);
        await waitFor('the hybrid\'s muon "lr" token', async () => (await tokenBoxes(page, 'lr')).length >= 3, 15_000);
        await hoverImage(page, 'lr', 1);
        await waitFor('the Muon LR hint in the hover', async () => /Muon LR hint/.test(await page.locator('.monaco-hover:visible').first().innerText().catch(() => '')), 15_000);
        await sleep(500);
        await shot('muon-hint', theme);
        await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
      });

      // Run Suite on examples/suite (four tasks): the panel in the dark and, after a theme switch, the light
      // theme; then the standalone suite.html in a plain page with each colour scheme.
      await group('suite', async () => {
        if (theme !== 'dark') return;
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        const html = path.join(await runSuite(page, dirs.workspace, 'suite/', 4, 600_000, 1000), 'suite.html');
        await waitFor('the Performance Profile panel', async () => {
          const f = await probeFrames(page, () => (document.querySelector('svg path.run') && document.querySelectorAll('table.scores tbody tr').length ? { ok: true } : null));
          return f.length ? f : undefined;
        }, 30_000);
        await tidy(page, { sidebar: false });
        await sleep(1500);
        await shot('suite-panel', 'dark');
        await setTheme(page, LIGHT_THEME_LABEL, 'vs');
        await shot('suite-panel', 'light');
        await setTheme(page, 'Dark Modern', 'vs-dark');
        const plain = await browser.contexts()[0].newPage();
        try {
          await plain.setViewportSize({ width: 1400, height: 1000 });
          for (const scheme of ['dark', 'light']) {
            await plain.emulateMedia({ colorScheme: scheme });
            await plain.goto(`file://${html}`);
            await plain.locator('svg path.run').first().waitFor({ timeout: 10_000 });
            const file = path.join(OUT, `suite-html-${scheme}.png`);
            await plain.screenshot({ path: file, fullPage: true });
            taken.push(path.relative(ROOT, file));
            log(`wrote ${path.relative(ROOT, file)}`);
          }
          fs.copyFileSync(path.join(path.dirname(html), 'suite.json'), path.join(ARTIFACTS, 'suite.json'));
        } finally {
          await plain.close();
        }
      });

      // PyTorch schedules (torch-schedules.optlab.json): the hover of each run's schedule, and the LR panel
      // with OneCycle's cycled momentum on the second axis.
      await group('torch-hover', async () => {
        for (const [index, name] of [[0, 'hover-onecycle'], [1, 'hover-cosine-restarts']]) {
          await closeAllEditors(page);
          await tidy(page, { sidebar: true });
          await openFile(page, 'torch-schedules.optlab.json');
          await sleep(800);
          await waitFor('both "schedule" tokens', async () => (await tokenBoxes(page, 'schedule')).length >= 2, 15_000);
          await hoverImage(page, 'schedule', index);
          await sleep(500);
          await shot(name, theme);
          await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
        }
      });

      await group('torch-lr', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        await openFile(page, 'torch-schedules.optlab.json');
        await runCommand(page, 'Optimizer Lab: Open LR Schedule');
        await waitFor('the LR Schedule panel with both runs', async () => {
          const f = await probeFrames(page, () => {
            const c = document.querySelector('canvas[aria-label="LR curves"]');
            const rows = document.querySelectorAll('#table tbody tr').length;
            return c && rows >= 2 && /OneCycleLR/.test(document.body.textContent || '') ? { rows } : null;
          });
          return f.length ? f : undefined;
        }, 30_000);
        await sleep(1000);
        await shot('lr-schedule-torch', theme);
      });

      await group('lr', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        await openFile(page, 'compare.optlab.json');
        await runCommand(page, 'Optimizer Lab: Open LR Schedule');
        await waitFor('the LR Schedule panel with curves', async () => {
          const f = await probeFrames(page, () => {
            const c = document.querySelector('canvas[aria-label="LR curves"]');
            const rows = document.querySelectorAll('#table tbody tr').length;
            return c && rows >= 4 ? { rows } : null;
          });
          return f.length ? f : undefined;
        }, 30_000);
        await sleep(1000);
        await shot('lr-schedule', theme);
      });

      await group('compare', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        if (!spiralsDir) {
          await openFile(page, 'compare.optlab.json');
          spiralsDir = await startRun(page, dirs.workspace, compare.name, 240_000);
          await closeAllEditors(page);
        }
        const frame = await openComparison(page, spiralsDir);
        await waitFor('summary rows for every run', async () => (await frame.locator('#table tbody tr').count()) >= compare.runs.length, 30_000);
        await tidy(page, { sidebar: false });
        await sleep(1500);
        await shot('comparison', theme);
      });

      // A tuned comparison run from F1: verdicts with intervals and time speedups in the table, then the
      // LR-sensitivity tab (SPEC §10).
      await group('tuned', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        if (!tunedDir) {
          await openFile(page, 'tuned.optlab.json');
          tunedDir = await startRun(page, dirs.workspace, tuned.name, 300_000);
          await closeAllEditors(page);
        }
        const frame = await openComparison(page, tunedDir);
        await frame.locator('#tab-curves').click();
        await waitFor('verdicts in the summary table', async () => (await frame.locator('#table .verdict').count()) >= tuned.runs.length - 1, 30_000);
        await tidy(page, { sidebar: false });
        await sleep(1500);
        await shot('comparison-tuned', theme);
        await frame.locator('#tab-sensitivity').click();
        await waitFor('one sensitivity chart per tuned run', async () => (await frame.locator('#sensitivity canvas').count()) >= tuned.runs.length, 30_000);
        await sleep(1500);
        await shot('sensitivity', theme);
        await frame.locator('#tab-curves').click();
      });

      await group('landscape', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        if (!landscapeDir) {
          await openFile(page, 'landscape.optlab.json');
          landscapeDir = await startRun(page, dirs.workspace, landscape.name, 120_000);
          await closeAllEditors(page);
        }
        const compareFrame = await openComparison(page, landscapeDir);
        await compareFrame.locator('#landscape').click({ timeout: 30_000 });
        await waitFor('the landscape panel, opened from the comparison', async () => {
          const f = await probeFrames(page, (n) => {
            const c = document.querySelector('canvas[aria-label="Landscape"]');
            return c && Number(c.dataset.paths || 0) >= n ? { ok: true } : null;
          }, landscape.runs.length);
          return f[0]?.frame;
        }, 30_000);
        // The landscape alone in the window (it shows the experiment the comparison selected).
        await closeAllEditors(page);
        await runCommand(page, 'Optimizer Lab: Open Landscape');
        await tryCommand(page, 'View: Single Column Editor Layout');
        const shown = await waitFor('the landscape panel on its own', async () => {
          const f = await probeFrames(page, (n) => {
            const c = document.querySelector('canvas[aria-label="Landscape"]');
            return c && Number(c.dataset.paths || 0) >= n ? { ok: true } : null;
          }, landscape.runs.length);
          return f[0]?.frame;
        }, 30_000);
        await shown.locator('#scrub').fill('150');
        await tidy(page, { sidebar: false });
        await sleep(1500);
        await shot('landscape', theme);
      });

      await group('side', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: true });
        await openFile(page, 'compare.optlab.json');
        await page.locator('.part.activitybar [aria-label^="Optimizer Lab"]').first().click();
        await waitFor('the comparison view with a chart and rows', async () => {
          const f = await probeFrames(page, () => (document.body.dataset.mode === 'side' && document.querySelectorAll('#table tbody tr').length ? { ok: true } : null));
          return f.length ? f : undefined;
        }, 30_000);
        await page.mouse.move(VIEWPORT.width - 5, VIEWPORT.height - 5);
        await sleep(1500);
        await shot('side-view', theme);
        await page.locator('.part.activitybar [aria-label^="Explorer"]').first().click().catch(() => undefined);
      });

      await group('spectrum', async () => {
        await closeAllEditors(page);
        await tidy(page, { sidebar: false });
        await runCommand(page, 'Optimizer Lab: Open Newton–Schulz Spectrum');
        const frame = await waitFor('the Spectrum panel', () => frameWith(page, '#shape'), 30_000);
        await frame.selectOption('#shape', 'gaussian');
        await waitFor('spectrum results', async () => (await frame.locator('#table tbody tr').count()) > 0, 60_000);
        await sleep(1500);
        await shot('spectrum-random', theme);
        // A live Muon snapshot of the hybrid run (snapshotEvery: 10): the hidden matrix at about step 100.
        await frame.selectOption('#shape', 'snapshot');
        await waitFor('snapshots of the hybrid run', async () => (await frame.locator('#snapRun option').count()) > 0, 30_000);
        const hybridJob = await frame.locator('#snapJob option').evaluateAll((os) => (os.find((o) => /hybrid/.test(o.value)) || os[0] || {}).value);
        if (hybridJob) await frame.selectOption('#snapJob', hybridJob);
        // A hidden 64×64 matrix (the first layer's weight is 64×2: two singular values only).
        const hidden = await frame.locator('#snapParam option').evaluateAll((os) => (os.find((o) => /layers\.1\./.test(o.value)) || os[os.length - 1] || {}).value);
        if (hidden) await frame.selectOption('#snapParam', hidden);
        await frame.locator('#snapStep').evaluate((el) => {
          el.value = String(Math.round(Number(el.max) / 3)); // about step 100 of 300: mid-training
          el.dispatchEvent(new Event('input', { bubbles: true }));
          el.dispatchEvent(new Event('change', { bubbles: true }));
        });
        await sleep(3000);
        await waitFor('snapshot spectrum results', async () => (await frame.locator('#table tbody tr').count()) > 0, 60_000);
        await shot('spectrum-snapshot', theme);
      });

      await group('export', async () => {
        if (theme !== 'dark') return; // one image is enough: the script is plain text
        await closeAllEditors(page);
        await tidy(page, { sidebar: true });
        await openFile(page, 'charlm.optlab.json');
        const lens = page.locator('.contentWidgets a, .codelens-decoration a', { hasText: '⇪ PyTorch' });
        await lens.nth(1).waitFor({ timeout: 20_000 });
        await lens.nth(1).click();
        const pyName = 'tiny_charlm_hybrid.py';
        await waitFor(`${pyName} next to the config`, () => fs.existsSync(path.join(dirs.workspace, pyName)), 20_000);
        await page.locator('.tabs-container .tab.active', { hasText: pyName }).first().waitFor({ timeout: 15_000 });
        await sleep(1000);
        await shot('export-pytorch', theme);
      });

      await group('imported', async () => {
        await closeAllEditors(page);
        if (!charlmDir) {
          // Local runs of the tiny char-LM.
          await tidy(page, { sidebar: true });
          await openFile(page, 'charlm.optlab.json');
          charlmDir = await startRun(page, dirs.workspace, charlm.name);
          // Meanwhile, the exported hybrid trains with PyTorch (the "real" run brought back below).
          const py = path.join(dirs.workspace, 'tiny_charlm_hybrid.py');
          if (!fs.existsSync(py)) {
            const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'export', path.join(dirs.workspace, 'charlm.optlab.json'), '--run', 'hybrid', '--out', py], { encoding: 'utf8' });
            if (r.status !== 0) throw new Error(`optlab export failed: ${r.stderr}`);
          }
          if (!fs.existsSync(PYTHON)) throw new Error(`${PYTHON} (with PyTorch) is needed for the imported run`);
          const torchOut = path.join(dirs.workspace, 'torch-hybrid');
          const torch = spawn(PYTHON, [py, '--steps', String(charlm.steps), '--out', torchOut, '--device', 'cpu'], { cwd: dirs.workspace, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
          children.set(torch.pid, { name: 'torch', proc: torch });
          const torchLog = fs.createWriteStream(path.join(ARTIFACTS, 'torch.log'));
          torch.stdout.pipe(torchLog);
          torch.stderr.pipe(torchLog);
          const torchDone = new Promise((resolve) => torch.on('exit', (code) => resolve(code)));
          await waitFor('summary.json of the char-LM run', () => fs.existsSync(path.join(charlmDir, 'summary.json')), 240_000);
          let timer;
          const code = await Promise.race([torchDone, new Promise((resolve) => { timer = setTimeout(() => resolve('timeout'), 300_000); })]);
          clearTimeout(timer);
          children.delete(torch.pid);
          if (code !== 0) throw new Error(`the exported script exited with ${code}; see .artifacts/screenshots/torch.log`);
          // Import it as a user would: command palette → "A folder" → the simple file dialog.
          await closeAllEditors(page);
          await runCommand(page, 'Optimizer Lab: Import Runs');
          await acceptRow(page, 'A folder', 10_000).catch(async () => {
            await page.keyboard.press('ArrowDown');
            await page.keyboard.press('Enter');
          });
          await page.locator(QUICK_INPUT_BOX).waitFor({ state: 'visible', timeout: 10_000 });
          const before2 = new Set(runDirs(dirs.workspace, charlm.name));
          await page.locator(QUICK_INPUT_BOX).fill(`${torchOut}/`);
          await sleep(600);
          await page.keyboard.press('Enter');
          await waitFor('the imported results dir', async () => {
            const d = runDirs(dirs.workspace, charlm.name).find((x) => !before2.has(x) && fs.existsSync(path.join(x, 'import.json')));
            if (!d && (await page.locator(QUICK_INPUT_BOX).isVisible().catch(() => false))) await page.keyboard.press('Enter');
            return d;
          }, 30_000, 1500);
        }
        await tidy(page, { sidebar: false });
        const frame = await openComparison(page, charlmDir);
        await waitFor('an imported run in the comparison', async () => (await frame.locator('#runs .badge.imported').count()) > 0 && (await frame.locator('#table .badge.imported').count()) > 0, 30_000);
        await tidy(page, { sidebar: false });
        await sleep(1500);
        await shot('comparison-imported', theme);
      });
    }
  } finally {
    fs.writeFileSync(path.join(ARTIFACTS, 'browser-console.log'), consoleLines.join('\n') + '\n');
    await browser.close().catch(() => undefined);
    await stopAll();
    removeTmp();
  }
  console.log(`\n${taken.length} images:\n${taken.map((t) => `  ${t}`).join('\n')}`);
  if (failed.length) console.log(`\nfailed:\n${failed.map((f) => `  ${f}`).join('\n')}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch(async (e) => {
  console.error(`[shots] ${e.stack || e.message}`);
  await stopAll();
  removeTmp();
  process.exitCode = 1;
});
