x = not -+~a
