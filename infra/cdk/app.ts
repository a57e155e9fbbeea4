/** The CDK app that `npx cdk synth` and `npx cdk deploy` run (see cdk.json). */
import { createApp } from "./create-app";

const { app } = createApp();
app.synth();
