/**
 * The one way tests load an environment. prod's contract catalogue (config/catalogues/prod-bare-metal-pod.json)
 * ships as `pending-contract`, so prod fails closed until the contract is filled: tests that build prod swap it
 * for the TEST contract catalogue beside this file (loadEnvironment's contractCatalogues option, which no
 * synthesized artefact can set), and judge as of a fixed day. Synthesizing a whole environment is
 * synth-environment.ts's: this file loads no stack, so that suites that only need an environment's data
 * do not load cdktf and every provider binding.
 */
import * as path from "node:path";
import { loadEnvironment, type LoadedEnvironment, type LoadEnvironmentOptions } from "../../config/load-environment";

/** The day tests judge as of (also HDH_TODAY for the whole run: see __tests__/global-setup.js). */
export const TEST_TODAY = "2026-11-29";

/** The TEST contract catalogue: invented facts standing for prod's signed contract, labelled TEST in its description. */
export const TEST_CONTRACT_CATALOGUE = path.join(__dirname, "TEST-prod-contract.catalogue.json");

/** Environments whose contract catalogue is pending and that tests build with the TEST one instead. */
const PENDING_CONTRACT_ENVIRONMENTS = new Set(["prod"]);

/** Loads an environment for a test: prod with the TEST contract catalogue, every environment as of TEST_TODAY. */
export function loadTestEnvironment(name: string, options: LoadEnvironmentOptions = {}): LoadedEnvironment {
  return loadEnvironment(name, {
    today: TEST_TODAY,
    ...(PENDING_CONTRACT_ENVIRONMENTS.has(name) ? { contractCatalogues: [TEST_CONTRACT_CATALOGUE] } : {}),
    ...options,
  });
}
