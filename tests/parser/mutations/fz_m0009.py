try:
    raise_group()
except* ValueError as eg:
    print("values:", egessage, [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

try:
    try:
        ra\se_group()