// Runs the unit suite (out/unit.js, bundled by esbuild.js) with mocha's spec reporter, writes mocha's stats
// to out/unit-stats.json and ends with the plain line "N passed, N failed, N skipped" that CI reads.
const Mocha = require('mocha');
const fs = require('fs');
const path = require('path');

const mocha = new Mocha({ reporter: 'spec', timeout: 120000 });
const grep = process.argv.indexOf('--grep');
if (grep > 0) mocha.grep(process.argv[grep + 1]);
mocha.addFile(path.join(__dirname, '..', 'out', 'unit.js'));
const runner = mocha.run((failures) => {
  const s = runner.stats;
  fs.writeFileSync(path.join(__dirname, '..', 'out', 'unit-stats.json'), JSON.stringify(s, null, 2));
  console.log(`${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
  process.exitCode = failures ? 1 : 0;
});
