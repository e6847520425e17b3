# A learner compresses some text with gzip and zlib and checks the round trip; the
# gzip header carries the time of compression (time.time(), so the run's clock).
import gzip
import io
import zlib

text = ("Tasks run concurrently on one event loop. " * 30).encode()
packed = gzip.compress(text)
print(len(text), len(packed), round(len(packed) / len(text), 3))
print(packed[:10].hex())
print(gzip.decompress(packed) == text)

for level in (1, 6, 9):
    z = zlib.compress(text, level)
    print(level, len(z), z[:2].hex(), z[-4:].hex(), zlib.decompress(z) == text)

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
    f.write(b"first line\n")
    f.write(b"second line\n")
print(buffer.getvalue().hex())
with gzip.open(io.BytesIO(buffer.getvalue())) as f:
    print(f.readlines())

try:
    gzip.decompress(b"plain text")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
try:
    zlib.decompress(zlib.compress(b"cut short")[:-3])
except zlib.error as e:
    print("zlib.error:", e)
