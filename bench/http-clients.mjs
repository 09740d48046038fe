/**
 * bench/api's clients, in a worker thread of their own: their work (building bodies, reading
 * answers) is not charged to the server's event loop, as another machine's would not be. Each
 * client sends its requests in turn, one at a time, over its own keep-alive connection from its
 * own local address (127.0.0.x: the server sees as many clients as there are addresses), and
 * records each answer's time and outcome ("ok", the first GraphQL error code, or "HTTP <status>").
 *
 * workerData: { url, clients: [{ localAddress, requests: [{ label, body }] }], count?, durationMs?, notify? }
 * Each client stops after `count` requests, or after `durationMs`, or when the parent posts any
 * message; the worker then posts { byLabel: { [label]: { times, outcomes } }, elapsedMs }. With
 * `notify` (an outcome), it posts { notified } the first time an answer has that outcome.
 */
import { Agent, request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, clients, count = Infinity, durationMs = Infinity, notify } = workerData;
let isNotified = false;
let isStopped = false;
parentPort.on('message', () => (isStopped = true));

/** One POST; resolves to its outcome. */
function send(agent, localAddress, body) {
  return new Promise((resolve) => {
    const req = request(url, { method: 'POST', agent, localAddress, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        let code;
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          code = parsed.errors ? (parsed.errors[0]?.extensions?.code ?? 'ERROR') : undefined;
        } catch {
          code = 'BAD_JSON';
        }
        resolve(code ?? (res.statusCode === 200 ? 'ok' : `HTTP ${res.statusCode}`));
      });
      res.on('error', () => resolve('RESPONSE_ERROR'));
    });
    req.on('error', (error) => resolve(error.code ?? 'REQUEST_ERROR'));
    req.end(body);
  });
}

const byLabel = {};
const started = performance.now();
await Promise.all(
  clients.map(async ({ localAddress, requests }) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1, localAddress });
    for (let i = 0; i < count && !isStopped && performance.now() - started < durationMs; i++) {
      const { label, body } = requests[i % requests.length];
      const t = performance.now();
      const outcome = await send(agent, localAddress, body);
      const entry = (byLabel[label] ??= { times: [], outcomes: {} });
      entry.times.push(performance.now() - t);
      entry.outcomes[outcome] = (entry.outcomes[outcome] ?? 0) + 1;
      if (outcome === notify && !isNotified) {
        isNotified = true;
        parentPort.postMessage({ notified: outcome });
      }
      // Yield between requests, so that a stop message is seen even when every answer is immediate.
      await new Promise((resolve) => setImmediate(resolve));
    }
    agent.destroy();
  }),
);
parentPort.postMessage({ byLabel, elapsedMs: performance.now() - started });
