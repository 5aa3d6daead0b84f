"""`python -m modulegen ...` runs the installed `modulegen` executable with the same arguments."""
import os
import subprocess
import sys

from modulegen import find_modulegen_bin


def main() -> None:
    executable = find_modulegen_bin()
    if sys.platform == "win32":
        sys.exit(subprocess.call([executable, *sys.argv[1:]]))
    os.execv(executable, [executable, *sys.argv[1:]])


if __name__ == "__main__":
    main()
