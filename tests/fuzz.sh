#!/usr/bin/env bash
# A longer search than CI's for inputs that crash the generator or make it emit code that does not compile: random
# mutations of the corpus (tests/Perceptron.Gen.Tests/Corpus) with a new seed each run. A failure prints the seed and the
# mutant's index; replay it with PGEN_FUZZ_SEED=<seed> PGEN_FUZZ_FIRST=<index> PGEN_FUZZ_MUTANTS=1 and the same command.
#
#   tests/fuzz.sh            # 200 000 mutants, a random seed
#   tests/fuzz.sh 50000 42   # 50 000 mutants from seed 42
set -euo pipefail
cd "$(dirname "$0")/.."

export PGEN_FUZZ_MUTANTS="${1:-200000}"
export PGEN_FUZZ_SEED="${2:-random}"

dotnet test tests/Perceptron.Gen.Tests --filter "FullyQualifiedName~Robustness.MutationTests" --logger "console;verbosity=detailed"
