/**
 * `npm run sandbox`: runs the AutoGrab sandbox alone (for manual testing and
 * for pointing a dev build at it) until Ctrl+C.
 * Optional `--port N` (or env SANDBOX_PORT) fixes the port.
 */
import { startSandbox } from './index.ts';

function requestedPort(): number {
  const flag = process.argv.indexOf('--port');
  const raw = flag >= 0 ? process.argv[flag + 1] : process.env.SANDBOX_PORT;
  const port = Number(raw ?? 0);
  return Number.isInteger(port) && port >= 0 && port < 65536 ? port : 0;
}

const sandbox = await startSandbox({ port: requestedPort() });
// These are the fixed public demo values, not secrets, so printing them is the point.
console.log(`AutoGrab sandbox listening on ${sandbox.url}`);
console.log(`  API key:       ${sandbox.credentials.apiKey}`);
console.log(`  Client id:     ${sandbox.credentials.clientId}`);
console.log(`  Client secret: ${sandbox.credentials.clientSecret}`);
console.log(`  Try: curl -H "ApiKey: ${sandbox.credentials.apiKey}" "${sandbox.url}/v2/vehicles?region=my&search=2019%20myvi%201.5%20av"`);
console.log('Press Ctrl+C to stop.');

function stop(): void {
  void sandbox.close().then(() => process.exit(0));
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
