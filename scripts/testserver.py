#!/usr/bin/env python3
"""FedTUI's loopback HTTPS test server: a throwaway CA, configurable routes, a request log.

Used by the Swift tests (Tests/FedCoreTests/Support/TestServer.swift) for the provider probe,
diagnosis, hardening and performance suites. Loopback only (127.0.0.1), port chosen by the OS.

Start:
    python3 scripts/testserver.py [CONFIG]
CONFIG is a path to a JSON file or inline JSON (starting with "{"). Without it, the first line of
stdin is the config (one line of JSON). Once listening, the server prints ONE JSON line on stdout:
    {"port": 43121, "base": "https://127.0.0.1:43121", "ca": "/tmp/x/ca.pem",
     "wrong_ca": "/tmp/x/other-ca.pem", "chain_sha1": ["<leaf>", "<intermediate>"],
     "top_sha1": "<intermediate>", "ca_sha1": "<root>", "http_port": null}
and serves until stdin reaches end of file (or SIGTERM/SIGINT); then it deletes its temp dir.

Certificates (generated at start with `cryptography`, EC P-256): a root CA (`ca`, NOT served), an
intermediate CA, and a leaf for 127.0.0.1 / localhost / ::1 signed by the intermediate. The server
sends leaf + intermediate, so the top certificate of the served chain is the intermediate and
`top_sha1` is what `fedtui thumbprint` must print. `wrong_ca` is an unrelated self-signed CA.
`chain_sha1` are the SHA-1 fingerprints of the served chain (leaf first), 40 lowercase hex.

Stdin commands (one per line, after the config):
    log      -> prints {"requests": [...]} on one stdout line (see "Request log")
    clear    -> empties the log, prints {"ok": true}

Config format:
{
  "routes": {                         # exact path match (query string ignored); else 404
    "/path": {
      "status": 200,                  # default 200, or 302 when "redirect" is set
      "body": "text",                 # inline body (UTF-8); "{base}" / "{http_base}" substituted
      "json": {...},                  # body as JSON (serialized; substitution applies to strings)
      "size": 5000000,                # generated body of this many bytes ("a"), instead of body
      "headers": [["Name", "value"]], # sent in this order (list of pairs; an object also works)
      "redirect": "/other",           # Location header value (relative or absolute; substituted)
      "delay_ms": 0,                  # wait before sending the status line
      "trickle_bps": 0,               # send the body at this many bytes per second (0 = at once)
      "content_length": true,         # false: no Content-Length, body ends when the connection closes
      "drop": false,                  # true: close the connection without any response
      "wait_for": ["/a", "/b"],       # hold the response until these paths have been requested
      "wait_timeout_ms": 5000,        #   ... or this long; the log records whether the wait was met
      "require_header": ["Authorization", "Bearer x"]  # else 401 "bad credentials" (CI token endpoint)
    }
  },
  "plain_http": false                 # true: also listen for plain HTTP ("http_port", "{http_base}")
}
Unless given, Content-Type is application/json for "json" bodies and text/plain otherwise.

Request log entries (in arrival order): {"path", "query", "method", "scheme", "t_start", "t_end",
"status", "bytes_sent", "aborted", "waited"}, and for POST also "body" and "headers" ([[name,
value]]) and, when the route has "sigv4": {"key", "secret", "token"?, "service", "region"},
"sigv4_valid" (the signature recomputed with botocore's SigV4Auth); t_* are time.monotonic() seconds on the server (only
compare them with each other). "waited" is null without "wait_for", else whether it was met.
"aborted" is true when the client went away before the whole body was sent.
"header_ok" is null without "require_header", else whether the request carried it exactly.
"""

import datetime
import hashlib
import ipaddress
import json
import os
import shutil
import signal
import ssl
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


# ---------------------------------------------------------------- certificates

def _name(cn):
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "FedTUI tests"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject, subject_key, issuer, issuer_key, ca, sans=None, path_len=None):
    now = datetime.datetime.now(datetime.timezone.utc)
    builder = (x509.CertificateBuilder()
               .subject_name(_name(subject)).issuer_name(_name(issuer))
               .public_key(subject_key.public_key())
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - datetime.timedelta(hours=1))
               .not_valid_after(now + datetime.timedelta(days=2))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=path_len), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(subject_key.public_key()),
                              critical=False)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   issuer_key.public_key()), critical=False))
    if ca:
        builder = builder.add_extension(x509.KeyUsage(
            digital_signature=True, content_commitment=False, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=True, crl_sign=True,
            encipher_only=False, decipher_only=False), critical=True)
    else:
        builder = (builder
                   .add_extension(x509.SubjectAlternativeName(sans), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]),
                                  critical=False))
    return builder.sign(issuer_key, hashes.SHA256())


def _pem(*certs):
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


def _sha1(cert):
    return hashlib.sha1(cert.public_bytes(serialization.Encoding.DER)).hexdigest()


