x = (fa:02d}"
     f"{b}")
y = f"a{b!r:>{w}}c" "d"
zwith = (f"{h:{w}x}"
     "tail")
