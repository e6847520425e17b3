x = 3items
