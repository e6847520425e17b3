a = b = c = 0no;t
