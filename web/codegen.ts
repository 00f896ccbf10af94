import fs from 'node:fs';
import path from 'node:path';
import { type CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations: every `graphql(`…`)` document in web/src is checked against the server's committed
 * SDL and gets result and variable types (web/src/gql/, generated at build, not committed).
 */
const sdl = path.join(__dirname, '../src/schema/schema.graphql');
// The search contract (DESIGN.md §6) until the server's SDL carries it.
const searchContract = path.join(__dirname, 'search-contract.graphql');
const schema = fs.readFileSync(sdl, 'utf8').includes('type SearchResult') ? [sdl] : [sdl, searchContract];

const config: CodegenConfig = {
  schema,
  documents: [path.join(__dirname, 'src/**/*.{ts,tsx}'), `!${path.join(__dirname, 'src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [path.join(__dirname, 'src/gql/')]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTimeISO: 'string' },
      },
    },
  },
  silent: true,
};

export default config;
