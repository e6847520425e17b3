import codecs

from compare import load, same

ts = load("codecs")

texts = ["", "abc", "héllo wörld", "€uro", "emoji 😀 ok", "\u2603\U0001F600x", "Zebra Quiz"]
encodings = ["utf-8", "UTF8", "ascii", "latin-1", "iso-8859-1", "utf-8-sig", "utf-16",
             "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be"]
for text in texts:
    for enc in encodings:
        for errors in ("strict", "replace", "ignore"):
            same(f"encode {text!r} {enc} {errors}", lambda: ts.encode(text, enc, errors),
                 lambda: codecs.encode(text, enc, errors))
        try:
            data = codecs.encode(text, enc)
        except UnicodeEncodeError:
            continue
        same(f"decode {text!r} {enc}", lambda: ts.decode(data, enc), lambda: codecs.decode(data, enc))
        same(f"decoder fn {text!r} {enc}", lambda: ts.getdecoder(enc)(data),
             lambda: codecs.getdecoder(enc)(data))
        same(f"encoder fn {text!r} {enc}", lambda: ts.getencoder(enc)(text),
             lambda: codecs.getencoder(enc)(text))
    same(f"rot13 {text!r}", lambda: ts.encode(text, "rot13"), lambda: codecs.encode(text, "rot13"))
    raw = text.encode("utf-8")
    same(f"hex {text!r}", lambda: ts.encode(raw, "hex"), lambda: codecs.encode(raw, "hex"))
    same(f"unhex {text!r}", lambda: ts.decode(raw.hex(), "hex"),
         lambda: codecs.decode(raw.hex(), "hex"))
    same(f"base64 {text!r}", lambda: ts.encode(raw, "base64"), lambda: codecs.encode(raw, "base64"))
    same(f"unbase64 {text!r}", lambda: ts.decode(codecs.encode(raw, "base64"), "base64"),
         lambda: codecs.decode(codecs.encode(raw, "base64"), "base64"))

bad = [b"\xff", b"ab\xc3", b"\xe2\x82", b"\x00\xd8", b"\x00\xdc\x00", b"a\x00b"]
for data in bad:
    for enc in ("utf-8", "ascii", "utf-16-le", "utf-16", "utf-32", "utf-8-sig"):
        for errors in ("strict", "replace", "ignore"):
            same(f"bad {data!r} {enc} {errors}", lambda: ts.decode(data, enc, errors),
                 lambda: codecs.decode(data, enc, errors))

for name in ["utf-8", "UTF8", "u8", "latin1", "Latin-1", "ascii", "US-ASCII", "utf-16",
             "utf_16_le", "utf-32", "utf-8-sig", "rot13", "hex", "base64", "nope", "cp1252x"]:
    same(f"lookup {name}", lambda: ts.lookup(name).name, lambda: codecs.lookup(name).name)

same("bom constants", lambda: [ts.BOM_UTF8, ts.BOM_UTF16_LE, ts.BOM_UTF16_BE, ts.BOM_UTF32_LE,
                               ts.BOM_UTF32_BE, ts.BOM_UTF16, ts.BOM_UTF32, ts.BOM],
     lambda: [codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE,
              codecs.BOM_UTF32_BE, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM])


def incremental(mod, enc, chunks):
    decoder = mod.getincrementaldecoder(enc)()
    out = [decoder.decode(c) for c in chunks]
    out.append(decoder.decode(b"", final=True))
    return out


stream = "héllo 😀 wörld €".encode("utf-8")
for size in (1, 2, 3, 5):
    chunks = [stream[i:i + size] for i in range(0, len(stream), size)]
    same(f"incremental utf-8 by {size}", lambda: incremental(ts, "utf-8", chunks),
         lambda: incremental(codecs, "utf-8", chunks))
    same(f"iterdecode by {size}", lambda: list(ts.iterdecode(chunks, "utf-8")),
         lambda: list(codecs.iterdecode(chunks, "utf-8")))
    s16 = "a😀b".encode("utf-16")
    chunks16 = [s16[i:i + size] for i in range(0, len(s16), size)]
    same(f"incremental utf-16 by {size}", lambda: incremental(ts, "utf-16", chunks16),
         lambda: incremental(codecs, "utf-16", chunks16))
