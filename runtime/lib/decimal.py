"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'decimal' (Taskscope does not ship decimal; fractions.Fraction gives exact arithmetic)", name="decimal")
