/**
 * npm run db:start | db:stop | db:status: the project's local Neo4j.
 * When NEO4J_URI is set, the project uses that server and the local one is left alone.
 */
import { readLocalSettings } from './local-settings.ts';
import { LocalNeo4jError, localStatus, startLocal, stopLocal } from './neo4j-local.ts';

async function main(command: string | undefined): Promise<number> {
  if (process.env.NEO4J_URI && command === 'start') {
    console.log(`NEO4J_URI is set (${process.env.NEO4J_URI}): the project uses that server; the local Neo4j is not started.`);
    return 0;
  }
  const settings = readLocalSettings();
  switch (command) {
    case 'start':
      await startLocal(settings);
      console.log(`NEO4J_URI=${settings.uri}`);
      return 0;
    case 'stop':
      await stopLocal(settings);
      return 0;
    case 'status': {
      const status = localStatus(settings);
      console.log(
        status.running
          ? `Neo4j is running at ${status.uri} (pid ${status.pid}, data ${status.dataDir}).`
          : `Neo4j is not running (data ${status.dataDir}).`,
      );
      return status.running ? 0 : 3;
    }
    default:
      console.error('usage: tsx db/cli.ts start|stop|status');
      return 2;
  }
}

try {
  process.exitCode = await main(process.argv[2]);
} catch (error) {
  if (error instanceof LocalNeo4jError || (error instanceof Error && error.message.startsWith('ENTENTE_'))) {
    console.error(error.message);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
