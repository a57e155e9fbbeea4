/**
 * Data stores: the single DynamoDB table and the document bucket, both
 * encrypted with one customer managed key.
 */
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import {
  AttributeType,
  Billing,
  StreamViewType,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import { Key } from "aws-cdk-lib/aws-kms";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { tableDesign } from "../../../functions/store/table";

export interface DataProps {
  /** Origins allowed to upload and download documents from a browser. */
  allowedOrigins: string[];
}

/**
 * The document bucket's CORS rule. It matches the rule the local s3rver
 * bucket gets, because presigned browser uploads need explicit methods and
 * headers: a wildcard header is not accepted everywhere.
 */
export const documentCors = {
  allowedMethods: [HttpMethods.PUT, HttpMethods.GET],
  allowedHeaders: ["content-type", "content-length", "x-amz-checksum-sha256"],
  exposedHeaders: ["ETag"],
  maxAge: 300,
};

export class Data extends Construct {
  readonly key: Key;
  readonly table: TableV2;
  readonly documentBucket: Bucket;
  readonly accessLogBucket: Bucket;

  constructor(scope: Construct, id: string, props: DataProps) {
    super(scope, id);

    this.key = new Key(this, "DataKey", {
      description: "Encrypts case records, documents, logs and the operations topic",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const attribute = (name: string) => ({ name, type: AttributeType.STRING });
    this.table = new TableV2(this, "Table", {
      partitionKey: attribute(tableDesign.partitionKey),
      sortKey: attribute(tableDesign.sortKey),
      globalSecondaryIndexes: tableDesign.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: attribute(index.partitionKey),
        sortKey: attribute(index.sortKey),
      })),
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      dynamoStream: StreamViewType.NEW_AND_OLD_IMAGES,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Server access logs cannot go to a KMS-encrypted bucket, so this one uses S3-managed keys.
    this.accessLogBucket = new Bucket(this, "AccessLogBucket", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ expiration: Duration.days(731) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.documentBucket = new Bucket(this, "DocumentBucket", {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.accessLogBucket,
      serverAccessLogsPrefix: "documents/",
      cors: [{ ...documentCors, allowedOrigins: props.allowedOrigins }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
