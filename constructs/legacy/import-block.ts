import { TerraformElement, type TerraformResource } from "cdktf";
import type { Construct } from "constructs";

/**
 * A Terraform `import { to = <address>, id = "<import id>" }` block, written by a construct of its own.
 *
 * cdktf's public `TerraformResource.importFrom()` writes the same block but also adds a validation that
 * runs `terraform version` at every synth, once per imported resource (a Terraform binary at synth time
 * and ~0.2 s each); the only way around it was to edit cdktf's private `node._validations`. This element
 * uses only public API (a TerraformElement's `toTerraform()` fragment, which the stack merges: top-level
 * `import` arrays are concatenated), and the stacks declare `required_version` instead, which Terraform
 * enforces itself. The block is standard, so any tool reading the synthesized JSON (e.g. a reconcile
 * command) reads it as it reads cdktf's own.
 */
export class ImportBlock extends TerraformElement {
  constructor(
    scope: Construct,
    id: string,
    /** The resource the block imports into (its address is read at synth, after any logical ID override). */
    readonly target: TerraformResource,
    /** The import ID, in the format the resource type's provider documents. */
    readonly importId: string,
  ) {
    super(scope, id);
  }

  /** The address the block imports into, e.g. `azurerm_storage_account.data-store-raw_account_DFFDD50C`. */
  get to(): string {
    return `${this.target.terraformResourceType}.${this.target.friendlyUniqueId}`;
  }

  toTerraform(): object {
    return { import: [{ to: this.to, id: this.importId }] };
  }

  toHclTerraform(): object {
    return {
      import: [
        {
          to: { value: this.to, type: "simple", storageClassType: "reference" },
          id: { value: this.importId, type: "simple", storageClassType: "string" },
        },
      ],
    };
  }

  toMetadata(): object {
    return { imports: { [this.target.terraformResourceType]: [this.target.friendlyUniqueId] } };
  }
}
