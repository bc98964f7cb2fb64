import type { ISynthesisSession, TerraformStack } from "cdktf";

/**
 * Converts the stack to Terraform JSON once per synth instead of twice: while the stack's synthesizer runs,
 * `toTerraform()` returns the JSON of its first call. Within that run the policy Aspect's validation is the
 * first caller (after every aspect has run) and the synthesizer's write the second, with nothing that
 * changes the stack in between; so the file written is the very object the policy judged. Outside the
 * run (tests, `Testing.synth`, a later change) `toTerraform()` converts afresh as cdktf does.
 */
export function convertOnceAtSynth(stack: TerraformStack): void {
  const synthesizer = stack.synthesizer;
  stack.synthesizer = {
    synthesize: (session: ISynthesisSession) => {
      const convert = stack.toTerraform;
      const ownConvert = Object.prototype.hasOwnProperty.call(stack, "toTerraform");
      let converted: ReturnType<TerraformStack["toTerraform"]> | undefined;
      stack.toTerraform = () => (converted ??= convert.call(stack));
      try {
        synthesizer.synthesize(session);
      } finally {
        if (ownConvert) stack.toTerraform = convert;
        else Reflect.deleteProperty(stack, "toTerraform");
      }
    },
  };
}
