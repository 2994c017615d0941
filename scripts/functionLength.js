// House rule (issue "one of each"): no function, method or arrow function over 120 lines outside generated code.
// Run by `npm test` (npm run boundaries); exits 1 naming each offender.
const ts = require('typescript');
const fs = require('fs');
const path = require('path');

const LIMIT = 120;
const ROOT = path.join(__dirname, '..');

function sources(dir, out = []) {
  for (const f of fs.readdirSync(dir)) {
    const p = path.join(dir, f);
    if (fs.statSync(p).isDirectory()) {
      if (f !== 'generated' && f !== 'node_modules') sources(p, out);
    } else if (/\.ts$/.test(f) && !/\.d\.ts$/.test(f)) out.push(p);
  }
  return out;
}

const long = [];
for (const file of [...sources(path.join(ROOT, 'src')), ...sources(path.join(ROOT, 'webview'))]) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (n) => {
    if (ts.isFunctionLike(n) && n.body) {
      const a = sf.getLineAndCharacterOfPosition(n.getStart()).line;
      const b = sf.getLineAndCharacterOfPosition(n.getEnd()).line;
      if (b - a + 1 > LIMIT) long.push(`${path.relative(ROOT, file)}:${a + 1}: ${n.name ? n.name.getText() : '(anonymous)'} has ${b - a + 1} lines (limit ${LIMIT})`);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}
if (long.length) {
  console.error(long.join('\n'));
  process.exit(1);
}
console.log(`functions: none over ${LIMIT} lines`);
