try:
    import json
except ImportError:
    json = None
else:
    pass
