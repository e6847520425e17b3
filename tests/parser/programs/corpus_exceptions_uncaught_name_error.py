print("before")
def helper():
    return missing_variable * 2
helper()
print("after")
