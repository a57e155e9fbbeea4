/**
 * The `${Name}` placeholders each state machine definition may contain. CDK
 * fills them through `definitionSubstitutions` and the local runtime fills
 * them from the same names; both insert strings only.
 */
export const stateMachineSubstitutions = {
  "case-timeline": ["CheckCaseFunctionArn"],
} as const satisfies Record<string, readonly string[]>;

export type StateMachineName = keyof typeof stateMachineSubstitutions;
