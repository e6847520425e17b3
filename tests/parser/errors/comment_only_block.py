if x:
    # nothing
