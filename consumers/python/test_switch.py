"""The import-only switch in Python.

app_aws_cdk_lib.py is an app written for aws-cdk-lib's UserPoolClient; app_switched.py is the
same file with the import of UserPoolClient changed, and nothing else. Both run as apps
(python app.py, as `cdk synth` runs them), and ../check-switch.js compares their templates.
"""

import difflib
import os
import pathlib
import subprocess
import sys

HERE = pathlib.Path(__file__).parent


def synth(app, outdir):
    env = dict(os.environ, CDK_OUTDIR=str(outdir))
    subprocess.run([sys.executable, str(HERE / app)], check=True, env=env)
    return outdir / "SwitchStack.template.json"


def test_the_switched_app_differs_only_in_the_import_of_user_pool_client():
    before = (HERE / "app_aws_cdk_lib.py").read_text().splitlines()
    after = (HERE / "app_switched.py").read_text().splitlines()
    changed = [line for line in difflib.ndiff(before, after) if line[:2] in ("- ", "+ ")]
    assert changed == [
        "- from aws_cdk.aws_cognito import UserPoolClient",
        "+ from cdk_cognito_user_pool_client import UserPoolClient",
    ]


def test_the_switched_app_synthesizes_the_same_client(tmp_path):
    before = synth("app_aws_cdk_lib.py", tmp_path / "aws-cdk-lib")
    after = synth("app_switched.py", tmp_path / "switched")
    subprocess.run(["node", str(HERE / "check-switch.js"), str(before), str(after)], check=True)
