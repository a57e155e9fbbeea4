/** The runtime settings the app reads from `/config.json` when it starts. */
import * as z from "zod";

export const appConfigSchema = z.object({
  apiUrl: z.string().min(1),
  auth: z.discriminatedUnion("mode", [
    z.object({ mode: z.literal("local") }),
    z.object({
      mode: z.literal("cognito"),
      region: z.string().min(1),
      userPoolId: z.string().min(1),
      clientId: z.string().min(1),
    }),
  ]),
  /** Set by the local service only: staff pages then show the demo clock control. */
  localClock: z.boolean().optional(),
});

export type AppConfig = z.output<typeof appConfigSchema>;
export type CognitoSettings = Extract<AppConfig["auth"], { mode: "cognito" }>;

export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch("/config.json", { cache: "no-store" });
  if (!response.ok) {
    throw new Error(`Loading /config.json failed with status ${response.status}`);
  }
  return appConfigSchema.parse(await response.json());
}
