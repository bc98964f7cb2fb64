import type { IConstruct } from "constructs";
import { ConfigError } from "../../config/config-error";

/**
 * Props that would weaken the landing zone's security (a public data tier, an open admin port, an
 * unencrypted volume, a public container ...). Thrown at synth; its one-line message names the construct
 * path and the prop. A ConfigError, so main.ts prints it as one line without a stack.
 */
export class InsecurePropsError extends ConfigError {
  constructor(scope: IConstruct | string, prop: string, problem: string) {
    super(typeof scope === "string" ? scope : scope.node.path, prop, `refused: ${problem}`);
    this.name = "InsecurePropsError";
  }
}
