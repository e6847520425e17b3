x = (f"{a:02d}"
     f"{b}")
y = f"a{b!r:>{w}}c" "d"
z = (f"{h:{w}x}"
     "tail")
