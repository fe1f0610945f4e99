#!/usr/bin/env python3
"""The Python peer of `fedtui check` offline (benchmark only): reads the token, the discovery
document and the JWKS from files, verifies the signature with joserfc and checks iss, aud and
the time claims. Exit 0 when valid, 1 otherwise.

usage: verify_joserfc.py TOKEN_FILE DISCOVERY_FILE JWKS_FILE AUDIENCE NOW
"""
import json
import sys

from joserfc import jwt
from joserfc.jwk import KeySet


def main():
    token_file, discovery_file, jwks_file, audience, now = sys.argv[1:6]
    with open(token_file) as f:
        token = f.read().strip()
    with open(discovery_file) as f:
        discovery = json.load(f)
    with open(jwks_file) as f:
        keys = KeySet.import_key_set(json.load(f))
    decoded = jwt.decode(token, keys, algorithms=["RS256", "ES256"])
    c = decoded.claims
    ok = c.get("iss") == discovery["issuer"]
    aud = c.get("aud")
    ok = ok and (aud == audience or (isinstance(aud, list) and audience in aud))
    t = int(now)
    ok = ok and isinstance(c.get("exp"), int) and c["exp"] > t and c.get("nbf", t) <= t
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
