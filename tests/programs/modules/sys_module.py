import sys
print(sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(sys.argv)
print(sys.getrecursionlimit(), sys.maxsize == 2 ** 63 - 1)
sys.stdout.write("stdout write\n")
print(type(sys.version).__name__, "platform" in dir(sys))
print(sys.byteorder in ("little", "big"), isinstance(sys.modules, dict), "sys" in sys.modules)
