#!/usr/bin/env bash
# The end-to-end tier of `npm test`: real VS Code (code-server) with the repository and the packaged .vsix, the UI
# check, and Neovim. See test/e2e/README.md.
exec bash test/e2e/run-all.sh "$@"
