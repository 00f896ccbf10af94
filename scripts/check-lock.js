#!/usr/bin/env node
// Checks that package-lock.json is complete and true to package.json, in two steps:
// 1. `npm ci --dry-run --engine-strict` on a copy of package.json and the lock in a temporary directory: npm refuses
//    a lock that misses a package the tree needs (e.g. a platform's optional binding) or that is out of sync with
//    package.json, and a package whose `engines` rejects the running Node. Nothing is installed (metadata only,
//    from npm's cache when it has it).
// 2. Every package in the lock accepts every Node version that our `engines.node` promises (semver subset).
// Run by .ci/run; `node scripts/check-lock.js` by hand after changing dependencies.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const semver = require('semver');

const root = path.resolve(__dirname, '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(root, 'package-lock.json'), 'utf8'));
const problems = [];

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-lock-'));
try {
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dir, 'package.json'));
  fs.copyFileSync(path.join(root, 'package-lock.json'), path.join(dir, 'package-lock.json'));
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(
    npm,
    ['ci', '--dry-run', '--engine-strict', '--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'],
    { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' },
  );
} catch (error) {
  const detail = String(error.stderr ?? error.message).trim().split('\n').slice(0, 20).join('\n');
  problems.push(`npm ci refuses the lock file:\n${detail}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

const ours = pkg.engines?.node;
if (!ours || !semver.validRange(ours)) problems.push(`package.json engines.node is missing or not a range: ${ours}`);
else {
  for (const [where, entry] of Object.entries(lock.packages ?? {})) {
    const theirs = entry.engines?.node;
    if (where && theirs && semver.validRange(theirs) && !semver.subset(ours, theirs)) {
      problems.push(`${where.replace(/^.*node_modules\//, '')}@${entry.version} requires Node ${theirs}, narrower than engines.node ${ours}`);
    }
  }
}

if (problems.length) {
  console.error(`package-lock.json check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`package-lock.json: complete for npm ci, ${Object.keys(lock.packages).length - 1} packages all accept Node ${ours}`);
