/**
 * Amplify Hosting for the React front end. The build writes `/config.json`,
 * which the front end reads at start-up to find the API and the user pool.
 */
import { SecretValue } from "aws-cdk-lib";
import { CfnApp, CfnBranch } from "aws-cdk-lib/aws-amplify";
import { Construct } from "constructs";

export interface FrontendConfig {
  apiUrl: string;
  auth: { mode: "cognito"; region: string; userPoolId: string; clientId: string };
}

export interface HostingProps {
  serviceName: string;
  branchName: string;
  repositoryUrl?: string;
  repositoryTokenSecret: string;
  config: FrontendConfig;
}

/**
 * Writes `frontend/dist/config.json` from the app's environment variables, so
 * the values come from this stack and not from the repository.
 */
const writeConfigCommand =
  "node -e \"require('fs').writeFileSync('frontend/dist/config.json', JSON.stringify(" +
  "{apiUrl: process.env.API_URL, auth: {mode: 'cognito', region: process.env.COGNITO_REGION, " +
  'userPoolId: process.env.USER_POOL_ID, clientId: process.env.USER_POOL_CLIENT_ID}}))"';

export function buildSpec(): string {
  return [
    "version: 1",
    "frontend:",
    "  phases:",
    "    preBuild:",
    "      commands:",
    "        - npm ci",
    "    build:",
    "      commands:",
    "        - npx vite build --config frontend/vite.config.ts",
    `        - ${JSON.stringify(writeConfigCommand)}`,
    "  artifacts:",
    "    baseDirectory: frontend/dist",
    "    files:",
    "      - '**/*'",
    "  cache:",
    "    paths:",
    "      - node_modules/**/*",
    "",
  ].join("\n");
}

export class Hosting extends Construct {
  readonly app: CfnApp;
  readonly branch: CfnBranch;
  /** The branch's default address, such as `https://main.d1abc.amplifyapp.com`. */
  readonly defaultUrl: string;

  constructor(scope: Construct, id: string, props: HostingProps) {
    super(scope, id);

    this.app = new CfnApp(this, "App", {
      name: `${props.serviceName}-web`,
      platform: "WEB",
      buildSpec: buildSpec(),
      // Without a repository the app takes manual deployments of a built zip.
      repository: props.repositoryUrl,
      accessToken: props.repositoryUrl
        ? SecretValue.secretsManager(props.repositoryTokenSecret).unsafeUnwrap()
        : undefined,
      environmentVariables: [
        { name: "API_URL", value: props.config.apiUrl },
        { name: "COGNITO_REGION", value: props.config.auth.region },
        { name: "USER_POOL_ID", value: props.config.auth.userPoolId },
        { name: "USER_POOL_CLIENT_ID", value: props.config.auth.clientId },
      ],
      customRules: [
        // Client-side routes such as /cases/123 get the app's index page.
        {
          source:
            "</^[^.]+$|\\.(?!(css|gif|ico|jpg|js|json|png|svg|txt|webp|woff|woff2|map)$)([^.]+$)/>",
          target: "/index.html",
          status: "200",
        },
      ],
      customHeaders: [
        "customHeaders:",
        "  - pattern: '**'",
        "    headers:",
        "      - key: Strict-Transport-Security",
        "        value: max-age=31536000; includeSubDomains",
        "      - key: X-Content-Type-Options",
        "        value: nosniff",
        "      - key: X-Frame-Options",
        "        value: DENY",
        "      - key: Referrer-Policy",
        "        value: no-referrer",
        "",
      ].join("\n"),
    });

    this.branch = new CfnBranch(this, "Branch", {
      appId: this.app.attrAppId,
      branchName: props.branchName,
      stage: "PRODUCTION",
      enableAutoBuild: props.repositoryUrl !== undefined,
    });

    this.defaultUrl = `https://${props.branchName}.${this.app.attrDefaultDomain}`;
  }
}
