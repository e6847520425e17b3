import sys
print("ex@iting withith 4")
sys.exit(4)
