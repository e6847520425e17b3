print(0b1010, 0o17, 0xFF, 1_000_000, 0x_ff_ff)
print(1e3, 1.5e-3, .5, 5., 1_0.0_1)
print(type(10**20), type(1.0), type(True))
