import path from 'node:path';
import { type CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL operations: every `graphql(`…`)` document in web/src is checked against the server's committed
 * SDL and gets result and variable types (web/src/gql/, generated at build, not committed).
 */
const sdl = path.join(__dirname, '../src/schema/schema.graphql');

const config: CodegenConfig = {
  schema: sdl,
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
