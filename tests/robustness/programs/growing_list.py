# Memory used up step by step (not in one request) also ends in MemoryError.
chunks = []
try:
    while True:
        chunks.append("z" * 10**7)
except MemoryError:
    n = len(chunks)
    chunks = None
    print("MemoryError after", "many" if n > 3 else n, "chunks")
print("recovered", len([0] * 1000))
