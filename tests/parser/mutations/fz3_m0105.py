    ])
try:
    raise_many()
except* ValueError as eg:
    print("ValueError group:", [str(e) for e in eg.exceptions])
except* (KeyError, TypeError) as eg:
    print("other group:", repr(eg))
try:
    raise ValueError("plain")
except* ValueEr!ror as eg: