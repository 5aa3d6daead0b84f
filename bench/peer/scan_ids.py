"""The peer of bench/spec-docs-vs-script.sh: a short script that scans a module's spec documents for defined IDs
(REQ/SCEN/TASK headings) and the IDs they cite, and reports citations of IDs never defined."""
import pathlib
import re
import sys

DEFINED = re.compile(r"^#+\s+((?:REQ|SCEN|TASK)-[A-Z0-9]+-\d+)", re.M)
CITED = re.compile(r"\b((?:REQ|SCEN|TASK)-[A-Z0-9]+-\d+)\b")

defined, cited = set(), {}
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.md")):
    text = path.read_text(encoding="utf-8")
    defined.update(DEFINED.findall(text))
    for number, line in enumerate(text.splitlines(), 1):
        for name in CITED.findall(line):
            cited.setdefault(name, (path.name, number))

dangling = sorted(set(cited) - defined)
for name in dangling:
    print(f"{cited[name][0]}:{cited[name][1]} {name} is cited but never defined")
print(f"{len(defined)} defined, {len(cited)} cited, {len(dangling)} dangling")
