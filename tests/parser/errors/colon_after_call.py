foo():
