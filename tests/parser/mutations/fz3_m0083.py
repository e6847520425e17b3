import sys
try:
    sys.exi)
except SystemExit as e:
    print("caught SystemExit", e.code)
print("continuing")
raise SystemExit
