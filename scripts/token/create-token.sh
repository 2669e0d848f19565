#!/usr/bin/env bash
# Creates a SoftHSM2 officer token for tests and the demo: initialises a token, generates the
# officer's key pair ON the token (pkcs11-tool; the private key is sensitive and non-extractable),
# issues its certificate from a test CA (OpenSSL, see test-ca.sh) and imports that certificate under
# the same CKA_ID, so that SunPKCS11's KeyStore sees key and certificate as one entry.
#
# SoftHSM2 never touches the system token directory here: everything lives under DIR
# (DIR/softhsm2.conf, DIR/tokens/). Point SOFTHSM2_CONF at DIR/softhsm2.conf to use the token.
#
#   scripts/token/create-token.sh --dir DIR --ca CADIR --label LABEL --pin PIN [options]
#     --so-pin PIN        security officer PIN (default: 87654321)
#     --key ec|rsa        key type (default ec: P-256; rsa: 2048 bit)
#     --id HEX            CKA_ID of key and certificate (default 01)
#     --subject DN        certificate subject (default /C=RU/O=Enrollment Test Bank/CN=LABEL)
#     --days N            certificate validity in days (default 365)
#     --key-usage LIST    keyUsage extension (default critical,digitalSignature,nonRepudiation)
#     --module PATH       PKCS#11 module (default: Debian's libsofthsm2.so)
#
# Prints the certificate path on success. Needs softhsm2, opensc (pkcs11-tool) and openssl.
set -euo pipefail

dir= ca= label= pin= so_pin=87654321 key=ec id=01 subject= days=365
key_usage="critical,digitalSignature,nonRepudiation"
module=
while [ $# -gt 0 ]; do
  case "$1" in
    --dir) dir=$2; shift 2 ;;
    --ca) ca=$2; shift 2 ;;
    --label) label=$2; shift 2 ;;
    --pin) pin=$2; shift 2 ;;
    --so-pin) so_pin=$2; shift 2 ;;
    --key) key=$2; shift 2 ;;
    --id) id=$2; shift 2 ;;
    --subject) subject=$2; shift 2 ;;
    --days) days=$2; shift 2 ;;
    --key-usage) key_usage=$2; shift 2 ;;
    --module) module=$2; shift 2 ;;
    *) echo "create-token.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$dir" ] && [ -n "$ca" ] && [ -n "$label" ] && [ -n "$pin" ] \
  || { echo "create-token.sh: --dir, --ca, --label and --pin are required" >&2; exit 2; }
[ -f "$ca/ca.pem" ] && [ -f "$ca/ca.key" ] \
  || { echo "create-token.sh: no test CA in $ca (run test-ca.sh first)" >&2; exit 2; }
if [ -z "$module" ]; then
  for m in /usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so /usr/lib/softhsm/libsofthsm2.so \
           /usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so /usr/local/lib/softhsm/libsofthsm2.so; do
    [ -f "$m" ] && { module=$m; break; }
  done
fi
[ -n "$module" ] && [ -f "$module" ] \
  || { echo "create-token.sh: libsofthsm2.so not found (apt-get install softhsm2)" >&2; exit 3; }
command -v pkcs11-tool >/dev/null || { echo "create-token.sh: pkcs11-tool not found (apt-get install opensc)" >&2; exit 3; }
command -v softhsm2-util >/dev/null || { echo "create-token.sh: softhsm2-util not found (apt-get install softhsm2)" >&2; exit 3; }
subject=${subject:-/C=RU/O=Enrollment Test Bank/CN=$label}

dir=$(mkdir -p "$dir" && cd "$dir" && pwd)
mkdir -p "$dir/tokens" "$dir/work"
if [ ! -f "$dir/softhsm2.conf" ]; then
  printf 'directories.tokendir = %s/tokens\nobjectstore.backend = file\nlog.level = ERROR\nslots.removable = false\n' \
    "$dir" > "$dir/softhsm2.conf"
fi
export SOFTHSM2_CONF="$dir/softhsm2.conf"
work="$dir/work/$label"
mkdir -p "$work"

softhsm2-util --init-token --free --label "$label" --pin "$pin" --so-pin "$so_pin" >/dev/null
case "$key" in
  ec) keyspec=EC:prime256v1; usage=(--usage-sign --usage-derive) ;;
  rsa) keyspec=rsa:2048; usage=(--usage-sign --usage-decrypt) ;;
  *) echo "create-token.sh: --key must be ec or rsa" >&2; exit 2 ;;
esac
p11() { pkcs11-tool --module "$module" --token-label "$label" "$@"; }
p11 --login --pin "$pin" --keypairgen --key-type "$keyspec" --id "$id" --label "$label" \
  "${usage[@]}" >/dev/null 2>&1
p11 --read-object --type pubkey --id "$id" -o "$work/pub.der" >/dev/null 2>&1
openssl pkey -pubin -inform DER -in "$work/pub.der" -out "$work/pub.pem"

serial=$(cat "$ca/serial")
echo $((serial + 1)) > "$ca/serial"
printf 'basicConstraints = critical, CA:FALSE\nkeyUsage = %s\nsubjectKeyIdentifier = hash\nauthorityKeyIdentifier = keyid\n' \
  "$key_usage" > "$work/cert.ext"
openssl x509 -new -force_pubkey "$work/pub.pem" -subj "$subject" -CA "$ca/ca.pem" -CAkey "$ca/ca.key" \
  -set_serial "$serial" -days "$days" -sha256 -extfile "$work/cert.ext" -out "$work/cert.pem" 2>/dev/null
openssl x509 -in "$work/cert.pem" -outform DER -out "$work/cert.der"
p11 --login --pin "$pin" --write-object "$work/cert.der" --type cert --id "$id" --label "$label" >/dev/null 2>&1
echo "$work/cert.pem"
