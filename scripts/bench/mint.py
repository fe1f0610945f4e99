#!/usr/bin/env python3
"""Mints the benchmark inputs into a directory (for `./dev bench` only; never real secrets).

Writes, for a GitLab-shaped issuer at ISSUER:
  rs256.jwt / es256.jwt          one token each (compact JWS, no trailing newline)
  rs256.jwks / es256.jwks        the key set that signed it (3 keys, the signer in the middle)
  rs256.jwk                      the signer's public JWK alone (for `jose jws ver -k`)
  discovery.json                 the OpenID discovery document naming jwks_uri
  big.jwt / big.jwks             a 1,000-claim RS256 token and a 200-key JWKS (dashboard bench)
  now                            a Unix time inside every token's validity window
  rs256.private.jwk              the RS256 signer (test key), for --token

usage: mint.py OUTDIR [ISSUER]
       mint.py --token OUTDIR ISSUER NAME   sign OUTDIR/NAME for ISSUER with the minted signer
"""
import json
import os
import sys
import time

from joserfc import jwt
from joserfc.jwk import ECKey, KeySet, RSAKey

AUD = "sts.amazonaws.com"


def claims(issuer, now, extra=0):
    c = {
        "namespace_id": "72", "namespace_path": "acme", "project_id": "4242",
        "project_path": "acme/deploy", "user_id": "7", "user_login": "ci-bot",
        "user_email": "ci-bot@example.com", "pipeline_id": "918273", "pipeline_source": "push",
        "job_id": "5550123", "ref": "main", "ref_type": "branch", "ref_path": "refs/heads/main",
        "ref_protected": "true", "environment": "production", "environment_protected": "true",
        "runner_id": 12, "runner_environment": "gitlab-hosted", "sha": "0f1e2d3c4b5a69788796a5b4c3d2e1f001122334",
        "jti": "b0c1d2e3-f405-4617-8829-3a4b5c6d7e8f", "iss": issuer, "iat": now - 60, "nbf": now - 65,
        "exp": now + 3600, "sub": "project_path:acme/deploy:ref_type:branch:ref:main", "aud": AUD,
    }
    for i in range(extra):
        c["x_claim_%04d" % i] = "value-%d-%s" % (i, "abcdefghij" * (i % 4))
    return c


def write(outdir, name, text):
    with open(os.path.join(outdir, name), "w") as f:
        f.write(text)


def key_set(signer, others):
    keys = [k.as_dict(private=False) for k in others]
    keys.insert(len(keys) // 2, signer.as_dict(private=False))
    return json.dumps({"keys": keys})


def token(outdir, issuer, name):
    with open(os.path.join(outdir, "rs256.private.jwk")) as f:
        rsa = RSAKey.import_key(json.load(f))
    with open(os.path.join(outdir, "now")) as f:
        now = int(f.read())
    write(outdir, name, jwt.encode({"alg": "RS256", "kid": "rs-signer", "typ": "JWT"}, claims(issuer, now), rsa))


def main():
    if sys.argv[1] == "--token":
        token(*sys.argv[2:5])
        return
    outdir = sys.argv[1]
    issuer = sys.argv[2] if len(sys.argv) > 2 else "https://gitlab.example.com"
    now = int(time.time())
    os.makedirs(outdir, exist_ok=True)
    rsa = RSAKey.generate_key(2048, parameters={"kid": "rs-signer", "use": "sig", "alg": "RS256"})
    ec = ECKey.generate_key("P-256", parameters={"kid": "ec-signer", "use": "sig", "alg": "ES256"})
    rsa_others = [RSAKey.generate_key(2048, parameters={"kid": "rs-%d" % i, "use": "sig", "alg": "RS256"}) for i in range(2)]
    ec_others = [ECKey.generate_key("P-256", parameters={"kid": "ec-%d" % i, "use": "sig", "alg": "ES256"}) for i in range(2)]
    write(outdir, "rs256.jwt", jwt.encode({"alg": "RS256", "kid": "rs-signer", "typ": "JWT"}, claims(issuer, now), rsa))
    write(outdir, "es256.jwt", jwt.encode({"alg": "ES256", "kid": "ec-signer", "typ": "JWT"}, claims(issuer, now), ec))
    write(outdir, "rs256.jwks", key_set(rsa, rsa_others))
    write(outdir, "es256.jwks", key_set(ec, ec_others))
    write(outdir, "rs256.jwk", json.dumps(rsa.as_dict(private=False)))
    write(outdir, "rs256.private.jwk", json.dumps(rsa.as_dict(private=True)))
    # The dashboard's worst case: a 1,000-claim token and a 200-key set (RSA keys are slow to
    # generate, so the 199 others reuse a handful of moduli under distinct kids).
    pool = rsa_others + [RSAKey.generate_key(2048) for _ in range(3)]
    big = []
    for i in range(199):
        d = pool[i % len(pool)].as_dict(private=False)
        d.update({"kid": "k-%03d" % i, "use": "sig", "alg": "RS256"})
        big.append(d)
    big.insert(100, rsa.as_dict(private=False))
    write(outdir, "big.jwks", json.dumps({"keys": big}))
    write(outdir, "big.jwt", jwt.encode({"alg": "RS256", "kid": "rs-signer", "typ": "JWT"}, claims(issuer, now, 974), rsa))
    write(outdir, "discovery.json", json.dumps({
        "issuer": issuer, "jwks_uri": issuer + "/oauth/discovery/keys",
        "authorization_endpoint": issuer + "/oauth/authorize", "token_endpoint": issuer + "/oauth/token",
        "response_types_supported": ["code"], "subject_types_supported": ["public"],
        "id_token_signing_alg_values_supported": ["RS256"], "scopes_supported": ["openid"],
        "claims_supported": ["iss", "sub", "aud", "exp", "iat", "nbf"],
    }))
    write(outdir, "now", str(now))


if __name__ == "__main__":
    main()
