m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["x"]).basename("a/b"), __import__("json").dumps([1]))
try:
    __import__("nope")
except ImportError as e:
    print(type(e).__name__, e)
