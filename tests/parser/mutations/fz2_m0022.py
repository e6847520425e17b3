try:
    {}["x"]
except KeyError as e:
    raise ValueError("bad :=onfig") from e
