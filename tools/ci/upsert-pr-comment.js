#!/usr/bin/env node
/**
 * Posts a Markdown file as the pull request's plan-review comment, or updates the one posted before
 * (found by a hidden marker), so a PR carries one review that follows its latest push.
 *   GITHUB_TOKEN=... GITHUB_REPOSITORY=owner/repo PR_NUMBER=12 node tools/ci/upsert-pr-comment.js review.md
 */
"use strict";
const fs = require("node:fs");

const MARKER = "<!-- hdh-plan-review -->";
/** GitHub refuses comment bodies over 65,536 characters. */
const MAX_BODY = 65536;

function commentBody(markdown) {
  const body = `${MARKER}\n${markdown}`;
  if (body.length <= MAX_BODY) return body;
  const note = "\n\n… review truncated: see the workflow run's artifacts for the whole text.\n";
  return body.slice(0, MAX_BODY - note.length) + note;
}

/**
 * Creates or updates the review comment. `fetchImpl` is the Fetch API (injectable for tests).
 * Returns { action: "created" | "updated", id }.
 */
async function upsertComment({ fetchImpl = fetch, apiUrl = "https://api.github.com", repository, prNumber, token, markdown }) {
  const headers = {
    accept: "application/vnd.github+json",
    authorization: `Bearer ${token}`,
    "x-github-api-version": "2022-11-28",
    "content-type": "application/json",
  };
  const call = async (method, url, body) => {
    const response = await fetchImpl(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${url}: HTTP ${response.status}`);
    return response.json();
  };
  const base = `${apiUrl}/repos/${repository}`;
  let existing;
  for (let page = 1; !existing; page++) {
    const comments = await call("GET", `${base}/issues/${prNumber}/comments?per_page=100&page=${page}`);
    existing = comments.find((c) => typeof c.body === "string" && c.body.startsWith(MARKER));
    if (comments.length < 100) break;
  }
  const body = { body: commentBody(markdown) };
  if (existing) {
    await call("PATCH", `${base}/issues/comments/${existing.id}`, body);
    return { action: "updated", id: existing.id };
  }
  const created = await call("POST", `${base}/issues/${prNumber}/comments`, body);
  return { action: "created", id: created.id };
}

async function main() {
  const [file] = process.argv.slice(2);
  const missing = ["GITHUB_TOKEN", "GITHUB_REPOSITORY", "PR_NUMBER"].filter((name) => !process.env[name]);
  if (!file) throw new Error("usage: upsert-pr-comment.js REVIEW.md");
  if (missing.length) throw new Error(`${missing.join(", ")} not set`);
  let markdown;
  try {
    markdown = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new Error(`${file}: cannot read (${error.code ?? error.message})`);
  }
  const result = await upsertComment({
    apiUrl: process.env.GITHUB_API_URL || "https://api.github.com",
    repository: process.env.GITHUB_REPOSITORY,
    prNumber: process.env.PR_NUMBER,
    token: process.env.GITHUB_TOKEN,
    markdown,
  });
  console.log(`upsert-pr-comment: ${result.action} comment ${result.id}`);
}

if (require.main === module) {
  main().catch((error) => {
    process.stderr.write(`upsert-pr-comment: ${error.message}\n`);
    process.exit(2);
  });
}

module.exports = { upsertComment, commentBody, MARKER };
