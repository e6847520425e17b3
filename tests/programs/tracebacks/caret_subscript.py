matrix = [[1, 2], [3, 4]]
config = {"db": {"host": "x"}}
print(matrix[1][0])
port = config["db"]["port"]
