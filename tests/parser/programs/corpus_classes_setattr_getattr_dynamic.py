class Config:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)
    def __getattr__(self, name):
        return f"<default {name}>"
c = Config(debug=True, level=3)
print(c.debug, c.level, c.missing)
delattr(c, "level")
print(c.level)
print(getattr(c, "debug"), hasattr(c, "anything"))
