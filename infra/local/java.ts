/** Checks for the Java runtime that DynamoDB Local needs. */
import { spawnSync } from "node:child_process";

export const minimumJavaVersion = 17;

/** Throws with an installation hint unless `java` runs and reports version 17 or later. */
export function assertJavaAvailable(command = "java"): string {
  const result = spawnSync(command, ["-version"], { encoding: "utf8", timeout: 15_000 });
  if (result.error) {
    throw new Error(
      `Java was not found (${result.error.message}). DynamoDB Local needs Java ` +
        `${minimumJavaVersion} or later: install it (on Debian: apt-get install ` +
        `openjdk-${minimumJavaVersion}-jre-headless) and check "java -version"`,
    );
  }

  // `java -version` writes to stderr, for example: openjdk version "17.0.15" 2025-04-15
  const output = `${result.stderr}${result.stdout}`;
  const version = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!version) {
    throw new Error(
      `Could not read the Java version from "java -version": ${output.trim()}`,
    );
  }
  // Java 8 and older report "1.8.0"; their major version is the second number.
  const major = version[1] === "1" ? Number(version[2]) : Number(version[1]);
  if (major < minimumJavaVersion) {
    throw new Error(
      `DynamoDB Local needs Java ${minimumJavaVersion} or later, but "java -version" reports ${major}`,
    );
  }
  return output.split("\n")[0]?.trim() ?? "";
}
