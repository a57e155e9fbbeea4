/** `npm run reset`: deletes the local data folder, so the next `npm start` begins empty. */
import { existsSync, rmSync } from "node:fs";
import { parse, relative } from "node:path";
import { isListening } from "./ports";
import { readLocalSettings, repositoryRoot } from "./settings";

async function main(): Promise<number> {
  const settings = readLocalSettings();
  const directory = settings.dataDirectory;

  // Deleting the files under a running DynamoDB Local corrupts its database.
  const running = [
    { name: "local API", port: settings.ports.api, variable: "API_PORT" },
    { name: "DynamoDB Local", port: settings.ports.dynamoDb, variable: "DYNAMODB_PORT" },
  ];
  for (const entry of running) {
    if (await isListening(entry.port)) {
      console.error(
        `The local service seems to be running: the ${entry.name} port ${entry.port} ` +
          `(${entry.variable}) accepts connections. Stop it with Ctrl-C, then run npm run reset again.`,
      );
      return 1;
    }
  }

  const containsRepository = !relative(directory, repositoryRoot).startsWith("..");
  if (directory === parse(directory).root || containsRepository) {
    console.error(
      `Refusing to delete ${directory}: it contains the repository or is a root folder. Check LOCAL_DATA_DIR.`,
    );
    return 1;
  }

  if (!existsSync(directory)) {
    console.log(`Nothing to reset: ${directory} does not exist.`);
    return 0;
  }
  rmSync(directory, { recursive: true, force: true });
  console.log(
    `Deleted ${directory}. The next npm start begins with only the demo people.`,
  );
  return 0;
}

process.exitCode = await main();
