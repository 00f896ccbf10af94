#!/usr/bin/env node
// `npm run build`: compiles the server (TypeScript → dist/, file by file: scripts/transpile.js) and builds the web
// portal (operation types generated from the schema, then Vite → web/dist/), each step only when its inputs changed
// since its last successful build. Neither checks types: `npm run typecheck` checks both, and `npm test` runs it.
//
// Each step hashes the contents of its inputs (file paths and bytes, not modification times), and the hash is kept
// in a stamp inside the step's output directory, written only after the step succeeded and removed before it runs.
// A step whose stamp matches its inputs' hash and whose outputs exist is skipped; anything else rebuilds it (the
// server's few seconds of compiling need no finer increments). The two steps run side by side.
// `npm run build -- --force` rebuilds both steps regardless.
const { spawn } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const force = process.argv.includes('--force');
const bin = (pkg, file) => path.join(root, 'node_modules', pkg, file);

/** Both steps depend on the installed packages (the lock), this script and package.json. */
const common = ['package.json', 'package-lock.json', 'scripts/build.js'];

const steps = [
  {
    name: 'server',
    inputs: [...common, 'scripts/transpile.js', 'tsconfig.json', 'tsconfig.build.json', 'src', 'ingest', 'fixtures', 'bench'],
    skip: [],
    outputs: ['dist/src/cli.js', 'dist/src/server.js'],
    stamp: 'dist/.build-stamp',
    stages: [[[path.join(root, 'scripts/transpile.js')]]],
  },
  {
    name: 'web',
    inputs: [...common, 'web', 'src/schema/schema.graphql'],
    skip: ['web/dist', 'web/src/gql', 'web/node_modules'],
    outputs: ['web/dist/index.html', 'web/src/gql/index.ts'],
    stamp: 'web/dist/.build-stamp',
    stages: [
      [[bin('@graphql-codegen/cli', 'esm/bin.js'), '--config', 'web/codegen.ts']],
      [[bin('vite', 'bin/vite.js'), 'build', '--config', 'web/vite.config.mts', '--logLevel', 'warn']],
    ],
  },
];

/** Relative paths of the files under `entry` (a file or a directory), sorted, minus the skipped directories. */
function files(entry, skip) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (!fs.statSync(full).isDirectory()) return [entry];
  const found = [];
  for (const name of fs.readdirSync(full).sort()) {
    const rel = path.posix.join(entry, name);
    if (skip.includes(rel)) continue;
    found.push(...files(rel, skip));
  }
  return found;
}

function inputsHash(step) {
  const hash = crypto.createHash('sha256');
  hash.update(`node ${process.versions.node.split('.')[0]}\0`);
  for (const entry of step.inputs) {
    for (const file of files(entry, step.skip)) {
      hash.update(`${file}\0`);
      hash.update(fs.readFileSync(path.join(root, file)));
      hash.update('\0');
    }
  }
  return hash.digest('hex');
}

/** Runs one command (a Node script) and resolves with its exit status. */
function exec(script, args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: root, stdio: 'inherit' });
    child.on('error', () => resolve(1));
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function run(step) {
  const stamp = path.join(root, step.stamp);
  const hash = inputsHash(step);
  const upToDate =
    !force &&
    fs.existsSync(stamp) &&
    fs.readFileSync(stamp, 'utf8').trim() === hash &&
    step.outputs.every((output) => fs.existsSync(path.join(root, output)));
  if (upToDate) {
    console.log(`build: ${step.name} up to date`);
    return true;
  }
  fs.rmSync(stamp, { force: true });
  const started = Date.now();
  for (const stage of step.stages) {
    const statuses = await Promise.all(stage.map(([script, ...args]) => exec(script, args)));
    const failed = stage.filter((_, i) => statuses[i] !== 0);
    if (failed.length) {
      for (const [script, ...args] of failed) console.error(`build: ${step.name} failed: ${path.relative(root, script)} ${args.join(' ')}`);
      return false;
    }
  }
  // The inputs must not have changed while building (an edit during the build is picked up next time).
  if (inputsHash(step) !== hash) {
    console.log(`build: ${step.name} built, but its inputs changed meanwhile: not stamped`);
    return true;
  }
  fs.mkdirSync(path.dirname(stamp), { recursive: true });
  fs.writeFileSync(stamp, `${hash}\n`);
  console.log(`build: ${step.name} built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

Promise.all(steps.map(run)).then((ok) => process.exit(ok.every(Boolean) ? 0 : 1));
