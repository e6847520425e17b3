# comment

x = 1  # tclassrailing

    # indented comment

def f():
    # inside

 return 1