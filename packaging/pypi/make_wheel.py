#!/usr/bin/env python3
"""Packs a published `modulegen` folder (the native executable with templates/ beside it) into a platform wheel.

The wheel is laid out the way ruff and uv ship their native binaries: the executable is the wheel's script, so pip,
uv, uvx and pipx put it on PATH as `modulegen` and it runs with no Python in between. The built-in templates go to the
data scheme, share/modulegen/templates, which every installer places one folder above the scripts folder (venv/bin and
venv/share, ~/.local/bin and ~/.local/share, Scripts and share on Windows); the executable looks there when no
templates/ folder sits beside it. A small `modulegen` package adds `python -m modulegen`.

Our own writer rather than a build backend: a wheel is a zip with three metadata files (PEP 427, 491), the layout above
needs the data and scripts schemes that Debian's hatchling 1.12 cannot fill, and the platform tag is computed from the
executable. Only the standard library is used, nothing is downloaded, and the same input gives the same bytes (sorted
entries, fixed timestamps and modes).

Usage: make_wheel.py SOURCE OUTDIR [--platform-tag TAG]
  SOURCE is a RID tool package (ModuleGen.<rid>.<version>.nupkg, whose tools/<tfm>/<rid>/ folder is taken as it is) or
  a published folder.
  The version is the one the executable reports (`modulegen --version`), so the wheel cannot disagree with it.
  Linux: the tag is manylinux_X_Y for the newest GLIBC_X.Y symbol version the executable needs (readelf).
  Elsewhere --platform-tag is required (the release workflow names macosx_*/win_amd64); prints the wheel's path.
"""
import argparse
import base64
import hashlib
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

NAME = "modulegen"
ROOT = pathlib.Path(__file__).resolve().parents[2]
SUMMARY = "Deterministic MCP tools and a CLI for adding a module to a repository: plans, scaffolding, registry, audit."
# Libraries every manylinux policy lets a wheel take from the system (PEP 600 defers to the manylinux2014 list).
SYSTEM_LIBRARIES = {
    "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0", "libgcc_s.so.1", "libstdc++.so.6",
    "libz.so.1", "libutil.so.1", "libresolv.so.2", "libnsl.so.1", "libanl.so.1", "libatomic.so.1", "libexpat.so.1",
    "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
}
LEGACY_ALIASES = {(2, 5): "manylinux1", (2, 12): "manylinux2010", (2, 17): "manylinux2014"}
ARCHITECTURES = {"X86-64": "x86_64", "AArch64": "aarch64"}


def fail(message):
    sys.exit(f"make_wheel: {message}")


def manylinux_tag(executable):
    """The manylinux tag the executable's dynamic symbols allow: its newest GLIBC_X.Y, its machine, its libraries."""
    header = subprocess.run(["readelf", "--file-header", "--dynamic", "--version-info", "--wide", str(executable)],
                            check=True, capture_output=True, text=True).stdout
    machine = re.search(r"Machine:\s+Advanced Micro Devices (X86-64)|Machine:\s+(AArch64)", header)
    if machine is None:
        fail(f"{executable} is not an x86-64 or AArch64 ELF executable")
    arch = ARCHITECTURES[machine.group(1) or machine.group(2)]
    needed = set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", header))
    if not needed <= SYSTEM_LIBRARIES:
        fail(f"{executable} needs libraries no manylinux system provides: {', '.join(sorted(needed - SYSTEM_LIBRARIES))}")
    versions = {tuple(map(int, v.split("."))) for v in re.findall(r"Name: GLIBC_([0-9]+\.[0-9]+(?:\.[0-9]+)?)", header)}
    if not versions:
        fail(f"{executable} names no GLIBC symbol version; is it a glibc executable?")
    major, minor = max(versions)[:2]
    tags = [f"manylinux_{major}_{minor}_{arch}"]
    if (major, minor) in LEGACY_ALIASES:
        tags.append(f"{LEGACY_ALIASES[(major, minor)]}_{arch}")
    return ".".join(tags)


def read_version(executable):
    answer = subprocess.run([str(executable), "--version"], check=True, capture_output=True, text=True).stdout.split()
    if len(answer) != 2 or answer[0] != NAME:
        fail(f"`{executable} --version` answered {' '.join(answer)!r}, not 'modulegen <version>'")
    if not re.fullmatch(r"[0-9]+(\.[0-9]+)*", answer[1]):
        # A NuGet pre-release (1.2.0-beta.1) is spelled differently in Python (1.2.0b1); map it here before using one.
        fail(f"version {answer[1]} is not a plain release number, the one form both NuGet and Python spell alike")
    return answer[1]


