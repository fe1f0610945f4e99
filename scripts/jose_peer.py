#!/usr/bin/env python3
"""Independent JOSE peer for FedTUI's signature tests (joserfc + cryptography).

Mints one token per JWS algorithm (RS/PS/ES 256/384/512, EdDSA), each with a fresh key,
and prints one JSON object to stdout: {"jwks": {...}, "tokens": [...]}. Each key's `kid` is its
RFC 7638 thumbprint as joserfc computes it. Nothing is written to disk. Extra cases:
  - "no-kid": an RS256 token without a `kid` header.
  - "header-jwk": a token signed by a stranger's key that names a set key's `kid` and
    carries the stranger's public key in a `jwk` header (a verifier must ignore it).
  - "ps256-max-salt": a PS256 token signed directly with `cryptography` using the maximum PSS
    salt length instead of the digest length RFC 7518 §3.5 requires.
"""
import base64
import json
import sys
import time
import warnings

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from joserfc import jwt
from joserfc.jwk import ECKey, OKPKey, RSAKey

ALL_ALGS = ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"]


def fresh_key(alg):
    if alg in ("RS384", "PS384"):
        return RSAKey.generate_key(3072)
    if alg[:2] in ("RS", "PS"):
        return RSAKey.generate_key(2048)
    if alg == "ES256":
        return ECKey.generate_key("P-256")
    if alg == "ES384":
        return ECKey.generate_key("P-384")
    if alg == "ES512":
        return ECKey.generate_key("P-521")
    return OKPKey.generate_key("Ed25519")


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def max_salt_pss_token(key, kid, claims):
    header = b64url(json.dumps({"alg": "PS256", "kid": kid}).encode())
    payload = b64url(json.dumps(claims).encode())
    pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=padding.PSS.MAX_LENGTH)
    signature = key.private_key.sign(f"{header}.{payload}".encode(), pss, hashes.SHA256())
    return f"{header}.{payload}.{b64url(signature)}"


def main():
    # joserfc warns that RFC 9864 deprecates the name EdDSA; the peer mints it on purpose.
    warnings.simplefilter("ignore")
    now = int(time.time())
    claims = {"iss": "https://peer.example", "sub": "repo:octo/peer:ref:refs/heads/main", "aud": "sts.amazonaws.com",
              "iat": now, "exp": now + 600}
    keys, tokens = [], []
    for alg in ALL_ALGS:
        key = fresh_key(alg)
        kid = key.thumbprint()
        public = dict(key.as_dict(private=False), kid=kid, use="sig", alg=alg)
        keys.append(public)
        token = jwt.encode({"alg": alg, "kid": kid}, claims, key, algorithms=ALL_ALGS)
        tokens.append({"case": alg, "alg": alg, "kid": kid, "token": token})
        if alg == "RS256":
            plain = jwt.encode({"alg": alg}, claims, key, algorithms=ALL_ALGS)
            tokens.append({"case": "no-kid", "alg": alg, "kid": kid, "token": plain})
            stranger = RSAKey.generate_key(2048)
            header = {"alg": alg, "kid": kid, "jwk": stranger.as_dict(private=False)}
            forged = jwt.encode(header, claims, stranger, algorithms=ALL_ALGS)
            tokens.append({"case": "header-jwk", "alg": alg, "kid": kid, "token": forged})
        if alg == "PS256":
            salted = max_salt_pss_token(key, kid, claims)
            tokens.append({"case": "ps256-max-salt", "alg": alg, "kid": kid, "token": salted})
    json.dump({"jwks": {"keys": keys}, "tokens": tokens}, sys.stdout)


if __name__ == "__main__":
    main()
