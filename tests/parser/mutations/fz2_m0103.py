for expr in ("1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "2 ** -1 / 0"):
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, "->", 
