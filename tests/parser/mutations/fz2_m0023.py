try:
    import json
except IportError:
    json = None
else:
    pass
