#!/bin/bash
# First start of the MySQL volume only (docker-entrypoint-initdb.d): Penny's schema and user, the
# checkout zone's schema and its own user (no grant on Penny's schema, none of Penny's on its),
# and Keycloak's. The passwords come from the container's environment (.env), never from a file
# in the repository.
set -euo pipefail
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE DATABASE IF NOT EXISTS penny CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS vault CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE DATABASE IF NOT EXISTS keycloak CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'penny'@'%' IDENTIFIED BY '${PENNY_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'penny_vault'@'%' IDENTIFIED BY '${PENNY_VAULT_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'keycloak'@'%' IDENTIFIED BY '${KEYCLOAK_DB_PASSWORD}';
GRANT ALL PRIVILEGES ON penny.* TO 'penny'@'%';
GRANT ALL PRIVILEGES ON vault.* TO 'penny_vault'@'%';
GRANT ALL PRIVILEGES ON keycloak.* TO 'keycloak'@'%';
SQL