same("incremental truncated", lambda: incremental(ts, "utf-8", [b"a\xe2\x82"]),
     lambda: incremental(codecs, "utf-8", [b"a\xe2\x82"]))
same("iterencode", lambda: list(ts.iterencode(["a", "é", ""], "utf-8")),
     lambda: list(codecs.iterencode(["a", "é", ""], "utf-8")))
same("encoder class", lambda: ts.getincrementalencoder("utf-8")().encode("é"),
     lambda: codecs.getincrementalencoder("utf-8")().encode("é"))
same("encode type error", lambda: ts.encode(b"x", "utf-8"), lambda: codecs.encode(b"x", "utf-8"))
for enc, value in (("UTF8", b"x"), ("hex", b"abc"), ("hex", "zz"), ("base64", "x")):
    same(f"decode error {enc} {value!r}", lambda: ts.decode(value, enc),
         lambda: codecs.decode(value, enc))
    same(f"encode error {enc} {value!r}", lambda: ts.encode(value, enc),
         lambda: codecs.encode(value, enc))
same("codecs.open", lambda: ts.open("f.txt").read(), lambda: (_ for _ in ()).throw(
    OSError("codecs.open: Taskscope programs have no file system ('f.txt')")))


# Lookups happen when the iteration starts; unknown encodings fail then.
def lazy_lookup(mod):
    out = []
    gen = mod.iterdecode([b"a"], "no-such-codec")
    out.append(type(gen).__name__)
    try:
        next(gen)
    except LookupError as e:
        out.append(str(e))
    out.append(list(mod.iterdecode([b"\xe2\x82", b"\xac!", b""], "utf-8", "replace")))
    out.append(list(mod.iterdecode([b"\xe2\x82"], "utf-8", "replace")))
    out.append(list(mod.iterencode(iter(["", "x", ""]), "utf-16")))
    dec = mod.getincrementaldecoder("utf-8")()
    out.append((dec.decode(b"\xc3"), dec.getstate(), dec.decode(b"\xa9"), dec.getstate()))
    dec.decode(b"\xc3")
    dec.reset()
    out.append((dec.getstate(), isinstance(dec, mod.BufferedIncrementalDecoder)))
    return out


same("lazy lookup and buffering", lambda: lazy_lookup(ts), lambda: lazy_lookup(codecs))


def bom_once(mod):
    """Incremental encoders and decoders of the codecs with a byte order mark."""
    out = []
    for enc in ("utf-16", "utf-32", "utf-8-sig", "utf-16-le"):
        coder = mod.getincrementalencoder(enc)()
        out.append((enc, coder.getstate(), coder.encode(""), coder.getstate(),
                    coder.encode("ab"), coder.encode("c", True)))
        coder.reset()
        out.append((coder.getstate(), coder.encode("z")))
        coder.setstate(coder.getstate())
        out.append(coder.encode("y"))
        out.append(list(mod.iterencode(["", "x", ""], enc)))
        packed = "héllo".encode(enc)
        out.append(list(mod.iterdecode([packed[:1], packed[1:3], packed[3:], b""], enc)))
    return out


same("byte order marks, incrementally", lambda: bom_once(ts), lambda: bom_once(codecs))


def sig_decoding(mod):
    out = []
    for chunks in ([b"\xef", b"\xbb", b"\xbfab"], [b"\xef\xbb"], [b"ab\xef\xbb\xbf"], [b"\xef\xbb\xbf\xef\xbb\xbf"],
                   [b"x"], [b"\xef\xbbx"], [b"\xc3", b"\xa9"]):
        dec = mod.getincrementaldecoder("utf-8-sig")("replace")
        out.append([dec.decode(c) for c in chunks] + [dec.decode(b"", True), dec.getstate()])
    dec = mod.getincrementaldecoder("utf-8-sig")()
    dec.decode(b"\xef\xbb\xbfa")
    dec.reset()
    out.append((dec.getstate(), dec.decode(b"\xef\xbb\xbfb")))
    return out


same("utf-8-sig incremental decoding", lambda: sig_decoding(ts), lambda: sig_decoding(codecs))
