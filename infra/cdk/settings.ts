/**
 * Names and addresses read from CDK context (`cdk synth -c name=value` or
 * cdk.json), with defaults so that `cdk synth` needs no arguments.
 */
import { RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Node } from "constructs";

export interface ServiceSettings {
  /** Prefix for resource names, such as the user pool and the state machine. */
  serviceName: string;
  /** The domain SES sends from. Its DNS records come from the EmailIdentity. */
  senderDomain: string;
  /** The sender address, which must belong to `senderDomain`. */
  emailFrom: string;
  /**
   * The front end's address, used for CORS and in links in messages. Unset
   * means the Amplify branch's default domain.
   */
  serviceUrl?: string;
  /** The Amplify branch that builds the front end. */
  branchName: string;
  /** Git repository Amplify builds from; unset means manual deployments. */
  repositoryUrl?: string;
  /** Secrets Manager secret that contains the repository access token. */
  repositoryTokenSecret: string;
  /** Days that Lambda, API and state machine logs are kept. */
  logRetentionDays: RetentionDays;
  /** Email address subscribed to the operations topic; unset adds no subscription. */
  opsEmail?: string;
}

function text(node: Node, key: string): string | undefined {
  const value: unknown = node.tryGetContext(key);
  if (value === undefined || value === null || value === "") return undefined;
  if (typeof value !== "string") {
    throw new Error(
      `Context value ${key} must be a string, got ${typeof value}. Pass it as -c ${key}=value`,
    );
  }
  return value;
}

/** Reads an origin such as `https://ehc.example.gov.uk`, the form CORS compares. */
function origin(node: Node, key: string): string | undefined {
  const value = text(node, key);
  if (value === undefined) return undefined;

  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`Context value ${key} (${value}) is not a valid URL`);
  }
  if (parsed.origin !== value) {
    throw new Error(
      `Context value ${key} (${value}) must be an origin without a path or trailing slash, such as ${parsed.origin}`,
    );
  }
  return value;
}

export function readSettings(node: Node): ServiceSettings {
  const senderDomain = text(node, "senderDomain") ?? "example.gov.uk";
  const emailFrom = text(node, "emailFrom") ?? `sen-assessment@${senderDomain}`;
  if (!emailFrom.endsWith(`@${senderDomain}`)) {
    throw new Error(
      `Context value emailFrom (${emailFrom}) must be an address at senderDomain ${senderDomain}`,
    );
  }

  const retention = Number(text(node, "logRetentionDays") ?? "365");
  if (!(Object.values(RetentionDays) as number[]).includes(retention)) {
    throw new Error(
      `Context value logRetentionDays (${retention}) must be a period CloudWatch Logs supports, such as 90, 365 or 731`,
    );
  }

  return {
    serviceName: text(node, "serviceName") ?? "ehc-assessment",
    senderDomain,
    emailFrom,
    serviceUrl: origin(node, "serviceUrl"),
    branchName: text(node, "branchName") ?? "main",
    repositoryUrl: text(node, "repositoryUrl"),
    repositoryTokenSecret:
      text(node, "repositoryTokenSecret") ?? "ehc-assessment/repository-token",
    logRetentionDays: retention as RetentionDays,
    opsEmail: text(node, "opsEmail"),
  };
}
