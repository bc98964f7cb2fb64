/**
 * One long-lived process per offline provider, shared by every Terraform command of a run through
 * `TF_REATTACH_PROVIDERS` (go-plugin's reattach, the mechanism of provider debugging): Terraform then
 * connects to the running process instead of starting the provider 2–4 times per command, which cost
 * about half a second of Node start-up each time. With `"Test": true` Terraform never stops the
 * process; the run stops it when it is done.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { launcherPath, providerAddresses, type OfflineProvider } from "./install";
import { APPLY_MODE_ENV, MAGIC_COOKIE_KEY, MAGIC_COOKIE_VALUE } from "./protocol";

/** How long a provider process may take to print its handshake line on a loaded machine. */
const HANDSHAKE_TIMEOUT_MS = 60_000;

/** One entry of TF_REATTACH_PROVIDERS, as Terraform parses it (command/meta_providers.go). */
interface ReattachConfig {
  Protocol: "grpc";
  ProtocolVersion: number;
  Pid: number;
  Test: true;
  Addr: { Network: string; String: string };
}

export interface ProviderServers {
  /** The value of TF_REATTACH_PROVIDERS for the Terraform commands that should use these processes. */
  readonly reattach: string;
  /** Stops every process (idempotent). */
  stop(): void;
}

function startOne(launcher: string, provider: OfflineProvider, applyPlaceholders: boolean): Promise<{ child: ChildProcess; config: ReattachConfig }> {
  const env: NodeJS.ProcessEnv = { ...process.env, [MAGIC_COOKIE_KEY]: MAGIC_COOKIE_VALUE, PLUGIN_PROTOCOL_VERSIONS: "6" };
  // Reattached clients connect without go-plugin's AutoMTLS: the process serves plain gRPC on its unix socket.
  delete env.PLUGIN_CLIENT_CERT;
  // Processes that plan never apply; a placeholder apply is asked for explicitly (applyPlanOffline).
  if (applyPlaceholders) env[APPLY_MODE_ENV] = "placeholders";
  else delete env[APPLY_MODE_ENV];
  const child = spawn(launcher, [], { env, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let stdout = "";
    let stderr = "";
    const fail = (reason: string): void => {
      clearTimeout(timer);
      child.kill("SIGKILL");
      reject(new Error(`offline provider ${provider.namespacedType}: ${reason}${stderr.trim() ? `: ${stderr.trim().split("\n")[0]}` : ""}`));
    };
    const timer = setTimeout(() => fail(`no handshake within ${HANDSHAKE_TIMEOUT_MS / 1000} s`), HANDSHAKE_TIMEOUT_MS);
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", (error) => fail(error.message));
    child.on("exit", (code) => fail(`exited with ${code} before its handshake`));
    child.stdout!.on("data", (chunk: Buffer) => {
      stdout += chunk.toString();
      const newline = stdout.indexOf("\n");
      if (newline < 0) return;
      clearTimeout(timer);
      child.removeAllListeners("exit");
      // go-plugin's handshake line: CORE-VERSION|APP-PROTOCOL-VERSION|NETWORK|ADDRESS|PROTOCOL|CERT
      const [, protocolVersion, network, address] = stdout.slice(0, newline).split("|");
      resolve({ child, config: { Protocol: "grpc", ProtocolVersion: Number(protocolVersion), Pid: child.pid!, Test: true, Addr: { Network: network, String: address } } });
    });
  });
}

/** Starts each provider of the mirror in `workDir` once and returns the reattach configuration for all of them. */
export async function startProviderServers(workDir: string, providers: readonly OfflineProvider[], options: { applyPlaceholders?: boolean } = {}): Promise<ProviderServers> {
  const applyPlaceholders = options.applyPlaceholders ?? false;
  const children: ChildProcess[] = [];
  const stop = (): void => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  };
  const reattach: Record<string, ReattachConfig> = {};
  const started = await Promise.allSettled(
    providers.map(async (provider) => {
      // A process that died before its handshake (seen rarely on a loaded machine) is started once more.
      const start = (): ReturnType<typeof startOne> => startOne(launcherPath(workDir, provider), provider, applyPlaceholders);
      const launched = await start().catch(start);
      children.push(launched.child);
      for (const address of providerAddresses(provider)) reattach[address] = launched.config;
    }),
  );
  const failure = started.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failure) {
    stop();
    throw failure.reason as Error;
  }
  return { reattach: JSON.stringify(reattach), stop };
}
