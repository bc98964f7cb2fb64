/**
 * A stack's in-memory synthesized document (cdktf's `toTerraform()`, as the synth-time Aspect and the
 * jest matchers pass it): a one-file configuration, assembled by the same module as files are.
 */
import { assembleDocument } from "../configuration";
import type { PolicyStack } from "../model";

export interface SynthesizedOptions {
  readonly stack: string;
  /** The file it stands for, e.g. `stacks/<name>/cdk.tf.json`. */
  readonly file: string;
  readonly source?: "cdktf" | "tf-json" | "hcl";
  readonly projectRoot?: string;
}

/** Normalises a Terraform JSON document (cdktf's `toTerraform()`, a parsed *.tf.json) into one stack. */
export function fromTerraformJson(doc: unknown, options: SynthesizedOptions): PolicyStack {
  return assembleDocument(doc, { stack: options.stack, file: options.file, source: options.source ?? "tf-json", projectRoot: options.projectRoot });
}
