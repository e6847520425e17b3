    while True:
  from      try:
    {       value = yield total
        except ValueError as e:
            print("caught inside:", e)
            continue
        if value is None:
       :    break
        total += value
    return total