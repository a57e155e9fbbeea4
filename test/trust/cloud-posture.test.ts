/**
 * The AWS stack's security posture, read from a template synthesised with
 * bundling skipped. It covers cdk-nag findings and their acknowledgements,
 * KMS encryption, S3 public access and TLS, the WAF on the API stage, and
 * IAM statements without wildcard actions.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Template } from "aws-cdk-lib/assertions";
import { AwsSolutionsChecks } from "cdk-nag";
import { createApp, type ServiceApp } from "../../infra/cdk/create-app";

interface Resource {
  Type: string;
  Properties?: Record<string, unknown>;
  Metadata?: { cdk_nag?: { rules_to_suppress?: { id: string; reason?: string }[] } };
}

interface Statement {
  Effect: string;
  Action?: string | string[];
  Resource?: unknown;
}

let service: ServiceApp;
let resources: Record<string, Resource>;
let assemblyDirectory: string;

function ofType(type: string): [string, Resource][] {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}

function list<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function acknowledged(resource: Resource): { id: string; reason?: string }[] {
  return resource.Metadata?.cdk_nag?.rules_to_suppress ?? [];
}

beforeAll(() => {
  // Bundling is skipped: the bundle tests build and load every handler.
  service = createApp({ context: { "aws:cdk:bundling-stacks": [] } });
  const assembly = service.app.synth();
  assemblyDirectory = assembly.directory;
  resources = Template.fromStack(service.stack).toJSON().Resources as Record<
    string,
    Resource
  >;
}, 180_000);

describe("cdk-nag", () => {
  it("reports no unacknowledged findings", () => {
    const report = JSON.parse(
      readFileSync(join(assemblyDirectory, "validation-report.json"), "utf8"),
    ) as { pluginReports: { pluginName: string; violations: { ruleName: string }[] }[] };
    const violations = report.pluginReports.flatMap((plugin) =>
      plugin.violations.map((violation) => `${plugin.pluginName} ${violation.ruleName}`),
    );
    expect(violations).toEqual([]);

    const direct = new AwsSolutionsChecks(service.app).validateScope(service.app);
    expect(direct.violations.map((v) => `${v.severity} ${v.ruleName}`)).toEqual([]);
  });

  it("gives every acknowledgement a reason", () => {
    const acknowledgements = Object.entries(resources).flatMap(([name, resource]) =>
      acknowledged(resource).map((entry) => ({ name, ...entry })),
    );
    expect(acknowledgements.length).toBeGreaterThan(0);

    for (const entry of acknowledgements) {
      // Without the rule pack prefix an acknowledgement matches nothing.
      expect(entry.id, entry.name).toMatch(/^AwsSolutions-/);
      expect(
        (entry.reason ?? "").trim().length,
        `${entry.name} ${entry.id}`,
      ).toBeGreaterThan(20);
    }
  });
});

describe("stack size", () => {
  it("stays under the resource limit", () => {
    // CloudFormation rejects a stack of more than 500 resources, and each route adds ten or more
    // (function, role, policies, log group, alarms, method and permission).
    const count = Object.keys(resources).length;
    console.log(`Cloud posture: ${count} resources in the stack, of at most 500`);
    expect(count).toBeLessThanOrEqual(500);
  });
});

describe("encryption", () => {
  it("encrypts the table with KMS", () => {
    const tables = [
      ...ofType("AWS::DynamoDB::GlobalTable"),
      ...ofType("AWS::DynamoDB::Table"),
    ];
    expect(tables.length).toBeGreaterThan(0);

    for (const [name, table] of tables) {
      const properties = table.Properties ?? {};
      const sse = properties.SSESpecification as {
        SSEEnabled?: boolean;
        SSEType?: string;
      };
      expect(sse?.SSEEnabled, name).toBe(true);
      expect(sse?.SSEType, name).toBe("KMS");
      const keys = [
        (sse as { KMSMasterKeyId?: unknown }).KMSMasterKeyId,
        ...list(
          properties.Replicas as { SSESpecification?: { KMSMasterKeyId?: unknown } }[],
        ).map((replica) => replica.SSESpecification?.KMSMasterKeyId),
      ].filter(Boolean);
      expect(keys.length, `${name} names its KMS key`).toBeGreaterThan(0);
    }
  });

  it("encrypts buckets with KMS", () => {
    // S3 writes server access logs only to buckets with S3-managed keys (SSE-S3).
    const logTargets = new Set(
      ofType("AWS::S3::Bucket")
        .map(([, bucket]) =>
          JSON.stringify(
            (
              bucket.Properties?.LoggingConfiguration as {
                DestinationBucketName?: unknown;
              }
            )?.DestinationBucketName,
          ),
        )
        .filter(Boolean),
    );

    for (const [name, bucket] of ofType("AWS::S3::Bucket")) {
      const rules = (
        bucket.Properties?.BucketEncryption as {
          ServerSideEncryptionConfiguration: {
            ServerSideEncryptionByDefault: {
              SSEAlgorithm: string;
              KMSMasterKeyID?: unknown;
            };
          }[];
        }
      ).ServerSideEncryptionConfiguration;
      const algorithm = rules[0]?.ServerSideEncryptionByDefault.SSEAlgorithm;
      const isLogTarget = logTargets.has(JSON.stringify({ Ref: name }));

      if (isLogTarget) expect(["AES256", "aws:kms"], name).toContain(algorithm);
      else {
        expect(algorithm, name).toBe("aws:kms");
        expect(
          rules[0]?.ServerSideEncryptionByDefault.KMSMasterKeyID,
          name,
        ).toBeDefined();
      }
    }
  });

  it("encrypts topics and queues", () => {
    for (const [name, topic] of ofType("AWS::SNS::Topic")) {
      expect(topic.Properties?.KmsMasterKeyId, name).toBeDefined();
    }
    for (const [name, queue] of ofType("AWS::SQS::Queue")) {
      expect(queue.Properties?.KmsMasterKeyId, name).toBeDefined();
    }
  });
});

describe("S3 access", () => {
  it("blocks public access", () => {
    for (const [name, bucket] of ofType("AWS::S3::Bucket")) {
      expect(bucket.Properties?.PublicAccessBlockConfiguration, name).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
    }
  });

  it("requires TLS on every bucket", () => {
    const policies = ofType("AWS::S3::BucketPolicy");
    for (const [name] of ofType("AWS::S3::Bucket")) {
      const policy = policies.find(
        ([, candidate]) =>
          JSON.stringify(candidate.Properties?.Bucket) === JSON.stringify({ Ref: name }),
      );
      const statements = ((
        policy?.[1].Properties?.PolicyDocument as { Statement: unknown[] }
      )?.Statement ?? []) as (Statement & { Condition?: unknown })[];
      const denyPlainHttp = statements.some(
        (statement) =>
          statement.Effect === "Deny" &&
          JSON.stringify(statement.Condition) ===
            JSON.stringify({ Bool: { "aws:SecureTransport": "false" } }),
      );
      expect(denyPlainHttp, name).toBe(true);
    }
  });
});

describe("API protection", () => {
  it("associates the WAF with the stage", () => {
    const [stageName] = ofType("AWS::ApiGateway::Stage").map(([name]) => name);
    const [apiName] = ofType("AWS::ApiGateway::RestApi").map(([name]) => name);
    const associations = ofType("AWS::WAFv2::WebACLAssociation").map(([, association]) =>
      JSON.stringify(association.Properties?.ResourceArn),
    );

    expect(associations.some((arn) => arn.includes(`"Ref":"${stageName}"`))).toBe(true);
    expect(associations.some((arn) => arn.includes(`"Ref":"${apiName}"`))).toBe(true);
  });
});

describe("IAM", () => {
  function identityStatements(): {
    name: string;
    resource: Resource;
    statement: Statement;
  }[] {
    const policyTypes = ["AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"];
    const fromPolicies = Object.entries(resources)
      .filter(([, resource]) => policyTypes.includes(resource.Type))
      .flatMap(([name, resource]) =>
        list(
          (resource.Properties?.PolicyDocument as { Statement: Statement[] }).Statement,
        ).map((statement) => ({ name, resource, statement })),
      );
    const fromRoles = ofType("AWS::IAM::Role").flatMap(([name, resource]) =>
      list(
        resource.Properties?.Policies as { PolicyDocument: { Statement: Statement[] } }[],
      )
        .flatMap((policy) => policy.PolicyDocument.Statement)
        .map((statement) => ({ name, resource, statement })),
    );
    return [...fromPolicies, ...fromRoles];
  }

  it("grants no wildcard actions", () => {
    const wildcards = identityStatements()
      .filter(({ statement }) => statement.Effect === "Allow")
      .flatMap(({ name, statement }) =>
        list(statement.Action)
          .filter((action) => action === "*" || /^[a-z0-9-]+:\*$/i.test(action))
          .map((action) => `${name}: ${action}`),
      );
    expect(wildcards).toEqual([]);
  });

  it("acknowledges every wildcard resource", () => {
    const unacknowledged = identityStatements()
      .filter(({ statement }) => statement.Effect === "Allow")
      .filter(({ statement }) => list(statement.Resource).includes("*"))
      .filter(
        ({ resource }) =>
          !acknowledged(resource).some(
            (entry) => entry.id === "AwsSolutions-IAM5[Resource::*]",
          ),
      )
      .map(({ name, statement }) => `${name}: ${list(statement.Action).join(",")}`);
    expect(unacknowledged).toEqual([]);
  });
});
