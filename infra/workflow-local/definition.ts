/**
 * Prepares an Amazon States Language definition for the local runtime: the
 * same file CDK deploys, with the same substitutions, rewritten so that time
 * follows the virtual clock.
 */

export type AslState = Record<string, unknown> & { Type: string };
export interface AslDefinition {
  StartAt: string;
  States: Record<string, AslState>;
  [field: string]: unknown;
}

/** The resource the rewritten Wait states call; a well-formed ARN so validation accepts it. */
export const localWaitResource =
  "arn:aws:lambda:eu-west-2:000000000000:function:local-virtual-wait";

/** What the runtime needs to know about each state it rewrote, by state name. */
export interface StatePlan {
  kind: "wait" | "task";
  /** The original Task's TimeoutSeconds, enforced on the virtual clock. */
  timeoutSeconds?: number;
}

/** Replaces `${Name}` placeholders as CDK's definitionSubstitutions do, strings only. */
export function substitute(text: string, substitutions: Record<string, string>): string {
  const result = text.replace(/\$\{([A-Za-z0-9_]+)\}/g, (placeholder, name: string) => {
    const value = substitutions[name];
    if (value === undefined) throw new Error(`No substitution for ${placeholder}`);
    return JSON.stringify(value).slice(1, -1);
  });

  if (result.includes("${"))
    throw new Error("Definition still contains a ${ placeholder");
  return result;
}

function rewriteWait(state: AslState): AslState {
  const { Type: _type, Seconds, Timestamp, SecondsPath, TimestampPath, ...rest } = state;
  void _type;
  const parameters: Record<string, unknown> = { "input.$": "$" };
  if (Seconds !== undefined) parameters.seconds = Seconds;
  if (Timestamp !== undefined) parameters.timestamp = Timestamp;
  if (SecondsPath !== undefined) parameters["seconds.$"] = SecondsPath;
  if (TimestampPath !== undefined) parameters["timestamp.$"] = TimestampPath;

  // The Task returns its input unchanged, as a Wait passes its input through.
  return { ...rest, Type: "Task", Resource: localWaitResource, Parameters: parameters };
}

/**
 * Rewrites every Wait into a Task on the local wait resource and removes each
 * Task's TimeoutSeconds (the library would time it with a real timer),
 * recording both in `plans` by state name.
 */
export function rewriteForVirtualTime(
  definition: AslDefinition,
  plans: Map<string, StatePlan> = new Map(),
): { definition: AslDefinition; plans: Map<string, StatePlan> } {
  const states: Record<string, AslState> = {};

  for (const [name, state] of Object.entries(definition.States)) {
    if (plans.has(name)) throw new Error(`State name ${name} is used twice`);

    if (state.Type === "Wait") {
      plans.set(name, { kind: "wait" });
      states[name] = rewriteWait(state);
      continue;
    }

    if (state.Type === "Task") {
      const { TimeoutSeconds, ...rest } = state;
      plans.set(name, {
        kind: "task",
        timeoutSeconds: typeof TimeoutSeconds === "number" ? TimeoutSeconds : undefined,
      });
      states[name] = rest as AslState;
      continue;
    }

    const copy: AslState = { ...state };
    if (Array.isArray(state.Branches)) {
      copy.Branches = (state.Branches as AslDefinition[]).map(
        (branch) => rewriteForVirtualTime(branch, plans).definition,
      );
    }
    for (const field of ["Iterator", "ItemProcessor"] as const) {
      const inner = state[field] as AslDefinition | undefined;
      if (inner)
        copy[field] = { ...inner, ...rewriteForVirtualTime(inner, plans).definition };
    }
    states[name] = copy;
  }

  // The top-level TimeoutSeconds would also run on a real timer.
  const { TimeoutSeconds: _timeout, ...top } = definition;
  void _timeout;
  return { definition: { ...top, States: states } as AslDefinition, plans };
}
