#!/usr/bin/env bash
# Mutation testing of the extraction code with mutmut (not part of CI's default run).
#
#   scripts/mutation.sh [MODULE ...]     e.g. scripts/mutation.sh figures meetings
#
# mutmut mutates the named modules of src/tradekg/extract/ (all of them by default) and runs the
# fast extraction tests against each mutant; a mutant that no test notices "survives". The run
# stops after MUTATION_BUDGET seconds (default 3600) and prints the share of mutants killed so far;
# run it again to go on where it stopped (mutmut remembers). Needs `pip install mutmut`.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${MUTATION_BUDGET:-3600}"
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then modules=(figures meetings flows goods projects mentions people); fi
paths=""
for m in "${modules[@]}"; do paths="$paths\"src/tradekg/extract/$m.py\", "; done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r src tests pyproject.toml "$work/"
cat >> "$work/pyproject.toml" <<TOML

[tool.mutmut]
paths_to_mutate = [${paths%, }]
tests_dir = ["tests/test_relations.py", "tests/test_patterns.py", "tests/test_mentions.py", "tests/test_officeholders.py"]
pytest_add_cli_args = ["-x", "-q", "-p", "no:randomly", "-o", "addopts="]
TOML
cd "$work"
timeout "$budget" mutmut run --max-children 2 >/dev/null 2>&1 || true
mutmut results --all true 2>/dev/null > results.txt || true
killed=$(grep -c ": killed" results.txt || true)
survived=$(grep -c ": survived" results.txt || true)
total=$((killed + survived))
echo "modules: ${modules[*]}"
echo "mutants tested: $total, killed: $killed, survived: $survived"
[ "$total" -gt 0 ] && python3 -c "print(f'mutation score: {$killed / $total:.1%}')"
grep ": survived" results.txt | head -40 || true
