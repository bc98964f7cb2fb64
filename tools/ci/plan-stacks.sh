#!/usr/bin/env bash
# Plans every synthesized stack against the real clouds and exports each plan as JSON:
#   tools/ci/plan-stacks.sh [CDKTF_OUT] [PLANS_DIR]
# For each stack of CDKTF_OUT/manifest.json: terraform init, plan -out, show -json > PLANS_DIR/<stack>.json.
# TERRAFORM_BINARY_NAME=tofu uses OpenTofu. Offline (no registry, no cloud), use `npm run plan:offline`.
set -euo pipefail
out=${1:-cdktf.out}
plans=${2:-plans}
tf=${TERRAFORM_BINARY_NAME:-terraform}
manifest="$out/manifest.json"
[ -f "$manifest" ] || { echo "plan-stacks: $manifest not found: run 'npx cdktf synth' first" >&2; exit 2; }
mkdir -p "$plans"
plans=$(cd "$plans" && pwd)
stacks=$(node -e 'const m=require(require("path").resolve(process.argv[1]));for (const [n,s] of Object.entries(m.stacks)) console.log(n+"\t"+s.workingDirectory)' "$manifest")
status=0
while IFS=$'\t' read -r name dir; do
  [ -n "$name" ] || continue
  echo "::group::plan $name"
  if "$tf" -chdir="$out/$dir" init -input=false -no-color \
    && "$tf" -chdir="$out/$dir" plan -input=false -no-color -lock=false -out=plan.tfplan \
    && "$tf" -chdir="$out/$dir" show -json plan.tfplan > "$plans/$name.json"; then
    echo "plan-stacks: $name planned into $plans/$name.json"
  else
    echo "plan-stacks: $name failed to plan" >&2
    status=1
  fi
  echo "::endgroup::"
done <<< "$stacks"
exit $status
