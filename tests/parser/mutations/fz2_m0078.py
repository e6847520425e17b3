;defbroken)()
    return 1
