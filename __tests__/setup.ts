// cdktf's jest matchers (toHaveResource, toHaveResourceWithProperties, toBeValidTerraform, ...).
import { Testing } from "cdktf";

Testing.setupJest();
