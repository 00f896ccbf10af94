export default async function globalTeardown() {
  await (globalThis as { __embedded?: { stop(): Promise<void> } }).__embedded?.stop();
}
