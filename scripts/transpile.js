#!/usr/bin/env node
// Compiles the server's TypeScript (the files tsconfig.build.json includes) to dist/, one file at a time and without
// checking types: the sources are written to be compiled file by file (`isolatedModules`), as the tests' compiler
// (ts-jest) compiles them, so what runs is what was tested. It takes a few seconds where a type-checked build takes
// half a minute of both cores at the first start. Types are checked by `npm run typecheck`, which `npm test` runs.
// JSON files the sources import are copied beside them.
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.resolve(__dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(path.join(root, 'tsconfig.build.json'), {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  },
});
const options = { ...config.options, incremental: false, tsBuildInfoFile: undefined };
const outDir = options.outDir;
const rootDir = options.rootDir;

/** Where a source file's output goes: the same path under outDir, with the extension the compiler gives. */
const outputOf = (file, extension) => path.join(outDir, path.relative(rootDir, file)).replace(/\.[cm]?tsx?$|\.json$/, extension);

let failed = false;
const copied = new Set();
for (const file of config.fileNames) {
  if (!/\.tsx?$/.test(file) || file.endsWith('.d.ts')) continue;
  const source = fs.readFileSync(file, 'utf8');
  const output = ts.transpileModule(source, { compilerOptions: options, fileName: file, reportDiagnostics: true });
  for (const diagnostic of output.diagnostics ?? []) {
    failed = true;
    console.error(`${path.relative(root, file)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
  }
  const js = outputOf(file, '.js');
  fs.mkdirSync(path.dirname(js), { recursive: true });
  fs.writeFileSync(js, output.outputText);
  if (output.sourceMapText) {
    // The map names its source relative to itself, as the type-checked build writes it.
    const map = JSON.parse(output.sourceMapText);
    map.sources = [path.relative(path.dirname(js), file).split(path.sep).join('/')];
    fs.writeFileSync(`${js}.map`, JSON.stringify(map));
  }
  for (const [, specifier] of source.matchAll(/from\s+['"](\.{1,2}\/[^'"]+\.json)['"]/g)) {
    const json = path.resolve(path.dirname(file), specifier);
    if (copied.has(json)) continue;
    copied.add(json);
    fs.mkdirSync(path.dirname(outputOf(json, '.json')), { recursive: true });
    fs.copyFileSync(json, outputOf(json, '.json'));
  }
}
process.exit(failed ? 1 : 0);
