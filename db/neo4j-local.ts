/**
 * The project's local Neo4j: Neo4j Community 5.26 embedded in db/src/.../Neo4jLauncher.java,
 * its jars fetched once from Maven Central by Maven (or the Maven Wrapper when Maven is not
 * installed), run as a background JVM from the resolved classpath.
 */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import neo4j from 'neo4j-driver';
import { passwordFile, PROJECT_ROOT, readLocalPassword, type LocalNeo4jSettings } from './local-settings.ts';

const DB_DIR = join(PROJECT_ROOT, 'db');
const POM = join(DB_DIR, 'pom.xml');
const LAUNCHER_SOURCE = join(DB_DIR, 'src/main/java/dev/entente/db/Neo4jLauncher.java');
const CLASSES = join(DB_DIR, 'target/classes');
const LAUNCHER_CLASS = join(CLASSES, 'dev/entente/db/Neo4jLauncher.class');
const CLASSPATH_FILE = join(DB_DIR, 'target/classpath.txt');
const READY_LINE = 'ENTENTE_NEO4J_READY';

/** The flags Neo4j's own start script passes to Java 17 (server.jvm.additional in neo4j.conf). */
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-XX:FlightRecorderOptions=stackdepth=256',
  '-XX:+UnlockDiagnosticVMOptions',
  '-XX:+DebugNonSafepoints',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--enable-native-access=ALL-UNNAMED',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
];

/** A user-facing failure of the local Neo4j: the message says what to do. */
export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export interface LocalStatus {
  running: boolean;
  pid?: number;
  uri: string;
  dataDir: string;
}

const pidFile = (s: LocalNeo4jSettings) => join(s.dataDir, 'neo4j.pid');
const logFile = (s: LocalNeo4jSettings) => join(s.dataDir, 'launcher.log');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  // A process killed with kill -9 whose parent has not reaped it yet (a zombie) still answers
  // signal 0 but is gone: on Linux its state says so.
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

