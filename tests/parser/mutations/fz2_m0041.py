def broken()
    retu-n 1
