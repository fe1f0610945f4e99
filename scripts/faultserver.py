#!/usr/bin/env python3
"""FedTUI's hostile loopback server: raw-socket network faults for the hardening tests.

Used by Tests/FedCoreTests/Hardening (NetworkFaultTests) and the `fedtui check` fault tests.
Loopback only (127.0.0.1), ports chosen by the OS. Unlike scripts/testserver.py (well-behaved
routes), every response here is written byte by byte on the raw socket, so it can reset a
connection mid-body, trickle, lie about lengths, or send bytes no HTTP library would.

Start:  python3 scripts/faultserver.py
Once listening it prints ONE JSON line on stdout:
    {"base": "https://127.0.0.1:P", "wrong_host_base": "...", "expired_base": "...",
     "not_tls_base": "https://127.0.0.1:Q", "refused_base": "https://127.0.0.1:R", "ca": "/tmp/.../ca.pem"}
and serves until stdin reaches end of file (or SIGTERM); then it deletes its temp dir.
Stdin command: `log` -> one line {"requests": [{"listener", "path", "headers": {lower-name: value}}]}.

Listeners:
    base             TLS, leaf for 127.0.0.1/localhost signed by `ca`
    wrong_host_base  TLS, leaf for wrong-host.invalid only (signed by `ca`)
    expired_base     TLS, leaf for 127.0.0.1 that expired yesterday (signed by `ca`)
    escapes_cert_base  TLS, a valid leaf for 127.0.0.1 whose subject CN carries terminal escapes
    not_tls_base     plain TCP that answers a TLS ClientHello with garbage (handshake failure)
    refused_base     a port that was bound and closed again: connection refused

Paths (on the TLS listeners):
    /ok/.well-known/openid-configuration   valid discovery: issuer <base>/ok, jwks_uri <base>/ok/jwks
    /ok/jwks                               {"keys": []}
    /d/<fault>/.well-known/openid-configuration   the fault, at the discovery stage
    /j/<fault>/.well-known/openid-configuration   valid discovery whose jwks_uri is <base>/f/<fault>
    /f/<fault>                             the fault, at the JWKS stage
Faults:
    reset          Content-Length 1000000, 8 KiB of body, then a TCP reset (SO_LINGER 0)
    stall          reads the request and never answers
    trickle        200, Content-Length 4096, one byte per second
    redirect-loop  302 to itself, forever
    redirect-chain 302 to /…/redirect-chain/<n+1>: distinct URLs, forever
    huge           200, Content-Length 104857600, 100 MiB of JSON-ish bytes as fast as possible
    huge-chunked   the same without Content-Length (body ends when the connection closes)
    gzip-bomb      200, Content-Encoding: gzip, ~250 KiB that inflate to 256 MiB, sent whatever
                   the request's Accept-Encoding says (the log shows whether it asked)
    invalid-utf8   200, JSON with invalid UTF-8 in its strings
    nesting-bomb   200, 400,000 '[' (a JSON nesting bomb under the size cap)
    not-json       200, an HTML page
    http-500       500 with a short body
    drop           closes the connection right after the request, without a response
    escapes        404 whose reason phrase, headers and body carry terminal escape sequences
    escapes-json   200, discovery/JWKS JSON whose strings carry terminal escape sequences
"""

import datetime
import ipaddress
import json
import os
import shutil
import signal
import socket
import ssl
import struct
import sys
import tempfile
import threading
import time
import zlib

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

ESCAPES = "\x1b]52;c;SEVMTE8=\x07\x1b[2J\x1b]0;pwned\x07\x9b31m\u202eevil"


