import sys
print("visible on stdout")
print("only on stderr", file=sys.stderr)
sys.stderr.write("also stderr\n")
print("back on stdout")
