#!/usr/bin/env python3
"""Validates the JSON document on stdin against the JSON Schema (draft 7) file given as argument.

Exit 0 when valid; 1 with the first error on stderr when not. Used by FedTUI's tests for SARIF output.
"""
import json
import sys

import jsonschema


def main() -> int:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    document = json.load(sys.stdin)
    errors = sorted(jsonschema.Draft7Validator(schema).iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:1]:
        print(f"{'/'.join(map(str, error.path))}: {error.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