def make_pki(directory):
    """Writes ca.pem, other-ca.pem, chain.pem (leaf + intermediate), key.pem; returns fingerprints."""
    key = lambda: ec.generate_private_key(ec.SECP256R1())
    root_key, inter_key, leaf_key, other_key = key(), key(), key(), key()
    root = _cert("FedTUI Test Root CA", root_key, "FedTUI Test Root CA", root_key, True)
    inter = _cert("FedTUI Test Intermediate CA", inter_key, "FedTUI Test Root CA", root_key, True,
                  path_len=0)
    sans = [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1")),
            x509.IPAddress(ipaddress.ip_address("::1"))]
    leaf = _cert("127.0.0.1", leaf_key, "FedTUI Test Intermediate CA", inter_key, False, sans)
    other = _cert("Unrelated Test CA", other_key, "Unrelated Test CA", other_key, True)
    files = {"ca": _pem(root), "wrong_ca": _pem(other), "chain": _pem(leaf, inter),
             "key": leaf_key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption())}
    paths = {}
    for name, data in files.items():
        paths[name] = os.path.join(directory, {"wrong_ca": "other-ca"}.get(name, name) + ".pem")
        with open(paths[name], "wb") as f:
            f.write(data)
    return paths, [_sha1(leaf), _sha1(inter)], _sha1(root)


# ---------------------------------------------------------------- server state

