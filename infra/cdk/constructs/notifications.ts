/**
 * Outgoing messages: SES sends email from the service's domain, SNS sends
 * SMS, and an encrypted SNS topic carries operational alarms.
 */
import { Stack } from "aws-cdk-lib";
import { PolicyStatement } from "aws-cdk-lib/aws-iam";
import type { IKey } from "aws-cdk-lib/aws-kms";
import {
  ConfigurationSet,
  EmailIdentity,
  Identity,
  SuppressionReasons,
} from "aws-cdk-lib/aws-ses";
import { Topic } from "aws-cdk-lib/aws-sns";
import { EmailSubscription } from "aws-cdk-lib/aws-sns-subscriptions";
import { Construct } from "constructs";

export interface NotificationsProps {
  serviceName: string;
  senderDomain: string;
  key: IKey;
  opsEmail?: string;
}

export class Notifications extends Construct {
  readonly emailIdentity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly opsTopic: Topic;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);

    this.configurationSet = new ConfigurationSet(this, "ConfigurationSet", {
      configurationSetName: `${props.serviceName}-email`,
      suppressionReasons: SuppressionReasons.BOUNCES_AND_COMPLAINTS,
    });

    // Creates DKIM records to add to the domain's DNS. SES sends once they are verified.
    this.emailIdentity = new EmailIdentity(this, "SenderDomain", {
      identity: Identity.domain(props.senderDomain),
      configurationSet: this.configurationSet,
    });

    this.opsTopic = new Topic(this, "OpsTopic", {
      topicName: `${props.serviceName}-ops`,
      displayName: "EHC assessment service alarms",
      masterKey: props.key,
      enforceSSL: true,
    });
    if (props.opsEmail) {
      this.opsTopic.addSubscription(new EmailSubscription(props.opsEmail));
    }
  }

  /** Allows sending email from the sender domain only. */
  sendEmailStatement(): PolicyStatement {
    const stack = Stack.of(this);
    return new PolicyStatement({
      actions: ["ses:SendEmail"],
      resources: [
        this.emailIdentity.emailIdentityArn,
        stack.formatArn({
          service: "ses",
          resource: "configuration-set",
          resourceName: this.configurationSet.configurationSetName,
        }),
      ],
    });
  }
}
