/** Ports, folders and names of the local runtime, read from the environment. */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

function portFrom(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable} must be a port number from 1 to 65535, not "${raw}"`);
  }
  return port;
}

export interface LocalSettings {
  dataDirectory: string;
  ports: { api: number; web: number; dynamoDb: number; s3: number };
  tableName: string;
  bucketName: string;
  /** The Vite config of the front end, when the front end exists. */
  viteConfigFile?: string;
}

export function readLocalSettings(): LocalSettings {
  const viteConfigFile = join(repositoryRoot, "frontend", "vite.config.ts");
  return {
    dataDirectory: resolve(process.env.LOCAL_DATA_DIR || join(repositoryRoot, ".local")),
    ports: {
      api: portFrom("API_PORT", 3000),
      web: portFrom("WEB_PORT", 5173),
      dynamoDb: portFrom("DYNAMODB_PORT", 8000),
      s3: portFrom("S3_PORT", 4569),
    },
    tableName: "ehc-local",
    bucketName: "ehc-local-documents",
    viteConfigFile: existsSync(viteConfigFile) ? viteConfigFile : undefined,
  };
}