class State:
    def __init__(self, config):
        self.routes = config.get("routes", {})
        self.lock = threading.Condition()
        self.log = []
        self.seen = set()
        self.subst = {}

    def substitute(self, value):
        if isinstance(value, str):
            for key, repl in self.subst.items():
                value = value.replace(key, repl)
            return value
        if isinstance(value, list):
            return [self.substitute(v) for v in value]
        if isinstance(value, dict):
            return {k: self.substitute(v) for k, v in value.items()}
        return value

    def record_arrival(self, path):
        with self.lock:
            self.seen.add(path)
            self.lock.notify_all()

    def wait_for(self, paths, timeout):
        deadline = time.monotonic() + timeout
        with self.lock:
            while not set(paths) <= self.seen:
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self.lock.wait(left)
            return True


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "FedTUITestServer/1"

    def log_message(self, *args):  # quiet: tests read the structured log instead
        pass

    def do_GET(self):
        self._serve()

    def do_HEAD(self):
        self._serve(head=True)

    def do_POST(self):
        self._serve()

    def _serve(self, head=False):
        state = self.server.state
        path, _, query = self.path.partition("?")
        entry = {"path": path, "query": query, "method": self.command, "scheme": self.server.scheme,
                 "t_start": time.monotonic(), "t_end": None, "status": None, "bytes_sent": 0,
                 "aborted": False, "waited": None, "header_ok": None}
        route = state.routes.get(path)
        if self.command == "POST":
            record_post(self, entry, route or {})
        with state.lock:
            state.log.append(entry)
        state.record_arrival(path)
        try:
            self._respond(state, route, entry, head)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError, OSError):
            entry["aborted"] = True
            self.close_connection = True
        entry["t_end"] = time.monotonic()

    def _respond(self, state, route, entry, head):
        if route is None:
            route = {"status": 404, "body": "not found"}
        if route.get("drop"):
            self.close_connection = True
            return
        if route.get("require_header"):
            name, value = route["require_header"]
            entry["header_ok"] = self.headers.get_all(name) == [value]
            if not entry["header_ok"]:
                route = {"status": 401, "body": "bad credentials"}
        if route.get("wait_for"):
            entry["waited"] = state.wait_for(route["wait_for"], route.get("wait_timeout_ms", 5000) / 1000)
        if route.get("delay_ms"):
            time.sleep(route["delay_ms"] / 1000)
        body, content_type = self._body(state, route)
        status = route.get("status", 302 if "redirect" in route else 200)
        entry["status"] = status
        self.send_response(status)
        headers = route.get("headers", [])
        if isinstance(headers, dict):
            headers = list(headers.items())
        names = {n.lower() for n, _ in headers}
        for name, value in headers:
            self.send_header(name, state.substitute(value))
        if "redirect" in route:
            self.send_header("Location", state.substitute(route["redirect"]))
        if "content-type" not in names:
            self.send_header("Content-Type", content_type)
        if route.get("content_length", True):
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        if not head:
            self._send_body(body, route.get("trickle_bps", 0), entry)

    def _body(self, state, route):
        if "json" in route:
            return json.dumps(state.substitute(route["json"])).encode(), "application/json"
        if "size" in route:
            return b"a" * int(route["size"]), "text/plain"
        return state.substitute(route.get("body", "")).encode(), "text/plain"

    def _send_body(self, body, rate, entry):
        if not rate:
            self.wfile.write(body)
            entry["bytes_sent"] = len(body)
            return
        chunk = max(1, int(rate) // 10)
        for i in range(0, len(body), chunk):
            self.wfile.write(body[i:i + chunk])
            self.wfile.flush()
            entry["bytes_sent"] += len(body[i:i + chunk])
            time.sleep(len(body[i:i + chunk]) / rate)


def record_post(handler, entry, route):
    """A POST's body and headers go into its log entry (the STS stand-in: tests assert where the
    token travelled). With "sigv4" in the route, the signature is recomputed with botocore."""
    length = int(handler.headers.get("Content-Length") or 0)
    body = handler.rfile.read(length) if length else b""
    entry["body"] = body.decode("utf-8", "replace")
    entry["headers"] = [[n, v] for n, v in handler.headers.items()]
    if "sigv4" in route:
        entry["sigv4_valid"] = sigv4_valid(handler, body, route["sigv4"])
        entry["signed_headers"] = getattr(handler, "signed_headers", [])


def sigv4_valid(handler, body, expected):
    """Whether the request's SigV4 signature is what botocore computes for the same request
    with expected = {"key", "secret", "token"?, "service", "region"} (only the headers the
    client listed in SignedHeaders are given to botocore, as a verifying service does)."""
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    auth = handler.headers.get("Authorization", "")
    if not auth.startswith("AWS4-HMAC-SHA256 "):
        return False
    fields = dict(p.strip().split("=", 1) for p in auth[len("AWS4-HMAC-SHA256 "):].split(","))
    signed = fields.get("SignedHeaders", "").split(";")
    handler.signed_headers = signed
    if expected["key"] not in fields.get("Credential", ""):
        return False
    headers = {n: v for n, v in handler.headers.items() if n.lower() in signed}
    url = "http://%s%s" % (handler.headers.get("Host"), handler.path)
    request = AWSRequest(method=handler.command, url=url, data=body, headers=headers)
    request.context["timestamp"] = handler.headers.get("X-Amz-Date", "")
    signer = SigV4Auth(Credentials(expected["key"], expected["secret"], expected.get("token")),
                       expected["service"], expected["region"])
    canonical = signer.canonical_request(request)
    signature = signer.signature(signer.string_to_sign(request, canonical), request)
    return signature == fields.get("Signature")


class Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    # The probe opens ~9 connections at once (discovery + every alternate key path). With the
    # default listen backlog of 5 a busy accept loop drops SYNs, and the client's retransmit
    # adds a full second to the dropped requests: timings (the 2.6x-delay benchmark) lie.
    request_queue_size = 128

    def __init__(self, state, scheme, tls_context):
        self.state, self.scheme, self.tls_context = state, scheme, tls_context
        super().__init__(("127.0.0.1", 0), Handler)

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the request's own thread: a client that rejects our
        # chain (wrong CA tests) then costs only its own thread.
        if self.tls_context is not None:
            try:
                request = self.tls_context.wrap_socket(request, server_side=True)
            except (ssl.SSLError, OSError):
                return
        super().finish_request(request, client_address)

    def handle_error(self, request, client_address):
        pass


# ---------------------------------------------------------------- main

def read_config():
    if len(sys.argv) > 1:
        arg = sys.argv[1]
        if arg.lstrip().startswith("{"):
            return json.loads(arg)
        with open(arg) as f:
            return json.load(f)
    line = sys.stdin.readline()
    return json.loads(line) if line.strip() else {}


def serve(server):
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return thread


def command_loop(state):
    for line in sys.stdin:
        command = line.strip()
        if command == "log":
            with state.lock:
                out = {"requests": [dict(e) for e in state.log]}
        elif command == "clear":
            with state.lock:
                state.log.clear()
                state.seen.clear()
            out = {"ok": True}
        else:
            out = {"error": "unknown command " + command}
        print(json.dumps(out), flush=True)


def main():
    config = read_config()
    directory = tempfile.mkdtemp(prefix="fedtui-testserver-")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        paths, chain_sha1, ca_sha1 = make_pki(directory)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(paths["chain"], paths["key"])
        state = State(config)
        https = Server(state, "https", context)
        port = https.server_address[1]
        state.subst["{base}"] = "https://127.0.0.1:%d" % port
        http_port = None
        if config.get("plain_http"):
            plain = Server(state, "http", None)
            http_port = plain.server_address[1]
            state.subst["{http_base}"] = "http://127.0.0.1:%d" % http_port
            serve(plain)
        serve(https)
        print(json.dumps({"port": port, "base": state.subst["{base}"], "ca": paths["ca"],
                          "wrong_ca": paths["wrong_ca"], "chain_sha1": chain_sha1,
                          "top_sha1": chain_sha1[-1], "ca_sha1": ca_sha1,
                          "http_port": http_port}), flush=True)
        command_loop(state)
    except KeyboardInterrupt:
        pass
    finally:
        shutil.rmtree(directory, ignore_errors=True)


if __name__ == "__main__":
    main()
