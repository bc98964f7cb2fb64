import { App, Testing } from "cdktf";
import { loadTestEnvironment } from "../helpers/environments";
import { addEnvironmentStacks } from "../../stacks/app";
import { main } from "../../tools/migration-report";

describe("the app", () => {
  it.each(["dev", "prod"])("adds the %s migration stack after the legacy stack", (name) => {
    const stacks = addEnvironmentStacks(Testing.app() as App, loadTestEnvironment(name));
    expect(stacks.migration?.node.id).toBe(`migration-${name}`);
    expect(stacks.migration?.dependencies).toContain(stacks.legacy);
  });
});

describe("npm run migration-report", () => {
  const environment = process.env.HDH_ENV;
  afterEach(() => {
    if (environment === undefined) delete process.env.HDH_ENV;
    else process.env.HDH_ENV = environment;
    jest.restoreAllMocks();
  });

  it("prints the report of the environment chosen by HDH_ENV", () => {
    process.env.HDH_ENV = "prod";
    const written: string[] = [];
    jest.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    main(["node", "migration-report", "--today", "2026-11-29"]);
    const report = written.join("");
    expect(report.startsWith("# Migration report: prod\n")).toBe(true);
    expect(report).toContain("As of 2026-11-29; deadline 2026-12-31 (32 days left); transfer rate 1.5 TiB/day");
    expect(report).toContain("**Deadline at risk**");
  });

  it("stops with one line for an unknown environment", () => {
    process.env.HDH_ENV = "staging";
    const errors: string[] = [];
    jest.spyOn(process.stderr, "write").mockImplementation((chunk) => {
      errors.push(String(chunk));
      return true;
    });
    const exit = jest.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("exit");
    }) as never);
    expect(() => main(["node", "migration-report"])).toThrow("exit");
    expect(exit).toHaveBeenCalledWith(1);
    expect(errors).toEqual(["error: HDH_ENV: unknown environment 'staging' (known: dev, prod, scaleway-dev; or a path to a .json file)\n"]);
  });
});
