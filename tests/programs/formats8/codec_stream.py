# Messages arrive in chunks from several producers, each in its own encoding (UTF-16
# with a BOM, UTF-32-BE, UTF-8 with a bad byte): consumers decode them incrementally,
# report the UnicodeDecodeError they meet with its attributes, retry with an error
# handler, and a last strict decode nobody catches ends the program.
import asyncio
import codecs


def chunks(data, size):
    return [data[i:i + size] for i in range(0, len(data), size)]


async def producer(queue, name, encoding, text, size):
    data = text.encode(encoding)
    print(f"{name}: {len(data)} bytes in {encoding}, first {data[:6]!r}")
    for piece in chunks(data, size):
        await asyncio.sleep(0.01)
        await queue.put((name, encoding, piece))
    await queue.put((name, encoding, None))


async def consumer(queue, count):
    decoders, texts = {}, {}
    while count:
        name, encoding, piece = await queue.get()
        decoder = decoders.setdefault(name, codecs.getincrementaldecoder(encoding)())
        if piece is None:
            texts[name] = texts.get(name, "") + decoder.decode(b"", final=True)
            count -= 1
            continue
        texts[name] = texts.get(name, "") + decoder.decode(piece)
    return texts


async def strict_then_handlers(data):
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        print("caught:", e)
        print("  fields:", e.encoding, e.start, e.end, e.reason, e.object[e.start:e.end])
        e.reason = "changed reason"
        e.start = 0
        print("  after edits:", e)
    for errors in ("replace", "backslashreplace", "surrogateescape", "ignore"):
        await asyncio.sleep(0)
        print(f"  {errors}:", ascii(data.decode("utf-8", errors)))
    return data.decode("utf-8", "replace")


async def main():
    queue = asyncio.Queue()
    sources = [("alpha", "utf-16", "h\xe9llo \U0001f600 world", 3),
               ("beta", "utf-32-be", "caf\xe9 \u20ac5", 5),
               ("gamma", "utf-8", "na\xefve \u2603", 2)]
    texts, *_ = await asyncio.gather(consumer(queue, len(sources)),
                                     *(producer(queue, *s) for s in sources))
    for name in sorted(texts):
        print(name, ascii(texts[name]))
    print(await strict_then_handlers(b"ok \xe2\x82 then \xff end"))
    for text, encoding in (("\u20ac", "latin-1"), ("a\ud800", "utf-16-le"), ("x", "rot13")):
        try:
            text.encode(encoding)
        except (UnicodeEncodeError, LookupError) as e:
            print(type(e).__name__, e, getattr(e, "start", None))
    err = UnicodeTranslateError("abc", 1, 3, "no map")
    print(err, err.object, err.start, err.end)
    await asyncio.sleep(0.1)
    "data".encode("utf-16").decode("utf-8")

asyncio.run(main())
