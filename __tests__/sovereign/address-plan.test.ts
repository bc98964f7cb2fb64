import { AddressPlan, cidrPrefix, isAnyAddress } from "../../constructs/sovereign/address-plan";

describe("AddressPlan", () => {
  const plan = new AddressPlan("10.210.0.0/16");

  it("carves the four tiers from the first half of the range", () => {
    expect(["ingress", "application", "data", "administration"].map((tier) => plan.tierCidr(tier as never))).toEqual([
      "10.210.0.0/19",
      "10.210.32.0/19",
      "10.210.64.0/19",
      "10.210.96.0/19",
    ]);
  });

  it("carves one /24 per workspace slot from the second half", () => {
    expect(plan.workspaceCapacity).toBe(128);
    expect(plan.workspaceCidr(0)).toBe("10.210.128.0/24");
    expect(plan.workspaceCidr(127)).toBe("10.210.255.0/24");
  });

  it("scales with the range's size", () => {
    const small = new AddressPlan("172.16.16.0/20");
    expect(small.tierCidr("administration")).toBe("172.16.22.0/23");
    expect(small.workspaceCidr(1)).toBe("172.16.24.16/28");
  });

  it.each([
    ["10.210.0.0/21", /must be a \/8 to \/20/],
    ["10.210.0.1/16", /host bits/],
    ["fd00::/48", /not an IPv4 CIDR/],
    ["banana", /not an IPv4 CIDR/],
    ["10.210.0/16", /not an IPv4 CIDR/],
  ])("refuses %s", (cidr, message) => {
    expect(() => new AddressPlan(cidr)).toThrow(message);
  });

  it("refuses a slot outside the range's capacity", () => {
    expect(() => plan.workspaceCidr(128)).toThrow("slot 128 is outside 0..127");
    expect(() => plan.workspaceCidr(-1)).toThrow(RangeError);
  });

  it("recognises Internet-wide ranges", () => {
    expect(isAnyAddress("0.0.0.0/0")).toBe(true);
    expect(isAnyAddress("::/0")).toBe(true);
    expect(isAnyAddress("10.0.0.0/8")).toBe(false);
    expect(cidrPrefix("not a cidr")).toBeUndefined();
  });
});
