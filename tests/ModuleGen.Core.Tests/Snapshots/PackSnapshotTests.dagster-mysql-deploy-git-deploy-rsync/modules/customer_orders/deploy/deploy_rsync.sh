#!/bin/sh
# Deploys customer_orders by copying this folder to localhost with rsync, then installing it into
# the virtual environment there. Settings come from deploy/rsync.yaml; each can be overridden
# from the environment (DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH).
set -eu

default_host='localhost'
default_user='dagster'
default_path='/opt/dagster/customer_orders'

host="${DEPLOY_HOST:-$default_host}"
user="${DEPLOY_USER:-$default_user}"
path="${DEPLOY_PATH:-$default_path}"
source_dir="$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)"

echo "Deploying customer_orders to $user@$host:$path"
rsync -az --delete \
    --exclude .git/ --exclude .venv/ --exclude __pycache__/ --exclude .env \
    "$source_dir/" "$user@$host:$path/"
ssh "$user@$host" sh -s -- "$path" <<'REMOTE'
set -eu
cd "$1"
if [ ! -d .venv ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install --quiet .
REMOTE
echo "Deployed customer_orders."
