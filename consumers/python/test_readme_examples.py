"""The Python examples of the wheel's README (the PyPI page), run as pasted.

jsii-rosetta translates the README's TypeScript examples into Python when the wheel is built.
Each example is a complete app: written to app.py in a fresh directory and run with this venv's
Python, it must exit 0 and synthesize its user pool client with no error and no warning, with
free-form JSON (branding settings, a secret's keys) keeping its keys as the README wrote them.
Run by scripts/test-consumers.sh in the venv that has the wheel installed.
"""

import json
import os
import re
import subprocess
import sys
from importlib.metadata import metadata
from pathlib import Path

import pytest

DISTRIBUTION = "cdk-cognito-user-pool-client"


def readme() -> str:
    """The README as PyPI shows it: the long description in the installed wheel's METADATA."""
    meta = metadata(DISTRIBUTION)
    return meta.get("Description") or meta.get_payload()


EXAMPLES = re.findall(r"^```python\n(.*?)^```$", readme(), flags=re.M | re.S)


def test_the_page_has_python_examples():
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("example", EXAMPLES, ids=[f"example{i}" for i in range(len(EXAMPLES))])
def test_example_runs_as_pasted(example, tmp_path: Path):
    (tmp_path / "app.py").write_text(example)
    outdir = tmp_path / "cdk.out"
    run = subprocess.run(
        [sys.executable, "app.py"],
        cwd=tmp_path,
        env={**os.environ, "CDK_OUTDIR": str(outdir)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr

    manifest = json.loads((outdir / "manifest.json").read_text())
    stacks = [a for a in manifest["artifacts"].values() if a["type"] == "aws:cloudformation:stack"]
    resources = [
        resource
        for stack in stacks
        for resource in json.loads((outdir / stack["properties"]["templateFile"]).read_text())["Resources"].values()
    ]
    assert [r["Type"] for r in resources].count("AWS::Cognito::UserPoolClient") == 1
    findings = [
        entry["data"]
        for stack in stacks
        for entries in stack.get("metadata", {}).values()
        for entry in entries
        if entry["type"] in ("aws:cdk:warning", "aws:cdk:error")
    ]
    assert findings == []
    for resource in resources:
        if resource["Type"] == "AWS::Cognito::ManagedLoginBranding" and "Settings" in resource["Properties"]:
            assert snake_case_keys(resource["Properties"]["Settings"]) == []
        if resource["Type"] == "AWS::SecretsManager::Secret" and "SecretString" in resource["Properties"]:
            secret = json.dumps(resource["Properties"]["SecretString"])
            assert "client_id" not in secret and "client_secret" not in secret, secret


def snake_case_keys(value):
    """The keys with an underscore in a JSON document: Cognito's settings keys are camelCase."""
    if isinstance(value, dict):
        return [k for k in value if "_" in k] + [k for v in value.values() for k in snake_case_keys(v)]
    if isinstance(value, list):
        return [k for v in value for k in snake_case_keys(v)]
    return []
