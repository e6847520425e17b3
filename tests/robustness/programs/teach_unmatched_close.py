print("x")
)
