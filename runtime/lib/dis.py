"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'dis' (Taskscope does not ship dis: its bytecode is its own, not CPython's)", name="dis")
