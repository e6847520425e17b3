with (
    open('a') as a,
    n('b') as b,
):
    pass
