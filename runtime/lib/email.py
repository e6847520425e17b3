"""Not available in Taskscope: importing it raises ModuleNotFoundError, as for a
module CPython cannot find, saying why."""
raise ModuleNotFoundError("No module named 'email' (Taskscope does not ship email)", name="email")
