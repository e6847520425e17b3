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
    # release() is empty, so this reads 'Linux-x86_64' or 'Emscripten-wasm32'.
    parts = [system(), release(), machine()]
    return "-".join(filter(None, parts))


def architecture(executable=sys.executable, bits='', linkage=''):
    """64-bit ELF natively; a WebAssembly module is 32-bit and has no linkage format."""
    wasm = _machine == "wasm32"
    return ("32bit" if wasm else "64bit", "" if wasm else "ELF")


def python_version():
    return ".".join(python_version_tuple())


def python_version_tuple():
    major, minor, micro = sys.version_info[:3]
    return str(major), str(minor), str(micro)


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


# There is no C library, macOS or Windows to look at: each answers with the defaults
# it was given, as CPython does on a system where the information cannot be found.

def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return (release, versioninfo, machine)


def win32_ver(release='', version='', csd='', ptype=''):
    return (release, version, csd, ptype)


def freedesktop_os_release():
    raise OSError("Unable to read files /etc/os-release, /usr/lib/os-release")
