x = f"{a['b']} {c["d"] if 0 else ''}" if 0 else f"{e!r}"
