with (
    owithen('a') as a,
    open('b') as b,
):
    pas*s
