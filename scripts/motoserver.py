#!/usr/bin/env python3
"""A real moto IAM server on loopback for FedTUI's `check --role-arn` tests.

Start:  python3 scripts/motoserver.py            (the config is the first line of stdin, JSON)
Config: {"providers": [{"url", "client_ids", "thumbprints"}],
         "roles": [{"name", "path"?, "policy": {...} or "text", "max_session_duration"?}]}
It starts moto's server on 127.0.0.1 with a port chosen by the OS, creates two IAM users (one
allowed iam:Get*/iam:List*, one allowed nothing) with access keys, the providers and the roles,
then switches moto's request authentication on (every later request must carry a valid SigV4
signature of one of those keys, checked by moto with botocore) and prints ONE JSON line:
    {"port": 43121, "endpoint": "http://127.0.0.1:43121",
     "reader": {"key", "secret"}, "denied": {"key", "secret"}}
It serves until stdin reaches end of file (or SIGTERM), then stops the server.
"""

import json
import signal
import sys


def main():
    config = json.loads(sys.stdin.readline() or "{}")
    import boto3
    from moto import settings
    from moto.moto_server.threaded_moto_server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = "http://127.0.0.1:%d" % port
    iam = boto3.client("iam", endpoint_url=endpoint, region_name="us-east-1",
                       aws_access_key_id="AKIASETUPSETUPSETUP0", aws_secret_access_key="setup")
    users = {}
    for name, actions in (("reader", ["iam:Get*", "iam:List*"]), ("denied", ["s3:GetObject"])):
        iam.create_user(UserName=name)
        iam.put_user_policy(UserName=name, PolicyName="fedtui", PolicyDocument=json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": actions, "Resource": "*"}]}))
        key = iam.create_access_key(UserName=name)["AccessKey"]
        users[name] = {"key": key["AccessKeyId"], "secret": key["SecretAccessKey"]}
    for p in config.get("providers", []):
        iam.create_open_id_connect_provider(Url=p["url"], ClientIDList=p.get("client_ids", []),
                                            ThumbprintList=p.get("thumbprints", []))
    for r in config.get("roles", []):
        policy = r["policy"] if isinstance(r["policy"], str) else json.dumps(r["policy"])
        iam.create_role(RoleName=r["name"], Path=r.get("path", "/"), AssumeRolePolicyDocument=policy,
                        MaxSessionDuration=r.get("max_session_duration", 3600))
    # From here on every request is authenticated (signature verified) by moto.
    settings.INITIAL_NO_AUTH_ACTION_COUNT = 0
    print(json.dumps({"port": port, "endpoint": endpoint, **users}), flush=True)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    try:
        sys.stdin.read()
    finally:
        server.stop()


if __name__ == "__main__":
    main()
