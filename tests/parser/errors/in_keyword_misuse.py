x = in y
