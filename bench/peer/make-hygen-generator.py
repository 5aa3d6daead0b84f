"""Builds the peer's hygen generator from a tree ModuleGen rendered for module "orders": one .ejs.t per file with the
module name turned back into hygen placeholders, plus an injection into workspace.yaml after 'load_from:'.
Usage: make-hygen-generator.py <rendered-workspace> <templates-dir>"""
import os
import sys

source, target = sys.argv[1], sys.argv[2]
generator = os.path.join(target, "dagster", "new")
os.makedirs(generator, exist_ok=True)
module_root = os.path.join(source, "modules", "orders")


def placeholders(text: str) -> str:
    return (text.replace("ORDERS", "<%= h.changeCase.constant(name) %>")
                .replace("Orders", "<%= h.changeCase.pascal(name) %>")
                .replace("orders", "<%= name %>"))


count = 0
for folder, _, files in os.walk(module_root):
    for name in sorted(files):
        if name == ".modulegen-answers.yaml":
            continue
        path = os.path.join(folder, name)
        relative = os.path.relpath(path, module_root)
        with open(path, encoding="utf-8") as handle:
            body = handle.read()
        destination = placeholders("modules/orders/" + relative)
        template = f"---\nto: {destination}\n---\n{placeholders(body)}"
        count += 1
        with open(os.path.join(generator, f"{count:02d}.ejs.t"), "w", encoding="utf-8") as handle:
            handle.write(template)

with open(os.path.join(source, "workspace.yaml"), encoding="utf-8") as handle:
    block = handle.read().split("load_from:\n", 1)[1]
with open(os.path.join(generator, "99-workspace.ejs.t"), "w", encoding="utf-8") as handle:
    handle.write("---\nto: workspace.yaml\ninject: true\nafter: \"load_from:\"\nskip_if: \"modulegen:<%= name %> >>>\"\n---\n" + placeholders(block.rstrip("\n")) + "\n")
print(f"hygen generator: {count} files + 1 injection")
