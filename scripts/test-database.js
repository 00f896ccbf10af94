#!/usr/bin/env node
// Creates or drops a database on a PostgreSQL server: `node scripts/test-database.js create|drop SERVER_URL NAME`.
const { Client } = require('pg');

async function main() {
  const [action, serverUrl, name] = process.argv.slice(2);
  if (!['create', 'drop'].includes(action) || !serverUrl || !/^[a-z0-9_]+$/.test(name ?? '')) {
    throw new Error('usage: test-database.js create|drop postgres://user@host:port name');
  }
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    if (action === 'create') await client.query(`CREATE DATABASE ${name}`);
    else await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    console.log(`${action}d database ${name}`);
  } finally {
    await client.end();
  }
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
