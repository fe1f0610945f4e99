#!/usr/bin/env python3
"""Writes FedTUI's audit benchmark corpus: ACCOUNTS account files of ROLES roles each.

audit_corpus.py DIR [ACCOUNTS [ROLES]]: DIR/details-N.json (aws iam get-account-authorization-details
shape, trust policies as JSON objects) and DIR/providers-N.json. Deterministic: roles cycle through
clean, name-based, no-sub, second-value-wildcard and non-OIDC trust policies.
"""
import json
import os
import sys

GH = "token.actions.githubusercontent.com"


def trust(account, i):
    kind = i % 5
    if kind == 4:
        return {"Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}
    cond = {"StringEquals": {GH + ":aud": "sts.amazonaws.com"}}
    if kind == 0:
        cond["StringEquals"][GH + ":sub"] = "repo:org%d@%d/app%d@%d:environment:prod" % (i, i, i, i + 1)
    elif kind == 1:
        cond["StringEquals"][GH + ":sub"] = "repo:org%d/app%d:ref:refs/heads/main" % (i, i)
    elif kind == 3:
        cond["StringLike"] = {GH + ":sub": ["repo:org%d/app%d:ref:refs/heads/main" % (i, i), "repo:org%d/*" % i]}
    return {"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::%s:oidc-provider/%s" % (account, GH)},
        "Action": "sts:AssumeRoleWithWebIdentity", "Condition": cond}]}


def main():
    out = sys.argv[1]
    accounts = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    roles = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    os.makedirs(out, exist_ok=True)
    for a in range(accounts):
        account = "%012d" % (100000000000 + a)
        details = {"UserDetailList": [], "GroupDetailList": [], "Policies": [], "RoleDetailList": [{
            "Path": "/", "RoleName": "role-%d" % i, "RoleId": "AROA%016d" % i,
            "Arn": "arn:aws:iam::%s:role/role-%d" % (account, i), "CreateDate": "2026-01-01T00:00:00+00:00",
            "AssumeRolePolicyDocument": trust(account, i), "InstanceProfileList": [], "RolePolicyList": [],
            "AttachedManagedPolicies": [], "Tags": []} for i in range(roles)]}
        with open(os.path.join(out, "details-%d.json" % a), "w") as f:
            json.dump(details, f, indent=4)
        providers = {"OpenIDConnectProviderList": [{
            "Arn": "arn:aws:iam::%s:oidc-provider/%s" % (account, GH), "Url": GH,
            "ClientIDList": ["sts.amazonaws.com"], "ThumbprintList": ["6938fd4d98bab03faadb97b34396831e3780aea1"]}]}
        with open(os.path.join(out, "providers-%d.json" % a), "w") as f:
            json.dump(providers, f)


if __name__ == "__main__":
    main()
