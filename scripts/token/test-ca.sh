#!/usr/bin/env bash
# Creates a throw-away test certification authority with OpenSSL (EC P-256, self-signed, CA:TRUE).
# For tests and demos only: the key sits unprotected in DIR.
#
#   scripts/token/test-ca.sh DIR [SUBJECT]
#
# Writes DIR/ca.key (PKCS#8 PEM), DIR/ca.pem (certificate) and DIR/serial (next serial number).
# Does nothing when DIR/ca.pem already exists.
set -euo pipefail
dir=${1:?usage: test-ca.sh DIR [SUBJECT]}
subject=${2:-/C=RU/O=Enrollment Test PKI/CN=Enrollment Test CA}
mkdir -p "$dir"
if [ -f "$dir/ca.pem" ]; then
  exit 0
fi
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$dir/ca.key" 2>/dev/null
openssl req -new -x509 -key "$dir/ca.key" -subj "$subject" -days 3650 -sha256 \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
  -out "$dir/ca.pem"
echo 1000 > "$dir/serial"
echo "test CA: $dir/ca.pem"
