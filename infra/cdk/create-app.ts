/**
 * Builds the CDK app with cdk-nag's AWS Solutions checks, which run as a
 * policy validation plugin on every synth. Any unacknowledged error finding
 * stops the synth.
 */
import { App, Validations, type AppProps } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { ServiceStack } from "./service-stack";

export interface ServiceApp {
  app: App;
  stack: ServiceStack;
}

export function createApp(
  props: AppProps = {},
  stackProps: { checkCaseEntry?: string } = {},
): ServiceApp {
  const app = new App(props);
  // Grants S3 log delivery through the log bucket's policy instead of the
  // deprecated LogDeliveryWrite ACL.
  app.node.setContext("@aws-cdk/aws-s3:serverAccessLogsUseBucketPolicy", true);
  const stackName: unknown = app.node.tryGetContext("stackName");

  const stack = new ServiceStack(
    app,
    typeof stackName === "string" ? stackName : "EhcAssessmentService",
    {
      description:
        "EHC needs assessment service: API, data, sign-in, timeline and hosting",
      env: {
        account: process.env.CDK_DEFAULT_ACCOUNT,
        region: process.env.CDK_DEFAULT_REGION ?? "eu-west-2",
      },
      checkCaseEntry: stackProps.checkCaseEntry,
    },
  );

  Validations.of(app).addPlugins(
    new AwsSolutionsChecks(app, {
      verbose: true,
      writeSuppressionsToCloudFormation: true,
    }),
  );
  return { app, stack };
}
