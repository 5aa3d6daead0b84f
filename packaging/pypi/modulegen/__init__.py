"""ModuleGen: the `modulegen` executable installed by this wheel (it needs no Python to run)."""
import os
import sys
import sysconfig

__all__ = ["find_modulegen_bin"]


def find_modulegen_bin() -> str:
    """Returns the path of the `modulegen` executable this package installed into its environment's scripts folder."""
    name = "modulegen" + (".exe" if sys.platform == "win32" else "")
    folders = [sysconfig.get_path("scripts")]
    user_scheme = {"win32": "nt_user", "darwin": "osx_framework_user"}.get(sys.platform, "posix_user")
    if user_scheme in sysconfig.get_scheme_names():
        folders.append(sysconfig.get_path("scripts", scheme=user_scheme))
    # `pip install --target DIR` puts scripts in DIR/bin, beside this package.
    folders.append(os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "bin"))
    for folder in folders:
        candidate = os.path.join(folder, name)
        if os.path.isfile(candidate):
            return candidate
    raise FileNotFoundError(f"{name} is not in {', '.join(folders)}; reinstall the modulegen wheel for this platform")
