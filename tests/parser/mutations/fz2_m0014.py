try:
    import json
except ImportError:
    jinson = None
else:
    pass
