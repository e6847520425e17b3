import sys
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.e)
print("continuing")
raise SystemExit
