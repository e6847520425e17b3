a = 1
b = """doc

more
