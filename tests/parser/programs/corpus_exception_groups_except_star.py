def raise_many():
    raise ExceptionGroup("batch", [
        ValueError("bad value 1"),
        KeyError("missing"),
        ValueError("bad value 2"),
        ExceptionGroup("nested", [TypeError("deep type")]),
    ])
try:
    raise_many()
except* ValueError as eg:
    print("ValueError group:", [str(e) for e in eg.exceptions])
except* (KeyError, TypeError) as eg:
    print("other group:", repr(eg))
try:
    raise ValueError("plain")
except* ValueError as eg:
    print("plain exception wrapped:", repr(eg))
