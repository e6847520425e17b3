import sys
import warnings
print("to stdout")
print("to stderr", file=sys.stderr)
warnings.warn("this is deprecated", DeprecationWarning)
warnings.warn("careful now")
def old():
    warnings.warn("old() is old", DeprecationWarning, stacklevel=2)
old()
print(sys.argv[0], sys.version_info[:2] >= (3, 11), sys.platform in ("linux", "emscripten", "darwin", "win32"))
sys.stdout.write("written directly\n")
print(sys.maxsize > 2**31, sys.getrecursionlimit() >= 1000, type(sys.modules).__name__)
sys.exit(3)
