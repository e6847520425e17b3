x = 5
if x > 3:
    print("a")
  else:
    print("b")