def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(cn, key, issuer_cn, issuer_key, ca, sans=(), days=(-1, 2)):
    now = datetime.datetime.now(datetime.timezone.utc)
    b = (x509.CertificateBuilder().subject_name(_name(cn)).issuer_name(_name(issuer_cn))
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now + datetime.timedelta(days=days[0]))
         .not_valid_after(now + datetime.timedelta(days=days[1]))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if sans:
        b = b.add_extension(x509.SubjectAlternativeName(list(sans)), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def make_contexts(directory):
    key = lambda: ec.generate_private_key(ec.SECP256R1())
    root_key = key()
    root = _cert("FedTUI Fault CA", root_key, "FedTUI Fault CA", root_key, True, days=(-1, 30))
    ip = [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
    leaves = {
        "good": _cert("127.0.0.1", (k1 := key()), "FedTUI Fault CA", root_key, False, ip),
        "wrong_host": _cert("wrong-host.invalid", (k2 := key()), "FedTUI Fault CA", root_key, False,
                            [x509.DNSName("wrong-host.invalid")]),
        "expired": _cert("127.0.0.1", (k3 := key()), "FedTUI Fault CA", root_key, False, ip,
                         days=(-10, -1)),
        # A valid leaf whose subject carries terminal escapes (thumbprint prints subjects).
        "escapes_cert": _cert(ESCAPES, (k4 := key()), "FedTUI Fault CA", root_key, False, ip),
    }
    keys = {"good": k1, "wrong_host": k2, "expired": k3, "escapes_cert": k4}
    ca_path = os.path.join(directory, "ca.pem")
    with open(ca_path, "wb") as f:
        f.write(root.public_bytes(serialization.Encoding.PEM))
    contexts = {}
    for name, cert in leaves.items():
        chain, kpath = os.path.join(directory, name + ".pem"), os.path.join(directory, name + ".key")
        with open(chain, "wb") as f:
            f.write(cert.public_bytes(serialization.Encoding.PEM))
        with open(kpath, "wb") as f:
            f.write(keys[name].private_bytes(serialization.Encoding.PEM,
                                             serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(chain, kpath)
        contexts[name] = ctx
    return ca_path, contexts


class Faults:
    def __init__(self):
        self.log = []
        self.lock = threading.Lock()
        self._bomb = None

    def bomb(self):
        """A gzip body of ~260 KB that inflates to 256 MiB of "0", built in milliseconds: deflate
        output after a full flush does not depend on earlier data, so one compressed 1 MiB block
        is repeated, then the gzip trailer (CRC-32 and length of the inflated data) is added."""
        with self.lock:
            if self._bomb is None:
                block = b"0" * (1 << 20)
                z = zlib.compressobj(9, zlib.DEFLATED, -15)
                piece = z.compress(block) + z.flush(zlib.Z_FULL_FLUSH)
                last = z.compress(block) + z.flush(zlib.Z_FINISH)
                crc = 0
                for _ in range(256):
                    crc = zlib.crc32(block, crc)
                header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
                trailer = struct.pack("<II", crc, (256 << 20) & 0xFFFFFFFF)
                self._bomb = header + piece * 255 + last + trailer
            return self._bomb


def read_request(conn):
    data = b""
    while b"\r\n\r\n" not in data and len(data) < 65536:
        chunk = conn.recv(4096)
        if not chunk:
            return None
        data += chunk
    head = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    parts = head[0].split(" ")
    headers = {}
    for line in head[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return (parts[1] if len(parts) > 1 else "/"), headers


def respond(conn, status, body=b"", headers=(), reason="OK", length=True):
    lines = ["HTTP/1.1 %d %s" % (status, reason)]
    lines += ["%s: %s" % h for h in headers]
    if length:
        lines.append("Content-Length: %d" % len(body))
    lines.append("Connection: close")
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("utf-8") + body)


def fault(conn, name, path, base, faults):
    if name == "reset":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 1000000\r\n\r\n" + b'{"keys": [' + b" " * 8192)
        time.sleep(0.2)
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
        conn.close()  # no close_notify: the linger-0 close is a bare TCP reset
        return
    if name == "stall":
        while conn.recv(1):
            pass
        return
    if name == "trickle":
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 4096\r\n\r\n")
        for _ in range(4096):
            conn.sendall(b" ")
            time.sleep(1)
        return
    if name == "redirect-loop":
        return respond(conn, 302, b"", [("Location", base + path)], "Found")
    if name == "redirect-chain":  # /f/redirect-chain/<n> -> /f/redirect-chain/<n+1>: never a repeat
        prefix, _, n = path.rpartition("/")
        following = int(n) + 1 if n.isdigit() else 1
        target = (path if not n.isdigit() else prefix) + "/%d" % following
        return respond(conn, 302, b"", [("Location", base + target)], "Found")
    if name in ("huge", "huge-chunked"):
        total = 100 << 20
        head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        head += b"Content-Length: %d\r\n" % total if name == "huge" else b"Connection: close\r\n"
        conn.sendall(head + b"\r\n" + b'{"keys": [')
        chunk = b" " * 65536
        for _ in range(total // len(chunk)):
            conn.sendall(chunk)
        return
    if name == "gzip-bomb":
        return respond(conn, 200, faults.bomb(), [("Content-Type", "application/json"),
                                                  ("Content-Encoding", "gzip")])
    if name == "invalid-utf8":
        return respond(conn, 200, b'{"issuer": "\xff\xfe\xc3\x28", "jwks_uri": "\xed\xa0\x80", "keys": ["\xc0\xaf"]}',
                       [("Content-Type", "application/json")])
    if name == "nesting-bomb":
        return respond(conn, 200, b"[" * 400_000, [("Content-Type", "application/json")])
    if name == "not-json":
        return respond(conn, 200, b"<html><body>Sign in</body></html>", [("Content-Type", "text/html")])
    if name == "http-500":
        return respond(conn, 500, b"internal error", [("Content-Type", "text/plain")], "Internal Server Error")
    if name == "drop":
        return
    if name == "escapes":
        header_safe = ESCAPES.replace("\u202e", "").replace("\x9b", "")
        return respond(conn, 404, ("not found " + ESCAPES).encode("utf-8"),
                       [("Content-Type", "text/plain; " + header_safe), ("X-Note", header_safe)],
                       "Not Found " + ESCAPES.replace("\u202e", "").replace("\x9b", ""))
    if name == "escapes-json":
        doc = {"issuer": "https://127.0.0.1/" + ESCAPES, "jwks_uri": base + "/ok/jwks",
               "keys": [{"kty": "RSA", "kid": ESCAPES, "n": "AQAB", "e": "AQAB"}]}
        return respond(conn, 200, json.dumps(doc).encode("utf-8"), [("Content-Type", "application/json")])
    return respond(conn, 404, b"unknown fault " + name.encode("utf-8", "replace"), reason="Not Found")


def discovery(issuer, jwks_uri):
    return json.dumps({"issuer": issuer, "jwks_uri": jwks_uri,
                       "response_types_supported": ["id_token"],
                       "subject_types_supported": ["public"],
                       "id_token_signing_alg_values_supported": ["RS256"]}).encode()


def handle(conn, listener, base, faults):
    try:
        request = read_request(conn)
        if request is None:
            return
        path, headers = request
        with faults.lock:
            faults.log.append({"listener": listener, "path": path, "headers": headers})
        parts = path.split("?")[0].split("/")
        json_type = [("Content-Type", "application/json")]
        if path == "/ok/.well-known/openid-configuration":
            respond(conn, 200, discovery(base + "/ok", base + "/ok/jwks"), json_type)
        elif path == "/ok/jwks":
            respond(conn, 200, b'{"keys": []}', json_type)
        elif len(parts) >= 3 and parts[1] == "d":
            fault(conn, parts[2], path, base, faults)
        elif len(parts) >= 3 and parts[1] == "j":
            respond(conn, 200, discovery(base + "/j/" + parts[2], base + "/f/" + parts[2]), json_type)
        elif len(parts) >= 3 and parts[1] == "f":
            fault(conn, parts[2], path, base, faults)
        else:
            respond(conn, 404, b"not found", reason="Not Found")
    except (OSError, ssl.SSLError):
        pass
    finally:
        try:
            conn.close()
        except OSError:
            pass


def listen(name, context, faults, ready):
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    base = "https://127.0.0.1:%d" % sock.getsockname()[1]
    ready[name] = base

    def accept_loop():
        while True:
            raw, _ = sock.accept()
            threading.Thread(target=serve_one, args=(raw,), daemon=True).start()

    def serve_one(raw):
        if context is None:  # not_tls: answer the ClientHello with garbage
            try:
                raw.recv(4096)
                raw.sendall(b"SSH-2.0-OpenSSH_9.6 definitely not TLS\r\n" * 4)
            except OSError:
                pass
            raw.close()
            return
        try:
            conn = context.wrap_socket(raw, server_side=True)
        except (ssl.SSLError, OSError):
            raw.close()
            return
        handle(conn, name, base, faults)

    threading.Thread(target=accept_loop, daemon=True).start()


def refused_port():
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return "https://127.0.0.1:%d" % port


def main():
    directory = tempfile.mkdtemp(prefix="fedtui-faultserver-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        ca, contexts = make_contexts(directory)
        faults, ready = Faults(), {}
        listen("base", contexts["good"], faults, ready)
        listen("wrong_host_base", contexts["wrong_host"], faults, ready)
        listen("expired_base", contexts["expired"], faults, ready)
        listen("escapes_cert_base", contexts["escapes_cert"], faults, ready)
        listen("not_tls_base", None, faults, ready)
        ready["refused_base"] = refused_port()
        ready["ca"] = ca
        print(json.dumps(ready), flush=True)
        for line in sys.stdin:
            if line.strip() == "log":
                with faults.lock:
                    print(json.dumps({"requests": list(faults.log)}), flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
