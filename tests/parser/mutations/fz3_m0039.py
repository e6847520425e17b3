x- = n -+~a