def metadata(version):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return (
        "Metadata-Version: 2.1\n"
        f"Name: {NAME}\n"
        f"Version: {version}\n"
        f"Summary: {SUMMARY}\n"
        "License: MIT\n"
        "Keywords: mcp,modelcontextprotocol,scaffolding,codegen,dagster,cli\n"
        "Classifier: Environment :: Console\n"
        "Classifier: License :: OSI Approved :: MIT License\n"
        "Classifier: Topic :: Software Development :: Code Generators\n"
        "Requires-Python: >=3.8\n"
        "Description-Content-Type: text/markdown\n"
        "\n" + readme
    )


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}\n"


def build(publish, outdir, platform_tag):
    executable = next((publish / n for n in (NAME, NAME + ".exe") if (publish / n).is_file()), None)
    templates = publish / "templates"
    if executable is None or not (templates / "packs").is_dir():
        fail(f"{publish} holds no {NAME} executable with templates/packs beside it (a `dotnet publish -r RID` folder)")
    if (publish / f"{NAME}.dll").exists():
        fail(f"{publish} is a framework-dependent build; the wheel carries the native executable only")
    version = read_version(executable)
    tag = platform_tag or (manylinux_tag(executable) if executable.read_bytes()[:4] == b"\x7fELF" else None)
    if tag is None:
        fail("not an ELF executable: name the platform with --platform-tag (macosx_14_0_arm64, win_amd64, ...)")

    data = f"{NAME}-{version}.data"
    info = f"{NAME}-{version}.dist-info"
    files = {  # archive path -> (bytes, executable?)
        f"{NAME}/__init__.py": ((ROOT / "packaging/pypi/modulegen/__init__.py").read_bytes(), False),
        f"{NAME}/__main__.py": ((ROOT / "packaging/pypi/modulegen/__main__.py").read_bytes(), False),
        f"{data}/scripts/{executable.name}": (executable.read_bytes(), True),
    }
    for path in sorted(p for p in templates.rglob("*") if p.is_file()):
        files[f"{data}/data/share/{NAME}/templates/{path.relative_to(templates).as_posix()}"] = (path.read_bytes(), False)
    files[f"{info}/LICENSE"] = ((ROOT / "LICENSE").read_bytes(), False)
    files[f"{info}/METADATA"] = (metadata(version).encode(), False)
    wheel = f"Wheel-Version: 1.0\nGenerator: modulegen make_wheel.py\nRoot-Is-Purelib: false\n"
    wheel += "".join(f"Tag: py3-none-{t}\n" for t in tag.split("."))
    files[f"{info}/WHEEL"] = (wheel.encode(), False)

    names = sorted(files, key=lambda n: (n.startswith(info), n))  # dist-info last, as installers expect
    record = "".join(record_line(n, files[n][0]) for n in names) + f"{info}/RECORD,,\n"
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / f"{NAME}-{version}-py3-none-{tag}.whl"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name in names + [f"{info}/RECORD"]:
            content, executable_bit = files[name] if name in files else (record.encode(), False)
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            entry.external_attr = (0o100755 if executable_bit else 0o100644) << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, content, compresslevel=9)
    return target


def unpack_tool_package(package, into):
    """Extracts the program folder (tools/<tfm>/<rid>/) of a RID tool package; returns it."""
    with zipfile.ZipFile(package) as archive:
        programs = {n.rsplit("/", 1)[0] for n in archive.namelist() if re.fullmatch(r"tools/[^/]+/[^/]+/modulegen(\.exe)?", n)}
        if len(programs) != 1:
            fail(f"{package} is not a RID tool package with one modulegen executable (found {sorted(programs)})")
        program = programs.pop() + "/"
        for name in archive.namelist():
            if name.startswith(program) and not name.endswith("/"):
                archive.extract(name, into)
    folder = pathlib.Path(into, program)
    for executable in folder.glob("modulegen*"):
        executable.chmod(0o755)  # a zip made by NuGet keeps no Unix modes
    return folder


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=pathlib.Path)
    parser.add_argument("outdir", type=pathlib.Path)
    parser.add_argument("--platform-tag")
    arguments = parser.parse_args()
    source, outdir = arguments.source.resolve(), arguments.outdir.resolve()
    if source.suffix != ".nupkg":
        print(build(source, outdir, arguments.platform_tag))
        return
    with tempfile.TemporaryDirectory() as unpacked:
        print(build(unpack_tool_package(source, unpacked), outdir, arguments.platform_tag))


if __name__ == "__main__":
    main()
