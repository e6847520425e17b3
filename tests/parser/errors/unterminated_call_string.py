print("Hello, world!)