function readPid(s: LocalNeo4jSettings): number | undefined {
  try {
    const pid = Number(readFileSync(pidFile(s), 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Whether the local Neo4j process of this data folder is running. */
export function localStatus(s: LocalNeo4jSettings): LocalStatus {
  const pid = readPid(s);
  return { running: pid !== undefined, ...(pid ? { pid } : {}), uri: s.uri, dataDir: s.dataDir };
}

/** Java's major version, or undefined when java cannot be run. Honours JAVA_HOME. */
export function javaMajorVersion(): number | undefined {
  const result = spawnSync(javaBinary(), ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr + result.stdout);
  if (!match) return undefined;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

function javaBinary(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

function requireJava(): void {
  const major = javaMajorVersion();
  if (major === undefined || major < 17) {
    const found = major === undefined ? 'no Java was found' : `Java ${major} was found`;
    throw new LocalNeo4jError(
      `The local Neo4j needs Java 17 or 21 (${found}): install a JDK 17 (e.g. "apt-get install openjdk-17-jdk-headless"), ` +
        'or set NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD to use an existing Neo4j 5 server.',
    );
  }
}

const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : 0);

/** True when the jars are resolved and the launcher is compiled for the current pom and source. */
export function isLauncherBuilt(): boolean {
  return (
    mtime(CLASSPATH_FILE) >= mtime(POM) && mtime(LAUNCHER_CLASS) >= Math.max(mtime(LAUNCHER_SOURCE), mtime(POM))
  );
}

/**
 * Fetches Neo4j's jars from Maven Central (first time only; Maven caches them in ~/.m2) and
 * compiles the launcher. Uses `mvn` when installed, else the Maven Wrapper db/mvnw, which
 * fetches Maven itself from Maven Central. Streams one line per downloaded jar as progress.
 */
export async function buildLauncher(log: (line: string) => void = console.log): Promise<void> {
  if (isLauncherBuilt()) return;
  const hasMaven = spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status === 0;
  const maven = hasMaven ? 'mvn' : join(DB_DIR, 'mvnw');
  log(
    `Fetching Neo4j Community 5.26 from Maven Central and compiling its launcher with ${hasMaven ? 'Maven' : 'the Maven Wrapper'} ` +
      '(first start only: about 250 MB, cached in ~/.m2)...',
  );
  const args = ['-B', '-f', POM, 'compile', 'dependency:build-classpath', `-Dmdep.outputFile=${CLASSPATH_FILE}`];
  const child = spawn(maven, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const errors: string[] = [];
  let downloaded = 0;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => {
    const jar = /Downloaded from central: \S*\/([^/\s]+\.jar) \(([^)]*?) at/.exec(line);
    if (jar) log(`  [${++downloaded}] ${jar[1]} (${jar[2]})`);
    else if (line.includes('[ERROR]')) errors.push(line);
  });
  child.stderr.on('data', (chunk: Buffer) => errors.push(chunk.toString()));
  const status = await new Promise<number | string>((resolveExit) => {
    child.once('error', (error) => resolveExit(error.message));
    child.once('close', (code) => resolveExit(code ?? -1));
  });
  if (status !== 0 || !isLauncherBuilt()) {
    throw new LocalNeo4jError(
      `Maven could not fetch Neo4j or compile the launcher (${status}).\n${errors.slice(0, 8).join('\n')}\n` +
        'Check that Maven Central is reachable, or set NEO4J_URI to an existing Neo4j 5 server.',
    );
  }
  log(`Neo4j fetched (${downloaded} jars downloaded) and launcher compiled.`);
}

function isPortOpen(port: number): Promise<boolean> {
  return new Promise((resolvePort) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolvePort(true);
    });
    socket.once('error', () => resolvePort(false));
  });
}

/** The password of the local Neo4j: NEO4J_PASSWORD, the kept one, or a new one (kept, mode 0600). */
function ensurePassword(s: LocalNeo4jSettings): string {
  const existing = readLocalPassword(s);
  if (existing) return existing;
  const generated = randomBytes(18).toString('base64url');
  writeFileSync(passwordFile(s), `${generated}\n`, { mode: 0o600 });
  return generated;
}

async function waitForBolt(s: LocalNeo4jSettings, password: string, timeoutMs: number): Promise<void> {
  const driver = neo4j.driver(s.uri, neo4j.auth.basic('neo4j', password));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      try {
        await driver.verifyConnectivity();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } finally {
    await driver.close();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the local Neo4j in the background and waits until Bolt answers.
 * Returns whether this call started it (false: it was already running).
 */
export async function startLocal(
  s: LocalNeo4jSettings,
  log: (line: string) => void = console.log,
): Promise<{ started: boolean; uri: string }> {
  const status = localStatus(s);
  if (status.running) {
    log(`Neo4j is already running at ${s.uri} (pid ${status.pid}, data ${s.dataDir}).`);
    return { started: false, uri: s.uri };
  }
  requireJava();
  mkdirSync(s.dataDir, { recursive: true });
  await buildLauncher(log);
  if (await isPortOpen(s.port)) {
    throw new LocalNeo4jError(
      `Port ${s.port} is already in use by another program: set ENTENTE_NEO4J_PORT to a free port, ` +
        'or set NEO4J_URI if that program is a Neo4j server you want to use.',
    );
  }
  const password = ensurePassword(s);
  const classpath = `${CLASSES}:${readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  const out = openSync(logFile(s), 'w');
  const child = spawn(
    javaBinary(),
    [`-Xms${s.heap}`, `-Xmx${s.heap}`, ...JVM_FLAGS, '-cp', classpath, 'dev.entente.db.Neo4jLauncher'],
    {
      detached: true,
      stdio: ['ignore', out, out],
      env: {
        ...process.env,
        ENTENTE_NEO4J_HOME: s.dataDir,
        ENTENTE_NEO4J_PORT: String(s.port),
        ENTENTE_NEO4J_PAGECACHE: s.pageCache,
        ENTENTE_NEO4J_PASSWORD: password,
      },
    },
  );
  closeSync(out);
  child.unref();
  if (child.pid === undefined) throw new LocalNeo4jError('Could not start Java for the local Neo4j.');
  writeFileSync(pidFile(s), `${child.pid}\n`);
  log(`Starting Neo4j (pid ${child.pid}, heap ${s.heap}, page cache ${s.pageCache}, data ${s.dataDir})...`);

  const deadline = Date.now() + 180_000;
  while (!readFileSync(logFile(s), 'utf8').includes(READY_LINE)) {
    if (!isAlive(child.pid)) {
      rmSync(pidFile(s), { force: true });
      const tail = readFileSync(logFile(s), 'utf8').split('\n').slice(-15).join('\n');
      throw new LocalNeo4jError(`Neo4j exited during start-up. Last lines of ${logFile(s)}:\n${tail}`);
    }
    if (Date.now() > deadline) {
      throw new LocalNeo4jError(`Neo4j did not become ready within 180 s; see ${logFile(s)}.`);
    }
    await sleep(200);
  }
  await waitForBolt(s, password, 30_000);
  log(`Neo4j is ready at ${s.uri} (user neo4j).`);
  return { started: true, uri: s.uri };
}

/** Stops the local Neo4j cleanly (SIGTERM, then waits for the store to close). */
export async function stopLocal(s: LocalNeo4jSettings, log: (line: string) => void = console.log): Promise<boolean> {
  const pid = readPid(s);
  if (pid === undefined) {
    log('Neo4j is not running.');
    rmSync(pidFile(s), { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      log(`Neo4j (pid ${pid}) did not stop within 60 s; killing it. The store recovers at next start.`);
      process.kill(pid, 'SIGKILL');
      break;
    }
    await sleep(200);
  }
  rmSync(pidFile(s), { force: true });
  log(`Neo4j stopped (pid ${pid}).`);
  return true;
}
