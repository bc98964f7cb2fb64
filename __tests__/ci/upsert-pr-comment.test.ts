// eslint-disable-next-line @typescript-eslint/no-require-imports
const { upsertComment, commentBody, MARKER } = require("../../tools/ci/upsert-pr-comment.js");

interface Call {
  method: string;
  url: string;
  body?: { body: string };
}

/** A fake GitHub API holding one PR's comments; records every call. */
function fakeGitHub(comments: { id: number; body: string }[]) {
  const calls: Call[] = [];
  const fetchImpl = async (url: string, init: { method: string; body?: string }) => {
    calls.push({ method: init.method, url, body: init.body ? JSON.parse(init.body) : undefined });
    const page = Number(new URL(url).searchParams.get("page") ?? "1");
    const json = init.method === "GET" ? comments.slice((page - 1) * 100, page * 100) : init.method === "POST" ? { id: 999 } : {};
    return { ok: true, status: 200, json: async () => json };
  };
  return { calls, fetchImpl };
}

const options = { apiUrl: "https://api.example", repository: "hdh/infra", prNumber: "7", token: "t" };

describe("upsert-pr-comment", () => {
  it("creates the review comment when the PR has none", async () => {
    const github = fakeGitHub([{ id: 1, body: "LGTM" }]);
    const result = await upsertComment({ ...options, fetchImpl: github.fetchImpl, markdown: "# Plan review" });
    expect(result).toEqual({ action: "created", id: 999 });
    expect(github.calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      "GET https://api.example/repos/hdh/infra/issues/7/comments?per_page=100&page=1",
      "POST https://api.example/repos/hdh/infra/issues/7/comments",
    ]);
    expect(github.calls[1].body?.body).toBe(`${MARKER}\n# Plan review`);
  });

  it("updates its own earlier comment, found on a later page, instead of adding one", async () => {
    const others = Array.from({ length: 100 }, (_, i) => ({ id: i + 1, body: `comment ${i}` }));
    const github = fakeGitHub([...others, { id: 4242, body: `${MARKER}\nold review` }]);
    const result = await upsertComment({ ...options, fetchImpl: github.fetchImpl, markdown: "new review" });
    expect(result).toEqual({ action: "updated", id: 4242 });
    expect(github.calls.at(-1)).toEqual({
      method: "PATCH",
      url: "https://api.example/repos/hdh/infra/issues/comments/4242",
      body: { body: `${MARKER}\nnew review` },
    });
  });

  it("fails on an HTTP error instead of passing silently", async () => {
    const fetchImpl = async () => ({ ok: false, status: 403, json: async () => ({}) });
    await expect(upsertComment({ ...options, fetchImpl, markdown: "x" })).rejects.toThrow("HTTP 403");
  });

  it("keeps the body under GitHub's size limit", () => {
    const body = commentBody("x".repeat(70000));
    expect(body.length).toBeLessThanOrEqual(65536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toContain("review truncated");
  });
});
