#!/bin/sh
# Deploys customer_orders by checking out main of its repository on localhost, then
# installing it into the virtual environment there. Settings come from deploy/git.yaml;
# each can be overridden from the environment (DEPLOY_HOST, DEPLOY_USER, DEPLOY_PATH,
# DEPLOY_REPOSITORY, DEPLOY_BRANCH).
set -eu

default_host='localhost'
default_user='dagster'
default_path='/opt/dagster/customer_orders'
default_repository='git@example.com:data/customer-orders.git'
default_branch='main'

host="${DEPLOY_HOST:-$default_host}"
user="${DEPLOY_USER:-$default_user}"
path="${DEPLOY_PATH:-$default_path}"
repository="${DEPLOY_REPOSITORY:-$default_repository}"
branch="${DEPLOY_BRANCH:-$default_branch}"

echo "Deploying customer_orders ($branch) to $user@$host:$path"
ssh "$user@$host" sh -s -- "$path" "$repository" "$branch" <<'REMOTE'
set -eu
path="$1"
repository="$2"
branch="$3"
if [ ! -d "$path/.git" ]; then
    git clone --branch "$branch" "$repository" "$path"
fi
cd "$path"
git fetch --prune origin
git checkout --force "origin/$branch"
if [ ! -d .venv ]; then
    python3 -m venv .venv
fi
.venv/bin/pip install --quiet .
REMOTE
echo "Deployed customer_orders."
