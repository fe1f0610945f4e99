#!/usr/bin/env python3
"""Lints every trust policy of FedTUI's audit corpus with parliament (PyPI) in one process.

audit_parliament.py DIR: prints "seconds=<wall time> policies=<n> findings=<n>" for the lint loop
(the JSON reading is timed too, as fedtui's figure includes it). Exit 1 when parliament is missing.
"""
import glob
import json
import os
import sys
import time


def main():
    try:
        import parliament
    except ImportError:
        print("parliament is not installed", file=sys.stderr)
        return 1
    start = time.monotonic()
    policies = findings = 0
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "details-*.json"))):
        with open(path) as f:
            details = json.load(f)
        for role in details["RoleDetailList"]:
            policy = parliament.analyze_policy_string(json.dumps(role["AssumeRolePolicyDocument"]))
            policies += 1
            findings += len(policy.findings)
    print("seconds=%.3f policies=%d findings=%d" % (time.monotonic() - start, policies, findings))
    return 0


if __name__ == "__main__":
    sys.exit(main())
