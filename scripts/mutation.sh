#!/usr/bin/env bash
# Mutation testing of the extraction code with mutmut (not part of CI's default run).
#
#   scripts/mutation.sh [MODULE ...]     e.g. scripts/mutation.sh figures meetings
#
# mutmut mutates the named modules of src/tradekg/extract/ (all of them by default) and runs the
# fast extraction tests against each mutant; a mutant that no test notices "survives". The run
# stops after MUTATION_BUDGET seconds (default 3600) and prints the share of mutants killed so far,
# by module; run it again to go on where it stopped (mutmut keeps its results in MUTATION_DIR,
# default /tmp/tradekg-mutation). Needs mutmut 3 (`pip install -e ".[mutation]"`). About 1.8 mutants a second
# on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
budget="${MUTATION_BUDGET:-3600}"
work="${MUTATION_DIR:-/tmp/tradekg-mutation}"
modules=("$@")
if [ ${#modules[@]} -eq 0 ]; then
  modules=(figures meetings context mentions agreements projects goods flows flows_surface people officeholders text syntax)
fi
only=""
for m in "${modules[@]}"; do only="$only\"src/tradekg/extract/$m.py\", "; done
mkdir -p "$work"
# mutmut keeps its copy of the package in mutants/ and does not refresh data files: results of an
# earlier run are kept only while the code and tests are the same
digest=$(cat $(find src tests -type f ! -path '*/__pycache__/*' | sort) | sha256sum | cut -c1-16)
if [ "$(cat "$work/source-digest" 2>/dev/null)" != "$digest" ]; then rm -rf "$work/mutants"; fi
echo "$digest" > "$work/source-digest"
# a fresh copy of the code and tests; mutmut's own results (mutants/) survive between runs
rm -rf "$work/src" "$work/tests" "$work/scripts" && cp -r src tests scripts "$work/" && cp pyproject.toml "$work/"
# mutmut puts mutants/src first on sys.path; the whole package must be there (only_mutate picks the
# files), or the editable install's copy is imported and no mutant is ever exercised
cat >> "$work/pyproject.toml" <<TOML

[tool.mutmut]
source_paths = ["src"]
also_copy = ["scripts"]
only_mutate = [${only%, }]
pytest_add_cli_args_test_selection = ["tests/test_relations.py", "tests/test_patterns.py", "tests/test_mentions.py",
                                      "tests/test_figures.py", "tests/test_meetings.py", "tests/test_context.py",
                                      "tests/test_officeholders.py", "tests/test_syntax.py", "tests/test_text.py",
                                      "tests/test_projects.py", "tests/test_goods.py", "tests/test_flows.py",
                                      "tests/test_people.py"]
pytest_add_cli_args = ["-x", "-q", "-p", "no:randomly", "-o", "addopts="]
TOML
cd "$work"
# MUTANT_NAMES (globs of mutant names) restricts a run to some functions, e.g.
# MUTANT_NAMES='tradekg.extract.flows.*dependence_frame__mutmut_*' scripts/mutation.sh flows
# shellcheck disable=SC2086
timeout "$budget" mutmut run --max-children 2 ${MUTANT_NAMES:-} >mutmut.log 2>&1 || true
mutmut results --all true 2>/dev/null > results.txt || true
echo "modules: ${modules[*]}"
for m in "${modules[@]}"; do
  k=$(grep "tradekg.extract.$m\." results.txt | grep -c ": killed$" || true)
  s=$(grep "tradekg.extract.$m\." results.txt | grep -c ": survived$" || true)
  [ $((k + s)) -gt 0 ] && python3 -c "print(f'  {\"$m\":14} {$k:5} killed of {$k + $s:5}: {$k / ($k + $s):.1%}')"
done
killed=$(grep -c ": killed$" results.txt || true)
survived=$(grep -c ": survived$" results.txt || true)
total=$((killed + survived))
echo "mutants tested: $total, killed: $killed, survived: $survived"
if [ "$total" -eq 0 ]; then echo "no mutant tested; mutmut said:"; tail -5 mutmut.log; exit 1; fi
if [ "$total" -gt 0 ]; then python3 -c "print(f'mutation score: {$killed / $total:.1%}')"; fi
echo "survivors: cd $work && mutmut show NAME   (names: grep survived $work/results.txt)"
