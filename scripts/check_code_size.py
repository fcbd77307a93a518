"""Fail when a module is over 400 lines or a function over 60 (migrations excepted).

Small modules and functions are a rule of this project (README, "Where things are");
`make lint` runs this check.
"""

import ast
import os
import subprocess
import sys

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def python_files():
    listed = subprocess.run(  # noqa: S603 (fixed arguments)
        ["git", "ls-files", "--cached", "--others", "--exclude-standard", "*.py"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    # A file deleted in the working tree but not yet in git's index is no longer code.
    return [path for path in listed if "/migrations/" not in path and os.path.exists(path)]


def problems(path):
    with open(path, encoding="utf-8") as handle:
        source = handle.read()
    lines = source.count("\n") + (0 if source.endswith("\n") or not source else 1)
    if lines > MAX_MODULE_LINES:
        yield f"{path}: {lines} lines (at most {MAX_MODULE_LINES})"
    for node in ast.walk(ast.parse(source, filename=path)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            length = node.end_lineno - node.lineno + 1
            if length > MAX_FUNCTION_LINES:
                yield f"{path}:{node.lineno}: {node.name}() is {length} lines (at most 60)"


def main():
    found = [problem for path in python_files() for problem in problems(path)]
    for problem in found:
        print(problem)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
