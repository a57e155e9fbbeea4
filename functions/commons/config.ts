/** Settings read from the environment, set by the CDK stack in AWS and by the local runtime. */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

export const config = {
  get tableName() {
    return required("TABLE_NAME");
  },
  get documentBucket() {
    return required("DOCUMENT_BUCKET");
  },
  get region() {
    return process.env.AWS_REGION ?? "eu-west-2";
  },
  get userPoolId() {
    return required("USER_POOL_ID");
  },
  get userPoolClientId() {
    return required("USER_POOL_CLIENT_ID");
  },
  /** Endpoints of the local stand-ins; unset in AWS. */
  get dynamoDbEndpoint() {
    return process.env.DYNAMODB_ENDPOINT;
  },
  get s3Endpoint() {
    return process.env.S3_ENDPOINT;
  },
  /** The address of the front end, used for links in messages and for CORS. */
  get serviceUrl() {
    return process.env.SERVICE_URL ?? "http://127.0.0.1:5173";
  },
  /** A JSON Web Key Set to trust instead of fetching Cognito's, used only locally. */
  get localJwks() {
    return process.env.LOCAL_JWKS;
  },
  /** Where the local outbox writes messages; unset in AWS, where SES and SNS send them. */
  get outboxDirectory() {
    return process.env.OUTBOX_DIR;
  },
  /**
   * True in AWS, where the table's stream hands each new notification to the
   * sender; locally the writer calls the sender itself after the commit.
   */
  get notificationsFromStream() {
    return process.env.NOTIFICATIONS_FROM_STREAM === "true";
  },
  /** The SQS dead-letter queue for notifications that failed for good; unset locally. */
  get notificationDeadLetterQueueUrl() {
    return process.env.NOTIFICATION_DLQ_URL;
  },
  /** The SES configuration set that publishes bounces and complaints; unset locally. */
  get sesConfigurationSet() {
    return process.env.SES_CONFIGURATION_SET;
  },
  get emailFrom() {
    return process.env.EMAIL_FROM ?? "sen-assessment@example.gov.uk";
  },
};
