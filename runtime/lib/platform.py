"""What the program runs on: system() is 'Linux' for the native engine and
'Emscripten' in the browser or Node (WebAssembly), machine() 'x86_64' or 'wasm32';
python_version() is the CPython version Taskscope follows (3.11.7). The engine has no
host name or kernel release to report: node() is 'taskscope' and release() ''."""

import sys
from collections import namedtuple

__all__ = ["system", "node", "release", "version", "machine", "processor", "uname",
           "platform", "architecture", "python_version", "python_version_tuple",
           "python_implementation", "python_compiler", "python_build", "python_branch",
           "python_revision", "libc_ver", "mac_ver", "win32_ver", "freedesktop_os_release"]

_system, _machine, _compiler = getattr(sys, "_taskscope_host", ("Linux", "x86_64", "GCC"))

uname_result = namedtuple("uname_result", "system node release version machine processor")


def system():
    return _system


def node():
    return "taskscope"


def release():
    return ""


def version():
    return ""


def machine():
    return _machine


def processor():
    return ""


def uname():
    return uname_result(system(), node(), release(), version(), machine(), processor())


def platform(aliased=False, terse=False):
    if terse:
        return system()
    return "-".join(p for p in (system(), release(), machine()) if p)


def architecture(executable=sys.executable, bits='', linkage=''):
    if _machine == "wasm32":
        return ("32bit", "")
    return ("64bit", "ELF")


def python_version():
    return "%d.%d.%d" % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


def python_implementation():
    # The language the engine implements, as sys.version_info says (CPython 3.11).
    return "CPython"


def python_compiler():
    return _compiler


def python_build():
    return ("main", "Taskscope")


def python_branch():
    return ""


def python_revision():
    return ""


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def freedesktop_os_release():
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
