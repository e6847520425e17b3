try:
    {}["x"]
except KeyError as e:
    raise ValueError("bad config") from e
